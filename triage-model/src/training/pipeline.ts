import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONDITIONS, prevalenceWeight } from '../knowledge/catalogue.js';
import { knowledgeBaseHash } from '../knowledge/hash.js';
import { KNOWLEDGE_BASE_VERSION } from '../knowledge/version.js';
import { FEATURE_COUNT } from '../model/features.js';
import { MANIFEST_FILE, MODEL_FILE, VOCABULARY_FILE, type Manifest } from '../model/manifest.js';
import { INPUT_NAME, LOGITS_NAME, OUTPUT_NAME, buildOnnxModel } from '../model/onnx-graph.js';
import { syntheticMetrics } from './metrics.js';
import { createRng } from './prng.js';
import { balancedDataset, prevalenceDataset } from './sampler.js';
import { trainSoftmaxRegression } from './softmax-regression.js';
import { buildVocabulary } from './vocabulary.js';

export interface TrainConfig {
  seed: number;
  samplesPerCondition: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  validationSize: number;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  seed: 20261122,
  samplesPerCondition: 800,
  epochs: 5,
  batchSize: 256,
  learningRate: 0.02,
  l2: 1e-5,
  validationSize: 10000,
};

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** Trains from the knowledge base and writes model.onnx, vocabulary.json and manifest.json into `outDir`. */
export async function trainAndExport(
  outDir: string,
  config: TrainConfig = DEFAULT_TRAIN_CONFIG,
): Promise<Manifest> {
  const rng = createRng(config.seed);
  const data = balancedDataset(rng, config.samplesPerCondition);
  const { weights, losses } = trainSoftmaxRegression(rng, data, FEATURE_COUNT, CONDITIONS.length, config);
  // Trained on balanced classes; shift the biases by log prior so the output reflects real prevalence.
  CONDITIONS.forEach((c, k) => (weights.b[k] = weights.b[k]! + Math.log(prevalenceWeight(c))));
  const validation = syntheticMetrics(
    weights,
    prevalenceDataset(createRng(config.seed + 1), config.validationSize),
  );

  const doc = `Telemed triage model: softmax regression over ${CONDITIONS.length} conditions, knowledge base ${KNOWLEDGE_BASE_VERSION}, seed ${config.seed}.`;
  const onnxBytes = buildOnnxModel(weights, KNOWLEDGE_BASE_VERSION, doc);
  // The version changes when either the weights or anything in the knowledge base (names, urgencies…) changes.
  const kbHash = knowledgeBaseHash();
  const modelVersion = `${KNOWLEDGE_BASE_VERSION}+${sha256(`${sha256(onnxBytes)}:${kbHash}`).slice(0, 12)}`;
  const vocabularyText = `${JSON.stringify(buildVocabulary(modelVersion), null, 2)}\n`;

  const manifest: Manifest = {
    modelVersion,
    knowledgeBaseVersion: KNOWLEDGE_BASE_VERSION,
    knowledgeBaseHash: kbHash,
    seed: config.seed,
    files: {
      model: { name: MODEL_FILE, sha256: sha256(onnxBytes), bytes: onnxBytes.length },
      vocabulary: { name: VOCABULARY_FILE, sha256: sha256(vocabularyText) },
    },
    input: { name: INPUT_NAME, featureCount: FEATURE_COUNT },
    outputs: { probabilities: OUTPUT_NAME, logits: LOGITS_NAME, classCount: CONDITIONS.length },
    training: {
      samplesPerCondition: config.samplesPerCondition,
      epochs: config.epochs,
      finalLoss: Math.round(losses.at(-1)! * 1e6) / 1e6,
      validation,
    },
  };
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, MODEL_FILE), onnxBytes);
  await writeFile(join(outDir, VOCABULARY_FILE), vocabularyText);
  await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
