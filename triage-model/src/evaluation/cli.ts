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
const headline = {
  vignettes: report.vignettes,
  triageAccuracy: report.triageAccuracy,
  overTriageRate: report.overTriageRate,
  underTriageRate: report.underTriageRate,
  emergencyRecall: report.emergencyRecall,
  emergencyLevelRecall: report.emergencyLevelRecall,
  top1: report.top1,
  top3: report.top3,
  meanQuestions: report.meanQuestions,
};
console.log(JSON.stringify(headline, null, 2));
console.log(`${report.misses.length} vignettes missed (details in ${out})`);
if (report.emergencyRecall < 1) {
  console.error('Emergency recall on red-flag cases is below 100 %');
  process.exitCode = 1;
}
