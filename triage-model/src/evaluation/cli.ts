import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTriageEngine } from '../interview/engine.js';
import { MODEL_CARD_FILE } from '../model/manifest.js';
import { ARTIFACTS_DIR, BENCH_RESULTS_DIR } from '../paths.js';
import { renderModelCard } from './model-card.js';
import { evaluateVignettes } from './run-evaluation.js';

/** npm run eval:triage -w triage-model → bench/results/triage-eval.json and the metrics section of model-card.md. */
const engine = await loadTriageEngine();
const report = await evaluateVignettes(engine);
await engine.close();
await mkdir(BENCH_RESULTS_DIR, { recursive: true });
const out = join(BENCH_RESULTS_DIR, 'triage-eval.json');
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(ARTIFACTS_DIR, MODEL_CARD_FILE), renderModelCard(engine.manifest, report));
console.table(
  report.runs.flatMap((r) =>
    Object.entries(r.metrics).map(([locale, m]) => ({
      set: r.set,
      patient: r.patient,
      locale,
      n: m.cases,
      acc3: m.accuracy3,
      acc5: m.accuracy5,
      acc5Lenient: m.accuracy5Lenient,
      emergRecall: m.emergencyRecall,
      under: m.underTriage,
      underLenient: m.underTriageLenient,
      over: m.overTriage,
      selfCare: m.selfCareAccuracy,
      top1: m.top1,
      top3: m.top3,
      inKb: m.diagnosable,
      qMedian: m.questionsMedian,
      qP90: m.questionsP90,
    })),
  ),
);
for (const [set, k] of Object.entries(report.answerKeys))
  console.log(`${set} answer key:`, JSON.stringify(k));
console.log(`per-case results in ${out}`);
