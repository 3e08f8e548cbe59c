import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../src/evaluation/vignettes/index.js';
import { loadTriageEngine, type TriageEngine } from '../src/index.js';
import { FEATURE_COUNT, activeFeatures, denseFeatures } from '../src/model/features.js';
import { createRng } from '../src/training/prng.js';

let engine: TriageEngine;
beforeAll(async () => {
  engine = await loadTriageEngine();
});
afterAll(async () => {
  await engine?.close();
});

function samples(): Float32Array[] {
  const out = VIGNETTES.slice(0, 40).map((v) => {
    const yes = Object.fromEntries(
      Object.entries(v.findings).flatMap(([id, x]) => (x === 'yes' ? [[id, 'yes' as const]] : [])),
    );
    return denseFeatures(activeFeatures(v.ageMonths, v.sex, yes));
  });
  const rng = createRng(7);
  for (let n = 0; n < 40; n++) {
    const x = new Float32Array(FEATURE_COUNT);
    for (let i = 0; i < FEATURE_COUNT; i++) if (rng.next() < 0.1) x[i] = 1;
    out.push(x);
  }
  out.push(new Float32Array(FEATURE_COUNT));
  return out;
}

describe('ONNX model', () => {
  it('matches the TypeScript reference forward pass within 1e-5', async () => {
    const inputs = samples();
    const onnx = await engine.infer(inputs);
    inputs.forEach((x, n) => {
      const reference = engine.referenceForward(x);
      const got = onnx[n]!;
      expect(got.length).toBe(reference.length);
      let sum = 0;
      for (let k = 0; k < got.length; k++) {
        expect(Math.abs(got[k]! - reference[k]!)).toBeLessThan(1e-5);
        sum += got[k]!;
      }
      expect(sum).toBeCloseTo(1, 5);
    });
  });

  it('gives the same answer for a row alone and inside a batch', async () => {
    const inputs = samples().slice(0, 5);
    const batch = await engine.infer(inputs);
    const [single] = await engine.infer([inputs[3]!]);
    expect(Array.from(single!)).toEqual(Array.from(batch[3]!));
  });
});
