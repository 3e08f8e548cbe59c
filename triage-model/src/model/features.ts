import { AGE_BANDS, ageBand } from '../knowledge/age-bands.js';
import { BOOLEAN_FINDINGS, booleanIndex } from '../knowledge/catalogue.js';
import type { Sex } from '../knowledge/types.js';

/**
 * Feature layout: one "answered yes" and one "answered no" slot per yes/no finding (so "unknown" is simply both 0),
 * then a one-hot age band and a one-hot sex. With this layout a linear softmax can represent the naive-Bayes
 * posterior exactly, and answering a question changes the logits by adding one weight row.
 */
export const FINDING_COUNT = BOOLEAN_FINDINGS.length;
export const AGE_OFFSET = 2 * FINDING_COUNT;
export const SEX_OFFSET = AGE_OFFSET + AGE_BANDS.length;
export const FEATURE_COUNT = SEX_OFFSET + 2;

export type YesNo = 'yes' | 'no';

export function yesFeature(findingId: string): number {
  const i = booleanIndex.get(findingId);
  if (i === undefined) throw new Error(`Unknown yes/no finding ${findingId}`);
  return i;
}

export function noFeature(findingId: string): number {
  return FINDING_COUNT + yesFeature(findingId);
}

export function answerFeature(findingId: string, value: YesNo): number {
  return value === 'yes' ? yesFeature(findingId) : noFeature(findingId);
}

export function demographicFeatures(ageMonths: number, sex: Sex): [number, number] {
  return [AGE_OFFSET + AGE_BANDS.indexOf(ageBand(ageMonths)), SEX_OFFSET + (sex === 'female' ? 0 : 1)];
}

/** Indices of the features that are 1 for this patient (all others are 0). */
export function activeFeatures(
  ageMonths: number,
  sex: Sex,
  answers: Readonly<Record<string, YesNo>>,
): number[] {
  const active = Object.entries(answers).map(([id, v]) => answerFeature(id, v));
  active.push(...demographicFeatures(ageMonths, sex));
  return active.sort((a, b) => a - b);
}

export function denseFeatures(active: readonly number[]): Float32Array {
  const x = new Float32Array(FEATURE_COUNT);
  for (const i of active) x[i] = 1;
  return x;
}

export function featureNames(): string[] {
  return [
    ...BOOLEAN_FINDINGS.map((f) => `yes:${f.id}`),
    ...BOOLEAN_FINDINGS.map((f) => `no:${f.id}`),
    ...AGE_BANDS.map((b) => `age:${b}`),
    'sex:female',
    'sex:male',
  ];
}
