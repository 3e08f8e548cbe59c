import type { LinearWeights } from './weights.js';

/** Reference forward pass in plain TypeScript; the ONNX graph must agree with it (see test/onnx-parity.test.ts). */
export function logitsFromActive(weights: LinearWeights, active: Iterable<number>): Float64Array {
  const logits = Float64Array.from(weights.b);
  for (const i of active) addRow(weights, logits, i);
  return logits;
}

export function logitsFromDense(weights: LinearWeights, x: Float32Array): Float64Array {
  const logits = Float64Array.from(weights.b);
  for (let i = 0; i < weights.featureCount; i++) {
    const xi = x[i]!;
    if (xi === 0) continue;
    const row = i * weights.classCount;
    for (let k = 0; k < weights.classCount; k++) logits[k]! += xi * weights.W[row + k]!;
  }
  return logits;
}

/** Adds one weight row in place: how a single "yes"/"no" answer moves the logits. */
export function addRow(weights: LinearWeights, logits: Float64Array, feature: number): void {
  const row = feature * weights.classCount;
  for (let k = 0; k < weights.classCount; k++) logits[k]! += weights.W[row + k]!;
}

export function softmax(
  logits: ArrayLike<number>,
  out: Float64Array = new Float64Array(logits.length),
): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]!);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    const e = Math.exp(logits[k]! - max);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < logits.length; k++) out[k]! /= sum;
  return out;
}

export function forwardDense(weights: LinearWeights, x: Float32Array): Float64Array {
  return softmax(logitsFromDense(weights, x));
}
