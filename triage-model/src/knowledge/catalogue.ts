import { AGE_BANDS, ageBand, type AgeBand } from './age-bands.js';
import { CONDITIONS } from './conditions/index.js';
import { DERIVED_BY_NUMERIC } from './derive-vitals.js';
import { FINDINGS } from './findings/index.js';
import {
  URGENCY_LEVELS,
  type BooleanFinding,
  type Condition,
  type NumericFinding,
  type Sex,
  type Urgency,
} from './types.js';

export const BOOLEAN_FINDINGS: readonly BooleanFinding[] = FINDINGS.filter(
  (f): f is BooleanFinding => f.kind === 'boolean',
);
export const NUMERIC_FINDINGS: readonly NumericFinding[] = FINDINGS.filter(
  (f): f is NumericFinding => f.kind === 'numeric',
);

export const findingById = new Map(FINDINGS.map((f) => [f.id, f]));
export const booleanIndex = new Map(BOOLEAN_FINDINGS.map((f, i) => [f.id, i]));
export const conditionIndex = new Map(CONDITIONS.map((c, i) => [c.id, i]));

/** Relative share of telemedicine contacts per prevalence grade. */
const PREVALENCE_WEIGHT = { 1: 0.15, 2: 0.4, 3: 1, 4: 2, 5: 3.5 } as const;

/** Share of each age band among the insurer's patients who start a symptom check. */
export const POPULATION_BY_BAND: Record<AgeBand, number> = {
  infant_0_3m: 0.03,
  infant_3_12m: 0.07,
  toddler_1_4y: 0.15,
  child_5_11y: 0.15,
  teen_12_17y: 0.08,
  adult_18_39y: 0.22,
  adult_40_64y: 0.2,
  elderly_65y: 0.1,
};

export function prevalenceWeight(condition: Condition): number {
  return PREVALENCE_WEIGHT[condition.prevalence];
}

export function ageMultiplier(condition: Condition, band: AgeBand): number {
  return condition.age?.[band] ?? 1;
}

export function sexMultiplier(condition: Condition, sex: Sex): number {
  return condition.sex?.[sex] ?? 1;
}

/** Nested findings (stricter → looser): the stricter one can never be more likely than the looser one. */
const LOOSER: Readonly<Record<string, string>> = {
  high_fever: 'fever',
  bp_very_high: 'bp_high',
  lasting_10_days: 'lasting_3_days',
  lasting_3_weeks: 'lasting_10_days',
};

/** P(finding present | condition) before age/sex applicability; unlisted findings fall back to the base rate. */
export function likelihood(condition: Condition, finding: BooleanFinding): number {
  const own = condition.likelihoods[finding.id] ?? finding.base;
  const looser = LOOSER[finding.id];
  if (looser === undefined) return own;
  return Math.min(own, likelihood(condition, BOOLEAN_FINDINGS[booleanIndex.get(looser)!]!));
}

export function isApplicable(
  finding: { minAgeMonths?: number; maxAgeMonths?: number; sex?: Sex },
  ageMonths: number,
  sex: Sex,
): boolean {
  if (finding.minAgeMonths !== undefined && ageMonths < finding.minAgeMonths) return false;
  if (finding.maxAgeMonths !== undefined && ageMonths >= finding.maxAgeMonths) return false;
  return finding.sex === undefined || finding.sex === sex;
}

export function urgencyRank(urgency: Urgency): number {
  return URGENCY_LEVELS.indexOf(urgency);
}

const NOTHING_KNOWN = (): boolean => false;

/**
 * The condition's urgency for this patient: its age override (or baseline), raised by any `urgencyIf` finding the
 * patient has (`yes`) — a common cold is self-care, with breathing difficulty it is not.
 */
