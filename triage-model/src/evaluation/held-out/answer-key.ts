import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { findingById } from '../../knowledge/catalogue.js';
import type { HeldOutCase, HeldOutFact, HeldOutSet } from './cases.js';

/**
 * The evaluator's translation of each held-out case into the checker's finding ids, one key per set. Generated from
 * <set>-fact-map.json (phrase → ids, plus 'caseId#factIndex' overrides) by
 * `npm run eval:answer-key -- --set <set> --write`.
 */
export type KeyValue = 'yes' | 'no' | number;
export interface KeyAnswer {
  fact: number;
  findingId: string;
  value: KeyValue;
}
export interface CaseKey {
  icd10: string;
  answers: KeyAnswer[];
  unmapped: Array<{ fact: number; finding: string }>;
}
export type AnswerKey = Record<string, CaseKey>;
export type FactMap = Record<string, string[]>;

const HERE = dirname(fileURLToPath(import.meta.url));
export const answerKeyFile = (set: HeldOutSet): string => join(HERE, `${set}-answer-key.json`);
export const factMapFile = (set: HeldOutSet): string => join(HERE, `${set}-fact-map.json`);

export const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

const phraseOf = (f: HeldOutFact): string => f.finding.trim().toLowerCase();

/** Highest number in a value such as "38.0-38.5 °C" (the simulated patient reports the highest reading). */
function maxNumber(text: string | undefined): number | undefined {
  const nums = (text ?? '').match(/\d+(?:[.,]\d+)?/g)?.map((n) => Number(n.replace(',', '.')));
  return nums?.length ? Math.max(...nums) : undefined;
}

const DAYS_PER: Record<string, number> = {
  minute: 0,
  hour: 1 / 24,
  day: 1,
  night: 1,
  week: 7,
  month: 30,
  year: 365,
};

/** "3 days", "2 weeks", "14 hours ago", "this morning" → whole days; undefined when it is not a duration. */
export function sinceToDays(since: string | undefined): number | undefined {
  if (!since) return undefined;
  const s = since.toLowerCase();
  if (/\b(this morning|since morning|today)\b/.test(s)) return 0;
  if (/\byesterday\b/.test(s)) return 1;
  const m = s.match(/(\d+(?:\.\d+)?)\s*(minute|hour|day|night|week|month|year)s?\b/);
  return m ? Math.floor(Number(m[1]) * DAYS_PER[m[2]!]!) : undefined;
}

const firstNumber = (text: string | undefined): number | undefined => {
  const n = text?.match(/\d+(?:[.,]\d+)?/)?.[0];
  return n === undefined ? undefined : Number(n.replace(',', '.'));
};

/** "20 weeks" → whether the pregnancy is past 20 and past 37 weeks (the knowledge base's yes/no findings). */
function pregnancyWeeks(value: string | undefined): Array<[string, 'yes' | 'no']> {
  const weeks = value?.match(/(\d+)\s*week/)?.[1];
  if (weeks === undefined) return [];
  return [
    ['pregnancy_over_20_weeks', Number(weeks) > 20 ? 'yes' : 'no'],
    ['pregnancy_over_37_weeks', Number(weeks) > 37 ? 'yes' : 'no'],
  ];
}

/**
 * Map tokens: 'id' (present → yes), '!id' (present → no), or an '@' reader of the fact's value: '@temperature_c'
 * (highest reading, else fever yes/no), '@bp', '@fever_days' (the fever fact's own "since"), '@pregnancy_weeks',
 * '@burn_percent' (burn_palms: the patient's palm is ≈ 1 % of body surface, as in the rule in red-flags/injuries.ts),
 * '@age_days' (a baby's age such as "3 weeks" → newborn_age_days 21) and '@<numeric finding id>' (the first number,
 * e.g. SpO₂ "89% (usual 93%)" → 89). Readers only use present facts.
 */
