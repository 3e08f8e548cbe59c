import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { simulatedAnswer } from '../../triage-model/src/evaluation/simulate.js';
import { VIGNETTES } from '../../triage-model/src/evaluation/vignettes/index.js';
import { loadTriageEngine } from '../../triage-model/src/interview/engine.js';
import { FEATURE_COUNT, activeFeatures, denseFeatures } from '../../triage-model/src/model/features.js';
import { BENCH_RESULTS_DIR } from '../../triage-model/src/paths.js';

/**
 * In-process latency of the triage model (npm run bench:triage -w triage-model):
 * ONNX inference of one patient, the TypeScript reference pass, one interview step (answer + choose the next
 * question), starting an interview from free text, and computing the final result.
 */
const ROUNDS = 5;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    samples: sorted.length,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1)!),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

const engine = await loadTriageEngine();
const inference: number[] = [];
const reference: number[] = [];
const steps: number[] = [];
const starts: number[] = [];
const results: number[] = [];

// Warm-up so JIT compilation and ONNX Runtime's first-run allocations are not measured.
for (const v of VIGNETTES.slice(0, 10))
  await engine.result(engine.start({ ...v, complaintText: v.complaint }));

for (let round = 0; round < ROUNDS; round++) {
  for (const v of VIGNETTES) {
    let t = performance.now();
    let state = engine.start({
      ageMonths: v.ageMonths,
      sex: v.sex,
      complaintText: v.complaint,
      locale: v.locale,
    });
    let question = engine.nextQuestion(state);
    starts.push(performance.now() - t);
    while (question) {
      t = performance.now();
      state = engine.answer(state, question.findingId, simulatedAnswer(v, question.findingId));
      question = engine.nextQuestion(state);
      steps.push(performance.now() - t);
    }
    t = performance.now();
    await engine.result(state);
    results.push(performance.now() - t);

    const yesNo = Object.fromEntries(
      Object.entries(v.findings).filter((e): e is [string, 'yes'] => e[1] === 'yes'),
    );
    const x = denseFeatures(activeFeatures(v.ageMonths, v.sex, yesNo));
    t = performance.now();
    await engine.infer([x]);
    inference.push(performance.now() - t);
    t = performance.now();
    engine.referenceForward(x);
    reference.push(performance.now() - t);
  }
}
await engine.close();

const report = {
  modelVersion: engine.modelVersion,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  featureCount: FEATURE_COUNT,
  onnxInference: stats(inference),
  referenceForward: stats(reference),
  interviewStep: stats(steps),
  interviewStart: stats(starts),
  result: stats(results),
  goal: { interviewStepP99Ms: 10, met: stats(steps).p99Ms < 10 },
};
await mkdir(BENCH_RESULTS_DIR, { recursive: true });
await writeFile(join(BENCH_RESULTS_DIR, 'triage.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
