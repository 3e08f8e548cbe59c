import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

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

/** Names of findings by id, for showing what the checker understood and asked. */
export function findingNames(vocabulary: { findings: { id: string; name: { ru: string; en: string } }[] }) {
  const names = new Map(vocabulary.findings.map((f) => [f.id, f.name]));
  return (id: string) => names.get(id) ?? { ru: id, en: id };
}
