import type { AgeBand } from './age-bands.js';

export type Localized = { ru: string; en: string };

export const URGENCY_LEVELS = [
  'self_care',
  'planned',
  'within_24h',
  'emergency_department',
  'ambulance',
] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export const SPECIALISTS = [
  'therapist',
  'paediatrician',
  'gastroenterologist',
  'neurologist',
  'dermatologist',
  'gynaecologist',
  'psychologist',
  'psychiatrist',
  'cardiologist',
  'ent',
  'ophthalmologist',
  'urologist',
  'allergist',
  'pulmonologist',
  'surgeon',
  'dentist',
  'emergency',
] as const;
export type Specialist = (typeof SPECIALISTS)[number];

export const CONSULT_FORMATS = ['video', 'audio', 'chat', 'in_person'] as const;
export type ConsultFormat = (typeof CONSULT_FORMATS)[number];

export type Sex = 'female' | 'male';

export type FindingCategory = 'symptom' | 'history' | 'risk_factor' | 'vital' | 'sign';

/** A yes/no finding. `base` is how often it is present in a patient who has none of the conditions that list it. */
export interface BooleanFinding {
  kind: 'boolean';
  id: string;
  name: Localized;
  category: FindingCategory;
  system: string;
  base: number;
  /** Derived findings are only set from a numeric answer (e.g. high_fever from temperature_c), never asked directly. */
  derivedOnly?: boolean;
  /** Findings a parent cannot observe in a small child, or that only make sense from a given age. */
  minAgeMonths?: number;
  maxAgeMonths?: number;
  sex?: Sex;
}

export interface NumericFinding {
  kind: 'numeric';
  id: string;
  name: Localized;
  category: 'vital' | 'history';
  system: string;
  unit: Localized;
  min: number;
  max: number;
  /** Representative values, one per clinically distinct range; used for expected information gain and sampling. */
  buckets: readonly number[];
  /** Asked only right after this finding has a numeric answer (diastolic after systolic). */
  pairedWith?: string;
}

export type Finding = BooleanFinding | NumericFinding;

export interface UrgencyOverride {
  minAgeMonths?: number;
  maxAgeMonths?: number;
  urgency: Urgency;
}

/** A finding that, when present, makes a condition more urgent than its baseline. */
export interface FindingUrgency {
  finding: string;
  urgency: Urgency;
}

/** What a patient can safely do at home, and when that stops being enough. */
export interface SelfCareAdvice {
  advice: Localized;
  seekCareIf: Localized;
  /** Guideline and year the advice follows, e.g. "NICE CKS Sore throat - acute (2023)". */
  source: string;
}

export interface Condition {
  id: string;
  name: Localized;
  icd10: string;
  system: string;
  urgency: Urgency;
  urgencyOverrides?: readonly UrgencyOverride[];
  /** Urgency is a range conditioned on findings: a common cold is self-care; with breathing difficulty it is not. */
  urgencyIf?: readonly FindingUrgency[];
  /**
   * A diagnosed condition in its usual form is the patient's to manage: the urgency when they say so (`finding`,
   * e.g. their usual migraine), before `urgencyIf` raises it for anything unusual.
   */
  whenKnown?: FindingUrgency;
  /** Required when the condition can be self-care (its urgency, an age override or `whenKnown` is self_care). */
  selfCare?: SelfCareAdvice;
  specialist: Specialist;
  remoteSuitable: boolean;
  consultFormat: ConsultFormat;
  /** Relative frequency among telemedicine contacts: 1 = rare … 5 = very common. */
  prevalence: 1 | 2 | 3 | 4 | 5;
  /** Multiplier of the prior per age band (missing band = 1, 0 = impossible in that band). */
  age?: Partial<Record<AgeBand, number>>;
  /** Multiplier of the prior per sex (missing = 1). */
  sex?: Partial<Record<Sex, number>>;
  /** P(finding present | condition). Findings not listed use the finding's base rate. */
  likelihoods: Readonly<Record<string, number>>;
}
