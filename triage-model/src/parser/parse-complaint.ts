import type { ExtractedFinding } from '../interview/state.js';
import { CONTRAST, NEAR_MISS, isNegation } from './clause-words.js';
import { FALSE_FRIENDS } from './false-friends.js';
import { REASSURANCES, REASSURES_TOO } from './reassurances.js';
import { IMPLIES, KEPT_ONLY_IF } from './implications.js';
import { CLINICAL_LEXICON } from './lexicon-clinical.js';
import { EN_LEXICON } from './lexicon-en.js';
import { RU_LEXICON } from './lexicon-ru.js';
import { readNumbers, type NumericMention } from './numbers.js';
import { compilePhrases, findPhraseMatches } from './phrase-matcher.js';
import { EN_EVENT_PHRASES } from './phrases-en-events.js';
import { EN_PHRASES } from './phrases-en.js';
import { RU_EVENT_PHRASES } from './phrases-ru-events.js';
import { RU_PHRASES } from './phrases-ru.js';

/**
 * Free-text complaint → findings for the patient to confirm. Both languages always run (people mix them):
 * regular-expression lexicons for fixed expressions, and stemmed word-order-free phrases for everyday speech.
 * Negation is scoped to the clause and carried across "и/или/and/or" lists ("нет температуры и кашля").
 */

interface Match {
  findingId: string;
  start: number;
  end: number;
  /** The matched words; a phrase match may have other words between its pieces. */
  pieces: ReadonlyArray<readonly [number, number]>;
  negated: boolean;
}

export interface ComplaintDetails {
  findings: ExtractedFinding[];
  /** The patient's age when the text states it ("ребёнку 5 месяцев", "my son is 3"). */
  ageMonths?: number;
  /**
   * How long a symptom has lasted when the text ties a duration to it ("температура третий день" → fever: 3);
   * fever's is also extracted as `fever_days`.
   */
  symptomDays: Record<string, number>;
  /** Days since events that are not symptoms ("вернулся из Таиланда два месяца назад" → 60). */
  eventDaysAgo: number[];
}

function compile(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${sources.join('|')})`, 'gu');
}

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ...Object.entries(RU_LEXICON).map(([id, p]) => [id, compile(p)] as const),
  ...Object.entries(EN_LEXICON).map(([id, p]) => [id, compile(p)] as const),
  ...Object.entries(CLINICAL_LEXICON).map(([id, p]) => [id, compile(p)] as const),
];
const PHRASES = compilePhrases(mergeLexicons(RU_PHRASES, RU_EVENT_PHRASES, EN_PHRASES, EN_EVENT_PHRASES));
const NOT_FINDINGS = compile(FALSE_FRIENDS);
/** Every reassurance in one pattern, a group per finding: one pass over the text instead of one per finding. */
const REASSURED_IDS = Object.keys(REASSURANCES);
const REASSURING = compile(Object.values(REASSURANCES).map((p) => `(${p.join('|')})`));

function mergeLexicons(
  ...lexicons: ReadonlyArray<Readonly<Record<string, readonly string[]>>>
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const lexicon of lexicons) {
    for (const [id, phrases] of Object.entries(lexicon)) (out[id] ??= []).push(...phrases);
  }
  return out;
}

const TOKEN = /[\p{L}\d]+(?:['’][\p{L}]+)?|[.,;:!?]/gu;
const HARD_BOUNDARY = new Set(['.', ';', '!', '?', ',', ':']);
const CONJUNCTION = new Set(['и', 'или', 'ни', 'а также', 'and', 'or', 'nor', 'any', 'a', 'also']);
/** A mention that opens with its own predicate starts a new statement, so an earlier "не" does not reach it. */
const POSITIVE_PREDICATE = /^(?:болит|болят|есть|появил\p{L}*|has|have|got|i have)(?!\p{L})/u;
const POST_NEGATION = new Set(['нет', 'нету', 'отсутствует']);
/** "X или Y нет": a postposed "нет" after an "или" list denies every item. */
const OR = new Set(['или', 'ни', 'or', 'nor']);
/** Whether a "нет" closes the short "или …" tail starting at `from`, within its clause. */
function deniedAfterList(tokens: readonly Token[], from: number): boolean {
  for (const t of tokens.slice(from, from + 3)) {
    if (POST_NEGATION.has(t.text)) return true;
    if (HARD_BOUNDARY.has(t.text)) return false;
  }
  return false;
}
const WAS = new Set(['было', 'был', 'была', 'были', 'отмечается']);
/** "Про суицид говорит нет", "asked about fever, says no": a reported denial. */
const SAYS = new Set([
  'говорит',
  'говорят',
  'сказал',
  'сказала',
  'отвечает',
  'ответил',
  'ответила',
  'says',
  'said',
]);

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Lower case, "ё" as "е", and typography as plain keys: apostrophes (phones type "can’t") and hyphens or dashes
 * ("2‑year‑old", "2–3 days"). Every replacement is one character for one, so offsets into the text hold.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[’‘ʼ`´]/gu, "'")
    .replace(/[‐‑‒–—―]/gu, '-');
}

