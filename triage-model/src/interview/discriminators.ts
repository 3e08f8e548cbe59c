import { CONDITIONS } from '../knowledge/catalogue.js';
import { complaintsOf } from './complaint-focus.js';

/**
 * A general discriminator matters for this patient when a plausible condition lists its sign with at least this
 * likelihood (a feature of that condition, not a background rate). An operating point to keep the interview short.
 */
export const CHARACTERISTIC_LIKELIHOOD = 0.3;

// Fever thresholds differ by age (NICE NG143 Fever in under 5s, 2019, updated 2021): under 5s are asked for the
// measured temperature so the red-flag rules can apply the 38 °C (< 3 months) and 39 °C (3–6 months) cut-offs; any
// fever under 3 months matters whatever the complaint.
const MEASURE_TEMPERATURE_UNDER_MONTHS = 60;
const ALWAYS_TEMPERATURE_UNDER_MONTHS = 3;
// Consciousness in young children is judged by responsiveness, not orientation: NICE NG143 (2019, updated 2021).
const RESPONSIVENESS_UNDER_MONTHS = 60;

interface GeneralDiscriminator {
  /** The question for a patient of this age. */
  finding(ageMonths: number): string;
  /** The yes/no sign whose likelihood among plausible conditions decides whether to ask. */
  sign(ageMonths: number): string;
  always?(ageMonths: number): boolean;
}

/**
 * The first-order modifiers of emergency triage, in their order — consciousness, breathing, circulation, temperature,
 * dehydration: Canadian Triage and Acuity Scale (CTAS) with the CEDIS complaint list, 2016 revision; Manchester
 * Triage System general discriminators (3rd ed., 2014). Pain severity and bleeding come with the complaints that
 * have them (their own discriminators).
 */
const GENERAL: readonly GeneralDiscriminator[] = [
  {
    finding: (age) => (age < RESPONSIVENESS_UNDER_MONTHS ? 'lethargy' : 'confusion'),
    sign: (age) => (age < RESPONSIVENESS_UNDER_MONTHS ? 'lethargy' : 'confusion'),
  },
  { finding: () => 'breathlessness', sign: () => 'breathlessness' },
  { finding: () => 'fainting', sign: () => 'fainting' },
  {
    finding: (age) => (age < MEASURE_TEMPERATURE_UNDER_MONTHS ? 'temperature_c' : 'fever'),
    sign: () => 'fever',
    always: (age) => age < ALWAYS_TEMPERATURE_UNDER_MONTHS,
  },
  { finding: () => 'little_urine', sign: () => 'little_urine' },
];

function characteristic(sign: string, mask: Uint8Array): boolean {
  return CONDITIONS.some((c, k) => mask[k] === 1 && (c.likelihoods[sign] ?? 0) >= CHARACTERISTIC_LIKELIHOOD);
}

export interface Discriminator {
  findingId: string;
  general: boolean;
}

/**
 * The general discriminators that matter for the plausible conditions (`mask`), then the complaints' own ones, in
 * order; `open` says whether a finding still needs asking. When the question budget is spent (`inBudget` false), a
 * complaint's discriminators are still asked if they are danger signs for this patient (`dangerSign`: a "yes" would
 * make an emergency-level red-flag rule fire) — every danger sign that fits the complaint is always asked, as in the
 * CTAS/CEDIS complaint-specific modifiers (2016 revision) and the Manchester Triage System (3rd ed., 2014), where a
 * complaint's chart is only left once all of its higher-priority discriminators are answered.
 */
export function nextDiscriminator(
  complaints: readonly string[],
  ageMonths: number,
  mask: Uint8Array,
  open: (findingId: string) => boolean,
  inBudget = true,
  dangerSign: (findingId: string) => boolean = () => false,
): Discriminator | undefined {
  for (const d of GENERAL) {
    const id = d.finding(ageMonths);
    if (open(id) && (d.always?.(ageMonths) || characteristic(d.sign(ageMonths), mask))) {
      return { findingId: id, general: true };
    }
  }
  for (const c of complaintsOf(complaints)) {
    for (const id of c.discriminators) {
      if (open(id) && (inBudget || dangerSign(id))) return { findingId: id, general: false };
    }
  }
  return undefined;
}
