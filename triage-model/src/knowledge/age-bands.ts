export const AGE_BANDS = [
  'infant_0_3m',
  'infant_3_12m',
  'toddler_1_4y',
  'child_5_11y',
  'teen_12_17y',
  'adult_18_39y',
  'adult_40_64y',
  'elderly_65y',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Upper bound (exclusive) of each band in months. */
const BAND_UPPER_MONTHS: Record<AgeBand, number> = {
  infant_0_3m: 3,
  infant_3_12m: 12,
  toddler_1_4y: 60,
  child_5_11y: 144,
  teen_12_17y: 216,
  adult_18_39y: 480,
  adult_40_64y: 780,
  elderly_65y: Number.POSITIVE_INFINITY,
};

/** Lower bound (inclusive) of each band in months, for sampling synthetic ages. */
export const BAND_LOWER_MONTHS: Record<AgeBand, number> = {
  infant_0_3m: 0,
  infant_3_12m: 3,
  toddler_1_4y: 12,
  child_5_11y: 60,
  teen_12_17y: 144,
  adult_18_39y: 216,
  adult_40_64y: 480,
  elderly_65y: 780,
};

export const BAND_SAMPLE_UPPER_MONTHS: Record<AgeBand, number> = { ...BAND_UPPER_MONTHS, elderly_65y: 1140 };

export function ageBand(ageMonths: number): AgeBand {
  for (const band of AGE_BANDS) if (ageMonths < BAND_UPPER_MONTHS[band]) return band;
  return 'elderly_65y';
}

export const ADULT_AGE_MONTHS = 216;
