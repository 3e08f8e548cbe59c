import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { URGENCY_LEVELS, type Sex, type Urgency } from '../../knowledge/types.js';
import type { Locale } from '../../interview/state.js';
import { PACKAGE_DIR } from '../../paths.js';

/** The frozen blind set (read-only; see its README). Only the evaluation reads it — never tune on single cases. */
export const HELD_OUT_V1_DIR = join(PACKAGE_DIR, 'held-out', 'v1');

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

export async function loadHeldOutCases(dir = HELD_OUT_V1_DIR): Promise<HeldOutCase[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const cases: HeldOutCase[] = [];
  for (const f of files) cases.push(...(JSON.parse(await readFile(join(dir, f), 'utf8')) as HeldOutCase[]));
  for (const c of cases) {
    if (!URGENCY_LEVELS.includes(c.expected.urgency)) throw new Error(`${c.id}: unknown urgency`);
  }
  return cases.sort((a, b) => a.id.localeCompare(b.id));
}