export function conditionUrgency(
  condition: Condition,
  ageMonths: number,
  yes: (findingId: string) => boolean = NOTHING_KNOWN,
): Urgency {
  let urgency = condition.urgency;
  for (const o of condition.urgencyOverrides ?? []) {
    if (o.minAgeMonths !== undefined && ageMonths < o.minAgeMonths) continue;
    if (o.maxAgeMonths !== undefined && ageMonths >= o.maxAgeMonths) continue;
    urgency = o.urgency;
    break;
  }
  if (condition.whenKnown && yes(condition.whenKnown.finding)) urgency = condition.whenKnown.urgency;
  for (const u of condition.urgencyIf ?? []) {
    if (urgencyRank(u.urgency) > urgencyRank(urgency) && yes(u.finding)) urgency = u.urgency;
  }
  return urgency;
}

/** The findings that raised this condition's urgency for this patient (see `conditionUrgency`). */
export function urgencyRaisingFindings(
  condition: Condition,
  ageMonths: number,
  yes: (findingId: string) => boolean,
): string[] {
  const base = urgencyRank(conditionUrgency(condition, ageMonths));
  return (condition.urgencyIf ?? [])
    .filter((u) => urgencyRank(u.urgency) > base && yes(u.finding))
    .map((u) => u.finding);
}

/** Whether the condition can occur at this age and sex at all (its prior is not zero). */
export function possibleFor(condition: Condition, ageMonths: number, sex: Sex): boolean {
  return ageMultiplier(condition, ageBand(ageMonths)) > 0 && sexMultiplier(condition, sex) > 0;
}

/** Throws on any inconsistency; run at import so a broken knowledge base can never be trained or served. */
function validate(): void {
  const ids = new Set<string>();
  for (const f of FINDINGS) {
    if (ids.has(f.id)) throw new Error(`Duplicate finding id ${f.id}`);
    ids.add(f.id);
    if (f.kind === 'boolean' && !(f.base > 0 && f.base < 1)) throw new Error(`Bad base rate for ${f.id}`);
  }
  for (const [numeric, derived] of Object.entries(DERIVED_BY_NUMERIC)) {
    if (findingById.get(numeric)?.kind !== 'numeric') throw new Error(`Unknown numeric finding ${numeric}`);
    for (const d of derived) if (!booleanIndex.has(d)) throw new Error(`Unknown derived finding ${d}`);
  }
  const conditionIds = new Set<string>();
  for (const c of CONDITIONS) {
    if (conditionIds.has(c.id)) throw new Error(`Duplicate condition id ${c.id}`);
    conditionIds.add(c.id);
    for (const [id, p] of Object.entries(c.likelihoods)) {
      if (!booleanIndex.has(id)) throw new Error(`Condition ${c.id} uses unknown finding ${id}`);
      if (!(p > 0 && p < 1)) throw new Error(`Condition ${c.id}: likelihood of ${id} must be in (0,1)`);
    }
    for (const [strict, loose] of Object.entries(LOOSER)) {
      const own = c.likelihoods[strict];
      const looser = c.likelihoods[loose];
      if (own !== undefined && looser !== undefined && own > looser) {
        throw new Error(`Condition ${c.id}: ${strict} is more likely than ${loose}`);
      }
    }
    if (!AGE_BANDS.some((b) => ageMultiplier(c, b) > 0)) throw new Error(`Condition ${c.id} has no age band`);
    if (!URGENCY_LEVELS.includes(c.urgency)) throw new Error(`Condition ${c.id} has a bad urgency`);
    const canBeSelfCare = [c.urgency, ...(c.urgencyOverrides ?? []).map((o) => o.urgency)].includes(
      'self_care',
    );
    if (canBeSelfCare && !c.selfCare)
      throw new Error(`Condition ${c.id} can be self-care but has no selfCare advice`);
    for (const u of c.urgencyIf ?? []) {
      if (!booleanIndex.has(u.finding))
        throw new Error(`Condition ${c.id}: urgencyIf uses unknown ${u.finding}`);
    }
  }
}
validate();

export { AGE_BANDS, CONDITIONS, FINDINGS, ageBand };
