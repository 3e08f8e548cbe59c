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

export function urgencyMass(probabilities: ArrayLike<number>, ageMonths: number): number[] {
  const mass = URGENCY_LEVELS.map(() => 0);
  for (let k = 0; k < CONDITIONS.length; k++) {
    mass[urgencyRank(conditionUrgency(CONDITIONS[k]!, ageMonths))]! += probabilities[k]!;
  }
  return mass;
}

export function modelUrgency(probabilities: ArrayLike<number>, ageMonths: number): Urgency {
  const mass = urgencyMass(probabilities, ageMonths);
  let atLeast = 0;
  for (let rank = URGENCY_LEVELS.length - 1; rank >= 1; rank--) {
    atLeast += mass[rank]!;
    const level = URGENCY_LEVELS[rank] as Exclude<Urgency, 'self_care'>;
    if (atLeast >= URGENCY_MASS_THRESHOLD[level]) return level;
  }
  return 'self_care';
}
