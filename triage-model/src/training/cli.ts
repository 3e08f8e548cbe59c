import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderModelCard } from '../evaluation/model-card.js';
import { evaluateVignettes } from '../evaluation/run-evaluation.js';
import { loadTriageEngine } from '../interview/engine.js';
import { MODEL_CARD_FILE } from '../model/manifest.js';
import { ARTIFACTS_DIR } from '../paths.js';
import { DEFAULT_TRAIN_CONFIG, trainAndExport } from './pipeline.js';

/** npm run train -w triage-model [-- --seed N --out DIR] */
const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
const outDir = values.out ?? ARTIFACTS_DIR;
const seed = values.seed === undefined ? DEFAULT_TRAIN_CONFIG.seed : Number(values.seed);

const manifest = await trainAndExport(outDir, { ...DEFAULT_TRAIN_CONFIG, seed });
const engine = await loadTriageEngine({ artifactsDir: outDir });
const report = await evaluateVignettes(engine);
await engine.close();
await writeFile(join(outDir, MODEL_CARD_FILE), renderModelCard(manifest, report));
console.log(`model ${manifest.modelVersion} → ${outDir}`);
console.log(`synthetic validation: ${JSON.stringify(manifest.training.validation)}`);
const dev = report.runs.find((r) => r.set === 'dev' && r.patient === 'B')?.metrics.all;
console.log(
  `dev vignettes (patient B): 3-level ${dev?.accuracy3}, emergency recall ${dev?.emergencyRecall}, top-3 ${dev?.top3}`,
);
