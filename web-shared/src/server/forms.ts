import type { z } from 'zod';

/** What a failed form action hands back to its page: the values to refill and the errors to show. */
export interface FormFailure<Field extends string = string> {
  status: number;
  values: Partial<Record<Field, string>>;
  fieldErrors: Partial<Record<Field, string>>;
  /** An error about the whole form (wrong password, service down), shown above it. */
  message: string | null;
}

export type FormOutcome<Field extends string = string> =
  { ok: true } | { ok: false; failure: FormFailure<Field> };

/** The text fields of a submitted form; files and repeated fields are not used by these forms. */
export function formValues<Field extends string>(
  data: FormData,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = data.get(field);
    values[field] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}

/** The first zod issue per field, keyed by the field name. */
export function fieldErrorsFrom<Field extends string>(error: z.ZodError, fields: readonly Field[]) {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = fields.find((f) => f === issue.path[0]);
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return fieldErrors;
}
