import fs from 'node:fs';
import { createRequire } from 'node:module';
import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

const require = createRequire(import.meta.url);

export const vocabularySchema = z
  .looseObject({
    modelVersion: z.string(),
    urgencyLevels: z.array(z.looseObject({ id: z.string(), rank: z.number(), name: localizedTextSchema })),
    specialists: z.array(z.looseObject({ id: z.string(), name: localizedTextSchema })),
    findings: z.array(z.looseObject({ id: z.string(), kind: z.string(), name: localizedTextSchema })),
    conditions: z.array(
      z.looseObject({ id: z.string(), name: localizedTextSchema, icd10: z.string(), urgency: z.string() }),
    ),
  })
  .openapi('TriageVocabulary');

export type Vocabulary = z.infer<typeof vocabularySchema>;

/** The published vocabulary of the symptom checker (findings, conditions, urgency levels), ids and names. */
export function loadVocabulary(): Vocabulary & { findingName(id: string): { ru: string; en: string } } {
  const file = require.resolve('@telemed/triage-model/artifacts/vocabulary.json');
  const vocabulary = vocabularySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const names = new Map(vocabulary.findings.map((f) => [f.id, f.name]));
  return { ...vocabulary, findingName: (id) => names.get(id) ?? { ru: id, en: id } };
}
