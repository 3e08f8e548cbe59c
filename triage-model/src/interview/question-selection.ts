import {
  BOOLEAN_FINDINGS,
  CONDITIONS,
  NUMERIC_FINDINGS,
  booleanIndex,
  conditionUrgency,
  isApplicable,
  likelihood,
  urgencyRank,
} from '../knowledge/catalogue.js';
import { deriveVitals } from '../knowledge/derive-vitals.js';
import type { NumericFinding, Sex } from '../knowledge/types.js';
import { URGENCY_LEVELS } from '../knowledge/types.js';
import { activeFeatures, answerFeature, type YesNo } from '../model/features.js';
import { addRow, logitsFromActive, softmax } from '../model/forward.js';
import type { LinearWeights } from '../model/weights.js';
import type { EffectiveFindings } from './effective-findings.js';

/** P(finding = yes | condition) for every yes/no finding, [finding × condition], read once from the knowledge base. */
export function likelihoodMatrix(): Float64Array {
  const K = CONDITIONS.length;
  const L = new Float64Array(BOOLEAN_FINDINGS.length * K);
  BOOLEAN_FINDINGS.forEach((f, i) => CONDITIONS.forEach((c, k) => (L[i * K + k] = likelihood(c, f))));
  return L;
}

function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < p.length; k++) {
    const v = p[k]!;
    if (v > 0) h -= v * Math.log(v);
  }
  return h;
}

export interface Candidate {
  findingId: string;
  gain: number;
}

/**
 * Information gain is measured on the condition distribution plus, with weight URGENCY_WEIGHT, on the urgency
 * distribution — triage cares most about getting the urgency right, so questions that split urgent from
 * non-urgent explanations get a bonus.
 */
const URGENCY_WEIGHT = 1;
/** Logit of a condition outside the plausible set: exp() of it is exactly 0, and 0 × it stays finite. */
const IMPLAUSIBLE = -1e9;

export class QuestionSelector {
  private readonly K: number;
  private readonly scratch: Float64Array;
  private readonly probs: Float64Array;
  private readonly byUrgency = new Float64Array(URGENCY_LEVELS.length);

  constructor(
    private readonly weights: LinearWeights,
    private readonly L: Float64Array,
  ) {
    this.K = weights.classCount;
    this.scratch = new Float64Array(this.K);
    this.probs = new Float64Array(this.K);
  }

  /**
   * Logits restricted to the plausible conditions (`mask`, see complaint-focus.ts): questions are chosen to tell
   * these apart, so a sore throat never leads to questions that only separate strokes from heart attacks.
   */
  private logits(
    ageMonths: number,
    sex: Sex,
    yesNo: Readonly<Record<string, YesNo>>,
    mask: Uint8Array,
  ): Float64Array {
    const logits = logitsFromActive(this.weights, activeFeatures(ageMonths, sex, yesNo));
    for (let k = 0; k < this.K; k++) if (mask[k] === 0) logits[k] = IMPLAUSIBLE;
    return logits;
  }

  /** The posterior among the plausible conditions. */
  posterior(
    ageMonths: number,
    sex: Sex,
    yesNo: Readonly<Record<string, YesNo>>,
    mask: Uint8Array,
  ): Float64Array {
    return softmax(this.logits(ageMonths, sex, yesNo, mask));
  }

  /** P(finding = yes) predicted from a posterior over all conditions: Σ p(condition) × P(finding | condition). */
  predictiveYes(p: ArrayLike<number>, findingId: string): number {
    const row = booleanIndex.get(findingId)! * this.K;
    let pYes = 0;
    for (let k = 0; k < this.K; k++) pYes += p[k]! * this.L[row + k]!;
    return pYes;
  }

  /** Entropy of the condition distribution (via log-sum-exp, one log) plus weighted entropy of urgency levels. */
  private score(logits: Float64Array, ranks: Int8Array): number {
    let max = -Infinity;
    for (let k = 0; k < this.K; k++) max = Math.max(max, logits[k]!);
    let z = 0;
    let weighted = 0;
    for (let k = 0; k < this.K; k++) {
      const e = Math.exp(logits[k]! - max);
      this.probs[k] = e;
      z += e;
      weighted += e * (logits[k]! - max);
    }
    this.byUrgency.fill(0);
    for (let k = 0; k < this.K; k++) this.byUrgency[ranks[k]!]! += this.probs[k]! / z;
    return Math.log(z) - weighted / z + URGENCY_WEIGHT * entropy(this.byUrgency);
  }

