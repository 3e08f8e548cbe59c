import { softmax } from '../model/forward.js';
import type { LinearWeights } from '../model/weights.js';
import { shuffleInPlace, type Rng } from './prng.js';
import type { Example } from './sampler.js';

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
}

/** Mini-batch Adam on the cross-entropy of a softmax regression with sparse 0/1 inputs. Float64 throughout. */
export function trainSoftmaxRegression(
  rng: Rng,
  data: Example[],
  featureCount: number,
  classCount: number,
  opts: TrainOptions,
): { weights: LinearWeights; losses: number[] } {
  const P = featureCount * classCount + classCount;
  const theta = new Float64Array(P);
  const grad = new Float64Array(P);
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const biasOffset = featureCount * classCount;
  const logits = new Float64Array(classCount);
  const probs = new Float64Array(classCount);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const losses: number[] = [];
  const order = data.map((_, i) => i);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(rng, order);
    const lr = opts.learningRate / (1 + epoch);
    let lossSum = 0;
    for (let start = 0; start < order.length; start += opts.batchSize) {
      const end = Math.min(order.length, start + opts.batchSize);
      grad.fill(0);
      for (let n = start; n < end; n++) {
        const ex = data[order[n]!]!;
        for (let k = 0; k < classCount; k++) logits[k] = theta[biasOffset + k]!;
        for (const i of ex.active) {
          const row = i * classCount;
          for (let k = 0; k < classCount; k++) logits[k]! += theta[row + k]!;
        }
        softmax(logits, probs);
        lossSum -= Math.log(Math.max(probs[ex.label]!, 1e-12));
        probs[ex.label]! -= 1;
        for (let k = 0; k < classCount; k++) grad[biasOffset + k]! += probs[k]!;
        for (const i of ex.active) {
          const row = i * classCount;
          for (let k = 0; k < classCount; k++) grad[row + k]! += probs[k]!;
        }
      }
      const scale = 1 / (end - start);
      step++;
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      for (let p = 0; p < P; p++) {
        const g = grad[p]! * scale + opts.l2 * theta[p]!;
        m[p] = beta1 * m[p]! + (1 - beta1) * g;
        v[p] = beta2 * v[p]! + (1 - beta2) * g * g;
        theta[p]! -= (lr * (m[p]! / c1)) / (Math.sqrt(v[p]! / c2) + 1e-8);
      }
    }
    losses.push(lossSum / order.length);
  }
  return {
    weights: {
      featureCount,
      classCount,
      W: Float32Array.from(theta.subarray(0, biasOffset)),
      b: Float32Array.from(theta.subarray(biasOffset)),
    },
    losses,
  };
}
