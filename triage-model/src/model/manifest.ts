import { z } from 'zod';

export const MODEL_FILE = 'model.onnx';
export const VOCABULARY_FILE = 'vocabulary.json';
export const MANIFEST_FILE = 'manifest.json';
export const MODEL_CARD_FILE = 'model-card.md';

export const ManifestSchema = z.object({
  modelVersion: z.string(),
  knowledgeBaseVersion: z.string(),
  knowledgeBaseHash: z.string().length(64),
  seed: z.number().int(),
  files: z.object({
    model: z.object({ name: z.literal(MODEL_FILE), sha256: z.string().length(64), bytes: z.number().int() }),
    vocabulary: z.object({ name: z.literal(VOCABULARY_FILE), sha256: z.string().length(64) }),
  }),
  input: z.object({ name: z.string(), featureCount: z.number().int() }),
  outputs: z.object({ probabilities: z.string(), logits: z.string(), classCount: z.number().int() }),
  training: z.object({
    samplesPerCondition: z.number().int(),
    epochs: z.number().int(),
    finalLoss: z.number(),
    validation: z.object({
      cases: z.number(),
      top1: z.number(),
      top3: z.number(),
      urgencyAccuracy: z.number(),
    }),
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
