import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { URGENCY_LEVELS, type Sex, type Urgency } from '../../knowledge/types.js';
import type { Locale } from '../../interview/state.js';
import { PACKAGE_DIR } from '../../paths.js';

/**
 * The frozen blind sets (read-only; see each README): v1 is the held-out figure (never tune on it); v2 and v3 are
 * tuning sets (v3's first run, before any change made after seeing it, is recorded in its README).
 */
export const HELD_OUT_SETS = ['v1', 'v2', 'v3'] as const;
export type HeldOutSet = (typeof HELD_OUT_SETS)[number];
export const heldOutDir = (set: HeldOutSet): string => join(PACKAGE_DIR, 'held-out', set);

export interface HeldOutFact {
  finding: string;
  present: boolean;
  value?: string;
  since?: string;
}

export interface HeldOutCase {
  id: string;
  locale: Locale;
  age: { years?: number; months?: number };
  sex: Sex;
  complaint: string;
  facts: HeldOutFact[];
  expected: {
    urgency: Urgency;
    acceptable?: Urgency[];
    condition: { icd10: string; en: string; ru: string };
  };
}

export const ageMonthsOf = (c: HeldOutCase): number => (c.age.years ?? 0) * 12 + (c.age.months ?? 0);

export async function loadHeldOutCases(set: HeldOutSet): Promise<HeldOutCase[]> {
  const dir = heldOutDir(set);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const cases: HeldOutCase[] = [];
  for (const f of files) cases.push(...(JSON.parse(await readFile(join(dir, f), 'utf8')) as HeldOutCase[]));
  for (const c of cases) {
    if (!URGENCY_LEVELS.includes(c.expected.urgency)) throw new Error(`${c.id}: unknown urgency`);
  }
  return cases.sort((a, b) => a.id.localeCompare(b.id));
}
