import type { FindingUrgency } from '../types.js';
import type { AgeBand } from '../age-bands.js';

/** Typical time courses, expressed as P(symptoms have lasted ≥ 3 days / ≥ 10 days / ≥ 3 weeks). */
export const HOURS = { lasting_3_days: 0.05, lasting_10_days: 0.01, lasting_3_weeks: 0.005 } as const;
export const ACUTE = { lasting_3_days: 0.4, lasting_10_days: 0.05, lasting_3_weeks: 0.01 } as const;
export const SUBACUTE = { lasting_3_days: 0.85, lasting_10_days: 0.5, lasting_3_weeks: 0.15 } as const;
export const CHRONIC = { lasting_3_days: 0.97, lasting_10_days: 0.9, lasting_3_weeks: 0.75 } as const;

type AgeProfile = Partial<Record<AgeBand, number>>;

export const ADULTS: AgeProfile = {
  infant_0_3m: 0,
  infant_3_12m: 0,
  toddler_1_4y: 0,
  child_5_11y: 0.05,
  teen_12_17y: 0.3,
};
export const OLDER_ADULTS: AgeProfile = {
  ...ADULTS,
  child_5_11y: 0,
  teen_12_17y: 0.02,
  adult_18_39y: 0.2,
  adult_40_64y: 1,
  elderly_65y: 2,
};
export const SCHOOL_AGE_UP: AgeProfile = { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.1 };
export const YOUNG_CHILDREN: AgeProfile = {
  infant_0_3m: 0.5,
  infant_3_12m: 2,
  toddler_1_4y: 2,
  child_5_11y: 0.8,
  teen_12_17y: 0.2,
  adult_18_39y: 0.1,
  adult_40_64y: 0.05,
  elderly_65y: 0.05,
};
const NONE_FROM_1Y: AgeProfile = {
  toddler_1_4y: 0,
  child_5_11y: 0,
  teen_12_17y: 0,
  adult_18_39y: 0,
  adult_40_64y: 0,
  elderly_65y: 0,
};
export const NEWBORNS: AgeProfile = { ...NONE_FROM_1Y, infant_3_12m: 0 };
export const INFANTS: AgeProfile = NONE_FROM_1Y;
export const UNDER_5S: AgeProfile = { ...NONE_FROM_1Y, toddler_1_4y: 1 };
export const CHILDREN: AgeProfile = { ...NONE_FROM_1Y, toddler_1_4y: 1, child_5_11y: 1, teen_12_17y: 0.3 };
export const WOMEN_OF_CHILDBEARING_AGE: AgeProfile = {
  ...ADULTS,
  child_5_11y: 0,
  teen_12_17y: 0.5,
  adult_18_39y: 2,
  adult_40_64y: 0.4,
  elderly_65y: 0,
};
export const FEMALE_ONLY = { male: 0 } as const;
export const MALE_ONLY = { female: 0 } as const;

/**
 * Likelihood table in a compact "finding probability" text form, e.g. lk`fever .9 cough .5`.
 * Unknown finding ids are caught by the knowledge-base validation (knowledge/catalogue.ts).
 */
export function lk(strings: TemplateStringsArray): Record<string, number> {
  const tokens = strings.join(' ').trim().split(/\s+/);
  const out: Record<string, number> = {};
  for (let i = 0; i + 1 < tokens.length; i += 2) out[tokens[i]!] = Number(tokens[i + 1]);
  if (tokens.length % 2 !== 0) throw new Error(`Odd likelihood table near "${tokens.at(-1)}"`);
  return out;
}

/**
 * A local skin infection spreading or turning systemic: redness spreading from it, a red line, a fever
 * (NICE NG141 Cellulitis and erysipelas 2019).
 */
export const SPREADING_INFECTION: readonly FindingUrgency[] = [
  { finding: 'spreading_redness', urgency: 'within_24h' },
  { finding: 'red_streak', urgency: 'within_24h' },
  { finding: 'fever', urgency: 'within_24h' },
];
