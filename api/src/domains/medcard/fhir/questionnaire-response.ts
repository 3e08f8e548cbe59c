import { z } from '@hono/zod-openapi';
import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from '@medplum/fhirtypes';
import type { Row } from './query.js';

const label = z.object({ ru: z.string(), en: z.string() });
/** The part of a completed interview's result the export states. */
const triageSummary = z
  .object({
    urgencyLabel: label,
    specialistLabel: label,
    findings: z.object({ positive: z.array(z.object({ name: label })) }),
  })
  .partial();

const item = (linkId: string, text: string, answers: string[]): QuestionnaireResponseItem[] =>
  answers.length ? [{ linkId, text, answer: answers.map((valueString) => ({ valueString })) }] : [];

/** A completed pre-visit interview: its urgency, specialist and findings, and the model version. */
export function questionnaireResponseResource(
  s: Row<'interviews'>,
  subject: Reference<Patient>,
): QuestionnaireResponse & { id: string } {
  const summary = triageSummary.safeParse(s.result ?? {});
  const result = summary.success ? summary.data : {};
  return {
    resourceType: 'QuestionnaireResponse',
    id: s.id,
    status: 'completed',
    subject,
    authored: (s.completedAt ?? s.updatedAt).toISOString(),
    item: [
      ...item('urgency', 'Срочность / Urgency', result.urgencyLabel ? [result.urgencyLabel.ru] : []),
      ...item(
        'specialist',
        'Специалист / Specialist',
        result.specialistLabel ? [result.specialistLabel.ru] : [],
      ),
      ...item(
        'findings',
        'Симптомы / Findings',
        (result.findings?.positive ?? []).map((f) => f.name.ru),
      ),
      { linkId: 'model', text: 'Версия модели / Model version', answer: [{ valueString: s.modelVersion }] },
    ],
  };
}