/** Findings that stand on their own even inside another finding's phrase ("bleeding while pregnant"). */
const STANDALONE = new Set([
  'pregnant_possible',
  'pregnant',
  'fever',
  'cough',
  'diarrhoea',
  'rash',
  'trauma_fall',
  'wound_or_bite',
  'allergen_exposure',
  // "После операции" is both lying up after it and the operation itself (a wound, a fever after surgery).
  'recent_procedure',
]);
const covers = (o: Match, m: Match): boolean =>
  m.pieces.every(([a, b]) => o.pieces.some(([c, d]) => c <= a && d >= b));

const matchKey = (m: Match): string => `${m.findingId}:${m.start}:${m.end}`;

/** Every mention in the text, overlapping ones included. */
function findMentions(text: string, blocked: ReadonlyArray<readonly [number, number]>): Match[] {
  const found: Match[] = [];
  const free = (pieces: Match['pieces']): boolean =>
    pieces.every(([start, end]) => blocked.every(([a, b]) => start >= b || end <= a));
  for (const [findingId, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const pieces = [[start, end] as const];
      if (free(pieces)) found.push({ findingId, start, end, pieces, negated: false });
    }
  }
  found.push(...findPhraseMatches(text, PHRASES, blocked));
  return found;
}

/**
 * The most specific mentions, in text order, as fresh copies (negation marks them): matches whose words sit
 * inside a longer match (or a same-finding twin) are dropped, and so are the `explained` ones (by `matchKey`).
 */
