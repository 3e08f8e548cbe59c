import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from '@medplum/fhirtypes';
import type { Row } from './query.js';

const item = (linkId: string, text: string, answers: string[]): QuestionnaireResponseItem[] =>
  answers.length ? [{ linkId, text, answer: answers.map((valueString) => ({ valueString })) }] : [];

/** A completed pre-visit interview: its urgency, specialist and findings, and the model version. */
export function questionnaireResponseResource(
  s: Row<'interviews'>,
  subject: Reference<Patient>,
): QuestionnaireResponse & { id: string } {
  const result = s.result;
  return {
    resourceType: 'QuestionnaireResponse',
    id: s.id,
    status: 'completed',
    subject,
    authored: (s.completedAt ?? s.updatedAt).toISOString(),
    item: [
      ...item('urgency', 'Срочность / Urgency', result ? [result.urgencyLabel.ru] : []),
      ...item('specialist', 'Специалист / Specialist', result ? [result.specialistLabel.ru] : []),
      ...item(
        'findings',
        'Симптомы / Findings',
        (result?.findings.positive ?? []).map((f) => f.name.ru),
      ),
      { linkId: 'model', text: 'Версия модели / Model version', answer: [{ valueString: s.modelVersion }] },
    ],
  };
}
