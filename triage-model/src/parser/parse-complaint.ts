import type { ExtractedFinding } from '../interview/state.js';
import { IMPLIES } from './implications.js';
import { EN_LEXICON } from './lexicon-en.js';
import { RU_LEXICON } from './lexicon-ru.js';
import { findNumbers } from './numbers.js';

/**
 * Free-text complaint → findings for the patient to confirm. Both lexicons always run (people mix languages);
 * negation is scoped to the clause and carried across "и/или/and/or" lists ("нет температуры и кашля").
 */

interface Match {
  findingId: string;
  start: number;
  end: number;
  negated: boolean;
}

function compile(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${sources.join('|')})`, 'gu');
}

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ...Object.entries(RU_LEXICON).map(([id, p]) => [id, compile(p)] as const),
  ...Object.entries(EN_LEXICON).map(([id, p]) => [id, compile(p)] as const),
];

const TOKEN = /[\p{L}\d]+(?:['’][\p{L}]+)?|[.,;:!?]/gu;
const HARD_BOUNDARY = new Set(['.', ';', '!', '?', ',', ':']);
const CONTRAST = new Set([
  'но',
  'а',
  'однако',
  'зато',
  'хотя',
  'but',
  'however',
  'though',
  'although',
  'whereas',
  'yet',
]);
const NEGATION = new Set([
  'не',
  'нет',
  'нету',
  'без',
  'ни',
  'отрицает',
  'отсутствует',
  'отсутствуют',
  'no',
  'not',
  'without',
  'denies',
  'deny',
  'never',
  'none',
  'nor',
  'neither',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'havent',
  'hasnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
]);
const CONJUNCTION = new Set(['и', 'или', 'ни', 'а также', 'and', 'or', 'nor', 'any', 'a', 'also']);
/** A mention that opens with its own predicate starts a new statement, so an earlier "не" does not reach it. */
const POSITIVE_PREDICATE = /^(?:болит|болят|есть|появил\p{L}*|has|have|got|i have)(?!\p{L})/u;
const POST_NEGATION = new Set(['нет', 'нету', 'отсутствует']);
const WAS = new Set(['было', 'был', 'была', 'были', 'отмечается']);

interface Token {
  text: string;
  start: number;
  end: number;
}

const isCue = (t: string): boolean => NEGATION.has(t.replace(/['’]/gu, '')) || /n['’]t$/u.test(t);

export function normalise(text: string): string {
  return text.toLowerCase().replace(/ё/gu, 'е');
}

function findMatches(text: string, blocked: ReadonlyArray<readonly [number, number]>): Match[] {
  const raw: Match[] = [];
  for (const [findingId, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (blocked.some(([a, b]) => start < b && end > a)) continue;
      raw.push({ findingId, start, end, negated: false });
    }
  }
  // Keep the most specific mention: drop matches that sit inside a longer match of another finding.
  return raw
    .filter(
      (m) =>
        !raw.some(
          (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function applyNegation(text: string, matches: Match[]): void {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inMatch = (t: Token): boolean => matches.some((m) => t.start >= m.start && t.end <= m.end);
  const matchAt = (t: Token): Match | undefined => matches.find((m) => m.start === t.start);

  let negating = false;
  let consumed = false;
  let gap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (HARD_BOUNDARY.has(t.text) || CONTRAST.has(t.text)) {
      negating = false;
      continue;
    }
    const m = matchAt(t);
    if (m) {
      if (negating && !(consumed && POSITIVE_PREDICATE.test(text.slice(m.start, m.end)))) {
        m.negated = true;
        consumed = true;
        gap = 0;
      } else negating = false;
      // Postposed negation: "температуры нет", "сыпи не было", "fever: none".
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.start < m.end) j++;
      const next = tokens[j]?.text;
      if (
        next !== undefined &&
        (POST_NEGATION.has(next) || (next === 'не' && WAS.has(tokens[j + 1]?.text ?? '')))
      ) {
        m.negated = true;
      }
      i = j - 1;
      continue;
    }
    if (inMatch(t)) continue;
    if (isCue(t.text)) {
      negating = true;
      consumed = false;
      gap = 0;
      continue;
    }
    if (!negating) continue;
    if (CONJUNCTION.has(t.text)) continue;
    if (consumed || ++gap > 3) negating = false;
  }
}

export function parseComplaint(text: string): ExtractedFinding[] {
  const norm = normalise(text);
  const numbers = findNumbers(norm);
  const matches = findMatches(
    norm,
    numbers.map((n) => [n.start, n.end] as const),
  );
  applyNegation(norm, matches);

  const byFinding = new Map<string, ExtractedFinding>();
  const put = (f: ExtractedFinding, overwrite: boolean): void => {
    if (overwrite || !byFinding.has(f.findingId)) byFinding.set(f.findingId, f);
  };
  for (const n of numbers) {
    put(
      {
        findingId: n.findingId,
        value: n.value,
        text: text.slice(n.start, n.end),
        start: n.start,
        end: n.end,
      },
      true,
    );
  }
  // Later mentions win ("вчера была температура, сегодня нет").
  for (const m of matches) {
    const base = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    put({ findingId: m.findingId, value: m.negated ? 'no' : 'yes', ...base }, true);
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
  return [...byFinding.values()].sort((a, b) => a.start - b.start || a.findingId.localeCompare(b.findingId));
}