function mostSpecific(text: string, mentions: readonly Match[], explained: ReadonlySet<string>): Match[] {
  const raw = mentions.filter((m) => !explained.has(matchKey(m)));
  // Length counts letters only, so a phrase and a regular expression over the same words weigh the same.
  const size = (m: Match): number =>
    m.pieces.reduce((n, [a, b]) => n + text.slice(a, b).replace(/[^\p{L}\d]/gu, '').length, 0);
  return raw
    .filter(
      (m, i) =>
        !raw.some(
          (o, k) =>
            o !== m &&
            (o.findingId === m.findingId || !STANDALONE.has(m.findingId)) &&
            covers(o, m) &&
            (size(o) > size(m) || (size(o) === size(m) && o.findingId === m.findingId && k < i)),
        ),
    )
    .map((m) => ({ ...m }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function applyNegation(text: string, matches: Match[]): void {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inMatch = (t: Token): boolean => matches.some((m) => t.start >= m.start && t.end <= m.end);
  // Several findings may start at the same word ("не просыпается": drowsy and unresponsive); they share a fate.
  const matchesAt = (t: Token): Match[] => matches.filter((m) => m.start === t.start);

  let negating = false;
  let consumed = false;
  let gap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (HARD_BOUNDARY.has(t.text) || CONTRAST.has(t.text)) {
      negating = false;
      continue;
    }
    const here = matchesAt(t);
    if (here.length > 0) {
      const end = Math.max(...here.map((m) => m.end));
      const spoken = text.slice(t.start, end);
      if (negating && !(consumed && POSITIVE_PREDICATE.test(spoken))) {
        here.forEach((m) => (m.negated = true));
        consumed = true;
        gap = 0;
      } else negating = false;
      // Postposed negation: "температуры нет", "сыпи не было", "fever: none"; also after a short "или …" tail
      // ("мыслей навредить себе или ребёнку нет", "кашля или насморка нет").
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.start < end) j++;
      const next = tokens[j]?.text;
      if (
        next !== undefined &&
        (POST_NEGATION.has(next) ||
          (next === 'не' && WAS.has(tokens[j + 1]?.text ?? '')) ||
          (SAYS.has(next) && ['нет', 'no'].includes(tokens[j + 1]?.text ?? '')) ||
          (OR.has(next) && deniedAfterList(tokens, j + 1)))
      ) {
        here.forEach((m) => (m.negated = true));
      }
      i = j - 1;
      continue;
    }
    if (inMatch(t)) continue;
    if (isNegation(t.text) && !NEAR_MISS.has(tokens[i - 1]?.text ?? '')) {
      negating = true;
      consumed = false;
      gap = 0;
      continue;
    }
    if (!negating) continue;
    if (CONJUNCTION.has(t.text)) continue;
    if (consumed || ++gap > 3) negating = false;
  }
  // "Поноса/запоров нет", "cough/fever: none": a slash joins a list, so a postposed denial covers all of it.
  const ordered = [...matches].sort((a, b) => b.start - a.start);
  for (let k = 1; k < ordered.length; k++) {
    const [next, prev] = [ordered[k - 1]!, ordered[k]!];
    if (next.negated && !prev.negated && /^\s*\/\s*$/u.test(text.slice(prev.end, next.start)))
      prev.negated = true;
  }
}

/** The finding a number talks about: a temperature reading is about fever. */
const SUBJECT_OF: Partial<Record<NumericMention['findingId'], string>> = { temperature_c: 'fever' };
const CLAUSE_EDGE = /[.;,!?]/u;

/** The symptom a duration belongs to: the nearest mention before it in its clause, else the nearest after it. */
function durationSubject(
  text: string,
  at: number,
  end: number,
  mentions: readonly Match[],
): string | undefined {
  const sameClause = (a: number, b: number): boolean => !CLAUSE_EDGE.test(text.slice(a, b));
  const before = mentions
    .filter((m) => m.end <= at && sameClause(m.end, at))
    .sort((a, b) => b.end - a.end)[0];
  const after = mentions
    .filter((m) => m.start >= end && sameClause(end, m.start))
    .sort((a, b) => a.start - b.start)[0];
  return (before ?? after)?.findingId;
}

/** Drops the mentions that what else the text says explains away (see `KEPT_ONLY_IF`). */
function keptInContext(text: string, matches: Match[]): Match[] {
  const present = new Set(
    matches.filter((m) => !m.negated).flatMap((m) => [m.findingId, ...(IMPLIES[m.findingId] ?? [])]),
  );
  return matches.filter(
    (m) =>
      KEPT_ONLY_IF[m.findingId]?.(present, text.slice(m.start, m.end), text, text.slice(0, m.start)) ?? true,
  );
}

export function parseComplaintDetails(text: string): ComplaintDetails {
  const norm = normalise(text);
  const { values: numbers, age, events, other } = readNumbers(norm);
  const reassured = [...norm.matchAll(REASSURING)].map((m) => ({
    findingId: REASSURED_IDS[m.slice(1).findIndex((group) => group !== undefined)]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  const blocked = [
    ...reassured.map((r) => [r.start, r.end] as const),
    ...other,
    ...numbers.map((n) => [n.start, n.end] as const),
    ...events.map((e) => [e.start, e.end] as const),
    ...(age ? [[age.start, age.end] as const] : []),
    ...[...norm.matchAll(NOT_FINDINGS)].map((m) => [m.index, m.index + m[0].length] as const),
  ];
  const mentions = findMentions(norm, blocked);
  let found = mostSpecific(norm, mentions, new Set());
  // Negation first: a dropped mention may hold the negation word ("не могу поднять руку" is one phrase).
  applyNegation(norm, found);
  let matches = keptInContext(norm, found);
  if (matches.length < found.length) {
    // A mention the context explains away must not hide the shorter mentions inside it: choose again without it
    // (it still holds its own negation word).
    const dropped = found.filter((m) => !matches.includes(m));
    found = mostSpecific(norm, mentions, new Set(dropped.map(matchKey)));
    applyNegation(norm, [...found, ...dropped]);
    matches = keptInContext(norm, found);
  }

  const byFinding = new Map<string, ExtractedFinding>();
  const put = (f: ExtractedFinding, overwrite: boolean): void => {
    if (overwrite || !byFinding.has(f.findingId)) byFinding.set(f.findingId, f);
  };
  const symptomDays: Record<string, number> = {};
  const subjects: Match[] = [
    ...matches.filter((m) => !m.negated),
    ...numbers.flatMap((n) => {
      const findingId = SUBJECT_OF[n.findingId];
      return findingId ? [{ findingId, start: n.start, end: n.end, pieces: [], negated: false }] : [];
    }),
  ];
  for (const n of numbers) {
    const mention = {
      findingId: n.findingId,
      value: n.value,
      text: text.slice(n.start, n.end),
      start: n.start,
      end: n.end,
    };
    if (n.findingId !== 'duration_days') {
      put(mention, true);
      continue;
    }
    // The illness has lasted as long as its longest-running symptom.
    const longest = byFinding.get('duration_days');
    if (!longest || (longest.value as number) < n.value) put(mention, true);
    const subject = durationSubject(norm, n.start, n.end, subjects);
    if (!subject || (symptomDays[subject] ?? -1) >= n.value) continue;
    symptomDays[subject] = n.value;
    // Fever has its own duration finding: its red flags count the days of fever, not of the illness.
    if (subject === 'fever') put({ ...mention, findingId: 'fever_days' }, true);
  }
  // Later mentions win ("вчера была температура, сегодня нет").
  for (const m of matches) {
    const base = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    put({ findingId: m.findingId, value: m.negated ? 'no' : 'yes', ...base }, true);
  }
  // A danger sign named anywhere else outweighs the reassurance.
  for (const r of reassured) {
    for (const findingId of [r.findingId, ...(REASSURES_TOO[r.findingId] ?? [])]) {
      put({ findingId, value: 'no', text: text.slice(r.start, r.end), start: r.start, end: r.end }, false);
    }
  }
  for (const m of matches) {
    if (m.negated) continue;
    for (const implied of IMPLIES[m.findingId] ?? []) {
      put(
        { findingId: implied, value: 'yes', text: text.slice(m.start, m.end), start: m.start, end: m.end },
        false,
      );
    }
  }
  return {
    findings: [...byFinding.values()].sort(
      (a, b) => a.start - b.start || a.findingId.localeCompare(b.findingId),
    ),
    ...(age ? { ageMonths: age.months } : {}),
    symptomDays,
    eventDaysAgo: events.map((e) => e.daysAgo),
  };
}

export function parseComplaint(text: string): ExtractedFinding[] {
  return parseComplaintDetails(text).findings;
}
