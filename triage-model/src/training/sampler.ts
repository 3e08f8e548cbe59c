import { AGE_BANDS, BAND_LOWER_MONTHS, BAND_SAMPLE_UPPER_MONTHS } from '../knowledge/age-bands.js';
import {
  BOOLEAN_FINDINGS,
  CONDITIONS,
  POPULATION_BY_BAND,
  ageMultiplier,
  booleanIndex,
  likelihood,
  prevalenceWeight,
  sexMultiplier,
} from '../knowledge/catalogue.js';
import type { Condition, Sex } from '../knowledge/types.js';
import { activeFeatures, type YesNo } from '../model/features.js';
import { pickWeighted, type Rng } from './prng.js';

export interface SyntheticPatient {
  conditionIndex: number;
  ageMonths: number;
  sex: Sex;
  answers: Record<string, YesNo>;
}

/**
 * Findings that come from one numeric measurement, from the loosest to the strictest threshold, plus an optional
 * "opposite end" finding (low temperature, low blood pressure). They are sampled jointly so they stay consistent.
 */
const VITAL_GROUPS = [
  { nested: ['fever', 'high_fever'], low: 'low_temperature', askedAlone: 'fever', observeFactor: 1 },
  { nested: ['bp_high', 'bp_very_high'], low: 'bp_low', askedAlone: undefined, observeFactor: 0.6 },
  {
    nested: ['lasting_3_days', 'lasting_10_days', 'lasting_3_weeks'],
    low: undefined,
    askedAlone: undefined,
    observeFactor: 1,
  },
] as const;
const GROUPED = new Set<string>(VITAL_GROUPS.flatMap((g) => [...g.nested, ...(g.low ? [g.low] : [])]));

const finding = (id: string) => BOOLEAN_FINDINGS[booleanIndex.get(id)!]!;

export function sampleDemographics(rng: Rng, condition: Condition): { ageMonths: number; sex: Sex } {
  const band =
    AGE_BANDS[
      pickWeighted(
        rng,
        AGE_BANDS.map((b) => ageMultiplier(condition, b) * POPULATION_BY_BAND[b]),
      )
    ]!;
  const low = BAND_LOWER_MONTHS[band];
  const ageMonths = low + rng.int(BAND_SAMPLE_UPPER_MONTHS[band] - low);
  const sex: Sex =
    pickWeighted(rng, [sexMultiplier(condition, 'female'), sexMultiplier(condition, 'male')]) === 0
      ? 'female'
      : 'male';
  return { ageMonths, sex };
}

/**
 * One synthetic patient with the given condition: every finding is present with its likelihood, and each applicable
 * finding is independently "asked" with probability `observeRate` (missing completely at random), which keeps the
 * learned weights valid whatever subset the adaptive interview ends up asking.
 */
export function samplePatient(rng: Rng, conditionIndex: number, observeRate: number): SyntheticPatient {
  const condition = CONDITIONS[conditionIndex]!;
  const { ageMonths, sex } = sampleDemographics(rng, condition);
  const answers: Record<string, YesNo> = {};
  for (const f of BOOLEAN_FINDINGS) {
    // Asked regardless of age/sex applicability: otherwise "no" to a sex- or age-specific question would become a
    // proxy for demographics, which a linear model cannot untangle from the demographic features.
    if (f.derivedOnly || GROUPED.has(f.id)) continue;
    const present = rng.next() < likelihood(condition, f);
    if (rng.next() < observeRate) answers[f.id] = present ? 'yes' : 'no';
  }
  for (const group of VITAL_GROUPS) {
    const u = rng.next();
    let level = 0;
    for (const id of group.nested) if (u < likelihood(condition, finding(id))) level++;
    const pLoose = likelihood(condition, finding(group.nested[0]));
    const low =
      group.low !== undefined &&
      level === 0 &&
      rng.next() < likelihood(condition, finding(group.low)) / (1 - pLoose);
    if (rng.next() < observeRate * group.observeFactor) {
      group.nested.forEach((id, i) => (answers[id] = level > i ? 'yes' : 'no'));
      if (group.low !== undefined) answers[group.low] = low ? 'yes' : 'no';
    } else if (group.askedAlone !== undefined && rng.next() < observeRate) {
      answers[group.askedAlone] = level > 0 ? 'yes' : 'no';
    }
  }
  return { conditionIndex, ageMonths, sex, answers };
}

export interface Example {
  label: number;
  active: Int32Array;
}

export function toExample(p: SyntheticPatient): Example {
  return { label: p.conditionIndex, active: Int32Array.from(activeFeatures(p.ageMonths, p.sex, p.answers)) };
}

/** Class-balanced training set; the real prevalence is added back as a bias shift after training. */
export function balancedDataset(rng: Rng, perClass: number): Example[] {
  const out: Example[] = [];
  for (let c = 0; c < CONDITIONS.length; c++) {
    for (let n = 0; n < perClass; n++) out.push(toExample(samplePatient(rng, c, 0.05 + 0.45 * rng.next())));
  }
  return out;
}

/** Held-out set drawn with the real prevalence, to report realistic accuracy. */
export function prevalenceDataset(rng: Rng, size: number): Example[] {
  const weights = CONDITIONS.map(prevalenceWeight);
  const out: Example[] = [];
  for (let n = 0; n < size; n++) {
    out.push(toExample(samplePatient(rng, pickWeighted(rng, weights), 0.1 + 0.4 * rng.next())));
  }
  return out;
}
