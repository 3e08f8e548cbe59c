import { fieldProblemMessage, problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem, type ApiClient } from '@telemed/web-shared/server';
import { unwrap } from './api';

/** The price and coverage of an online consultation with a specialty, for the booking steps. */
export function consultationPrice(api: ApiClient, patientId: string, specialty: string) {
  return api.patients[':id'].coverage
    .$get({ param: { id: patientId }, query: { service: 'telemedicine', specialty } })
    .then(unwrap);
}

/** A refused form's problem in the reader's language: per-field texts, else one message for the form. */
export async function formProblem<Field extends string>(
  response: Parameters<typeof readProblem>[0],
  fields: readonly Field[],
  locale: Locale,
) {
  const problem = await readProblem(response);
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const error of problem.errors) {
    const field = fields.find((f) => f === error.path);
    if (field && !fieldErrors[field]) fieldErrors[field] = fieldProblemMessage(error, locale) ?? undefined;
  }
  const placed = Object.values(fieldErrors).some(Boolean);
  return { status: problem.status, fieldErrors, message: placed ? null : problemMessage(problem, locale) };
}

/** The text fields of a form, trimmed; missing ones are empty. */
export function textFields<Field extends string>(data: FormData, fields: readonly Field[]) {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = data.get(field);
    values[field] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}