function factAnswers(fact: HeldOutFact, index: number, ids: string[]): KeyAnswer[] {
  const yn = (present: boolean): 'yes' | 'no' => (present ? 'yes' : 'no');
  const num = (findingId: string, value: number | undefined): KeyAnswer[] =>
    value === undefined ? [] : [{ fact: index, findingId, value }];
  return ids.flatMap((token): KeyAnswer[] => {
    if (token === '@temperature_c') {
      const t = fact.present ? maxNumber(fact.value) : undefined;
      return t === undefined
        ? [{ fact: index, findingId: 'fever', value: yn(fact.present) }]
        : [{ fact: index, findingId: 'temperature_c', value: t }];
    }
    if (!fact.present && token.startsWith('@')) return [];
    if (token === '@bp') {
      const m = fact.value?.match(/(\d{2,3})\s*\/\s*(\d{2,3})/);
      return m ? [...num('bp_systolic', Number(m[1])), ...num('bp_diastolic', Number(m[2]))] : [];
    }
    if (token === '@fever_days') return num('fever_days', sinceToDays(fact.since));
    if (token === '@age_days') return num('newborn_age_days', sinceToDays(fact.value));
    if (token === '@burn_percent') return num('burn_palms', firstNumber(fact.value));
    if (token === '@pregnancy_weeks')
      return pregnancyWeeks(fact.value).map(([findingId, value]) => ({ fact: index, findingId, value }));
    if (token.startsWith('@')) {
      if (findingById.get(token.slice(1))?.kind !== 'numeric') throw new Error(`Unknown reader ${token}`);
      return num(token.slice(1), firstNumber(fact.value));
    }
    const negated = token.startsWith('!');
    return [
      { fact: index, findingId: negated ? token.slice(1) : token, value: yn(fact.present !== negated) },
    ];
  });
}

export function buildCaseKey(c: HeldOutCase, map: FactMap): CaseKey {
  const answers: KeyAnswer[] = [];
  const unmapped: CaseKey['unmapped'] = [];
  c.facts.forEach((fact, i) => {
    const ids = map[`${c.id}#${i}`] ?? map[phraseOf(fact)] ?? [];
    const mapped = factAnswers(fact, i, ids);
    if (mapped.length === 0) unmapped.push({ fact: i, finding: fact.finding });
    answers.push(...mapped);
  });
  // Symptom duration: the first present fact with a "since" is the presenting complaint.
  const first = c.facts.findIndex((f) => f.present && sinceToDays(f.since) !== undefined);
  if (first >= 0)
    answers.push({ fact: first, findingId: 'duration_days', value: sinceToDays(c.facts[first]!.since)! });
  // One value per finding: a later fact saying "yes" beats an earlier "no" (e.g. "pregnant" vs a negative test).
  const byId = new Map<string, KeyAnswer>();
  for (const a of answers) if (!byId.has(a.findingId) || a.value === 'yes') byId.set(a.findingId, a);
  return {
    icd10: c.expected.condition.icd10,
    answers: [...byId.values()].sort((a, b) => a.fact - b.fact || a.findingId.localeCompare(b.findingId)),
    unmapped,
  };
}

export function buildAnswerKey(cases: readonly HeldOutCase[], map: FactMap): AnswerKey {
  const sorted = [...cases].sort((a, b) => a.id.localeCompare(b.id));
  return Object.fromEntries(sorted.map((c) => [c.id, buildCaseKey(c, map)]));
}

/** Prettier's JSON layout puts one answer per line, so a refreshed key diffs cleanly and passes `npm run lint`. */
export async function formatAnswerKey(key: AnswerKey, set: HeldOutSet): Promise<string> {
  const file = answerKeyFile(set);
  return format(JSON.stringify(key), { ...(await resolveConfig(file)), filepath: file });
}

/** Finding ids the key uses that the knowledge base no longer has (or that cannot be answered directly). */
export function staleFindings(key: AnswerKey): Array<{ caseId: string; findingId: string }> {
  return Object.entries(key).flatMap(([caseId, k]) =>
    k.answers
      .filter((a) => {
        const f = findingById.get(a.findingId);
        return !f || (f.kind === 'boolean' && f.derivedOnly === true);
      })
      .map((a) => ({ caseId, findingId: a.findingId })),
  );
}

export const loadAnswerKey = (set: HeldOutSet): Promise<AnswerKey> => readJson<AnswerKey>(answerKeyFile(set));
