import { CONDITIONS } from '../knowledge/catalogue.js';
import { logitsFromActive, softmax } from '../model/forward.js';
import { modelUrgency } from '../model/urgency-decision.js';
import type { LinearWeights } from '../model/weights.js';
import { AGE_OFFSET, SEX_OFFSET } from '../model/features.js';
import { BAND_LOWER_MONTHS, AGE_BANDS } from '../knowledge/age-bands.js';
import { conditionUrgency } from '../knowledge/catalogue.js';
import type { Example } from './sampler.js';

export interface SyntheticMetrics {
  cases: number;
  top1: number;
  top3: number;
  urgencyAccuracy: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Accuracy of the model alone (no interview, no red-flag rules) on held-out synthetic patients. */
export function syntheticMetrics(weights: LinearWeights, data: readonly Example[]): SyntheticMetrics {
  let top1 = 0;
  let top3 = 0;
  let urgency = 0;
  for (const ex of data) {
    const p = softmax(logitsFromActive(weights, ex.active));
    const ranked = [...p.keys()].sort((a, b) => p[b]! - p[a]!);
    if (ranked[0] === ex.label) top1++;
    if (ranked.slice(0, 3).includes(ex.label)) top3++;
    const band = AGE_BANDS[[...ex.active].find((i) => i >= AGE_OFFSET && i < SEX_OFFSET)! - AGE_OFFSET]!;
    const age = BAND_LOWER_MONTHS[band];
    if (modelUrgency(p, age) === conditionUrgency(CONDITIONS[ex.label]!, age)) urgency++;
  }
  const n = data.length;
  return { cases: n, top1: round(top1 / n), top3: round(top3 / n), urgencyAccuracy: round(urgency / n) };
}
