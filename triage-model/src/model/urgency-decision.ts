import { CONDITIONS, conditionUrgency, urgencyRank } from '../knowledge/catalogue.js';
import { URGENCY_LEVELS, type Urgency } from '../knowledge/types.js';

/**
 * Model operating point, not a clinical threshold: the most urgent level whose conditions together hold at least
 * this much probability wins. Lower thresholds for the urgent levels trade over-triage for fewer missed emergencies.
 * Set a priori and deliberately not tuned on the evaluation vignettes; red-flag rules sit on top of this.
 */
export const URGENCY_MASS_THRESHOLD: Record<Exclude<Urgency, 'self_care'>, number> = {
  ambulance: 0.2,
  emergency_department: 0.25,
  within_24h: 0.35,
  planned: 0.4,
};

/**
 * Also an operating point: the emergency levels (emergency department, ambulance) count only when the answers moved
 * probability towards them — their mass must be at least this many times their mass before any answer (the prior
 * for the patient's age and sex). With 250 conditions, a third of them emergencies, a flat or uninformative
 * posterior ("don't know" to everything) holds about as much emergency mass as the prior, and knowing nothing must
 * never send anyone to the emergency department; red-flag rules, not this, catch danger signs. Their mass then
 * counts towards "within 24 hours" like any urgent uncertainty.
 */
export const EMERGENCY_EVIDENCE_LIFT = 1.5;
const EMERGENCY_LEVELS: ReadonlySet<Urgency> = new Set(['ambulance', 'emergency_department']);

/**
 * The same principle one step down: "see a doctor when convenient" (planned) counts only when the answers did not
 * make needing a doctor less likely than before any answer — its mass (planned or more urgent) must be at least this
 * many times the prior's. When the interview found nothing that points to a condition needing a doctor (a benign
 * complaint with every danger sign denied), the result is self-care with its advice and when to seek care, as in
 * NHS 111 / NICE CKS self-care dispositions for self-limiting illness (NICE NG120 Cough 2019, NG84 Sore throat
 * 2018). Operating point, set a priori like EMERGENCY_EVIDENCE_LIFT; "within 24 hours" is never lowered this way,
 * and it applies only when the interview knew the presenting complaint (`UrgencyEvidence.complaintKnown`): when it
 * is not even known what is wrong, nothing was ruled out and the patient should see a doctor.
 */
export const PLANNED_EVIDENCE_LIFT = 1;

export interface UrgencyEvidence {
  /** The model's posterior for this patient before any answer (age and sex only). */
  prior: ArrayLike<number>;
  /** Findings the patient has, for conditions whose urgency depends on them (`urgencyIf`). */
  yes: (findingId: string) => boolean;
  /** The interview followed a presenting complaint (see PLANNED_EVIDENCE_LIFT). */
  complaintKnown?: boolean;
}

export function urgencyMass(
  probabilities: ArrayLike<number>,
  ageMonths: number,
  yes?: (findingId: string) => boolean,
): number[] {
  const mass = URGENCY_LEVELS.map(() => 0);
  for (let k = 0; k < CONDITIONS.length; k++) {
    mass[urgencyRank(conditionUrgency(CONDITIONS[k]!, ageMonths, yes))]! += probabilities[k]!;
  }
  return mass;
}

/** Without `evidence` (synthetic-patient metrics) the emergency levels need no lift over the prior. */
export function modelUrgency(
  probabilities: ArrayLike<number>,
  ageMonths: number,
  evidence?: UrgencyEvidence,
): Urgency {
  const mass = urgencyMass(probabilities, ageMonths, evidence?.yes);
  const prior = evidence ? urgencyMass(evidence.prior, ageMonths) : undefined;
  let atLeast = 0;
  let priorAtLeast = 0;
  for (let rank = URGENCY_LEVELS.length - 1; rank >= 1; rank--) {
    atLeast += mass[rank]!;
    priorAtLeast += prior?.[rank] ?? 0;
    const level = URGENCY_LEVELS[rank] as Exclude<Urgency, 'self_care'>;
    const lift = EMERGENCY_LEVELS.has(level)
      ? EMERGENCY_EVIDENCE_LIFT
      : level === 'planned' && evidence?.complaintKnown
        ? PLANNED_EVIDENCE_LIFT
        : 0;
    const supported = !prior || atLeast >= lift * priorAtLeast;
    if (atLeast >= URGENCY_MASS_THRESHOLD[level] && supported) return level;
  }
  return 'self_care';
}
