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

type FindingFacts = { name: { ru: string; en: string }; kind: 'boolean' | 'numeric' };

/** Names and kinds of findings by id, for showing what the checker understood and asked. */
export function findingFacts(vocabulary: {
  findings: { id: string; kind: string; name: { ru: string; en: string } }[];
}) {
  const facts = new Map(
    vocabulary.findings.map((f): [string, FindingFacts] => [
      f.id,
      { name: f.name, kind: f.kind === 'numeric' ? 'numeric' : 'boolean' },
    ]),
  );
  return (id: string): FindingFacts => facts.get(id) ?? { name: { ru: id, en: id }, kind: 'boolean' };
}