  /**
   * Best question by expected information gain among the applicable, not yet answered findings, measured on the
   * plausible conditions (`mask`). Urgency levels use the findings known now (a hypothetical answer's `urgencyIf`
   * effect is not scored).
   */
  best(
    ageMonths: number,
    sex: Sex,
    eff: EffectiveFindings,
    asked: ReadonlySet<string>,
    mask: Uint8Array,
  ): Candidate | undefined {
    const K = this.K;
    const yes = (id: string): boolean => eff.yesNo[id] === 'yes';
    const ranks = Int8Array.from(CONDITIONS, (c) => urgencyRank(conditionUrgency(c, ageMonths, yes)));
    const logits = this.logits(ageMonths, sex, eff.yesNo, mask);
    const p = softmax(logits);
    const h0 = this.score(logits, ranks);
    let best: Candidate | undefined;
    const consider = (findingId: string, gain: number): void => {
      if (gain > (best?.gain ?? -Infinity)) best = { findingId, gain };
    };

    // Branch and bound: in exact Bayesian terms an answer cannot carry more information than its own entropy (once
    // per entropy scored), so candidates are scored in order of that bound and the search stops when none can win.
    // This keeps a step well under a millisecond on the 2-core box.
    const candidates: Array<{ id: string; row: number; pYes: number; bound: number }> = [];
    for (const f of BOOLEAN_FINDINGS) {
      if (f.derivedOnly || eff.known.has(f.id) || asked.has(f.id) || !isApplicable(f, ageMonths, sex))
        continue;
      const row = booleanIndex.get(f.id)! * K;
      let pYes = 0;
      for (let k = 0; k < K; k++) pYes += p[k]! * this.L[row + k]!;
      candidates.push({ id: f.id, row, pYes, bound: (1 + URGENCY_WEIGHT) * entropy([pYes, 1 - pYes]) });
    }
    candidates.sort((a, b) => b.bound - a.bound || a.row - b.row);
    for (const c of candidates) {
      if (best && c.bound <= best.gain) break;
      let expected = 0;
      for (const value of ['yes', 'no'] as const) {
        this.scratch.set(logits);
        addRow(this.weights, this.scratch, answerFeature(c.id, value));
        expected += (value === 'yes' ? c.pYes : 1 - c.pYes) * this.score(this.scratch, ranks);
      }
      consider(c.id, h0 - expected);
    }

    for (const n of NUMERIC_FINDINGS) {
      if (n.pairedWith !== undefined || eff.known.has(n.id) || asked.has(n.id)) continue;
      consider(n.id, this.numericGain(n, eff, logits, p, h0, ranks));
    }
    return best;
  }

  /** Expected gain of a measurement, over its clinically distinct ranges (buckets). */
  private numericGain(
    n: NumericFinding,
    eff: EffectiveFindings,
    logits: Float64Array,
    p: Float64Array,
    h0: number,
    ranks: Int8Array,
  ): number {
    const K = this.K;
    const outcomes: Array<{ logits: Float64Array; likelihood: Float64Array }> = [];
    for (const v of n.buckets) {
      const derived = deriveVitals({ ...eff.numeric, [n.id]: v });
      const next = Float64Array.from(logits);
      const lik = new Float64Array(K).fill(1);
      let contradicts = false;
      for (const [id, value] of Object.entries(derived)) {
        const old = eff.yesNo[id];
        if (old === value) continue;
        if (old !== undefined && eff.answeredDirectly.has(id)) contradicts = true;
        if (old !== undefined) {
          const row = answerFeature(id, old) * K;
          for (let k = 0; k < K; k++) next[k]! -= this.weights.W[row + k]!;
        }
        addRow(this.weights, next, answerFeature(id, value));
        const lrow = booleanIndex.get(id)! * K;
        for (let k = 0; k < K; k++) lik[k]! *= value === 'yes' ? this.L[lrow + k]! : 1 - this.L[lrow + k]!;
      }
      if (!contradicts) outcomes.push({ logits: next, likelihood: lik });
    }
    if (outcomes.length < 2) return 0;
    // Normalise P(bucket | condition) over the buckets that remain possible.
    const norm = new Float64Array(K);
    for (const o of outcomes) for (let k = 0; k < K; k++) norm[k]! += o.likelihood[k]!;
    let expected = 0;
    for (const o of outcomes) {
      let pOutcome = 0;
      for (let k = 0; k < K; k++) pOutcome += (p[k]! * o.likelihood[k]!) / norm[k]!;
      expected += pOutcome * this.score(o.logits, ranks);
    }
    return h0 - expected;
  }
}
