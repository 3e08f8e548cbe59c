import { fail } from '@sveltejs/kit';
import { fieldProblemMessages, problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';

/** A form field as trimmed text ('' when absent). */
export const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** A number field; NaN when empty, so the api names it in its refusal. */
export const numberField = (form: FormData, name: string) => Number(field(form, name) || Number.NaN);

/**
 * An api refusal of an admin console form: the form's message in the reader's language (each bad field's
 * text, or the problem's), with `extra` for the page to tell which form it was.
 */
export async function refused<Extra extends Record<string, unknown>>(
  response: { status: number; statusText: string; json(): Promise<unknown> },
  locale: Locale,
  extra: Extra,
) {
  const problem = await readProblem(response);
  const fields = fieldProblemMessages(problem, locale);
  const message = fields.length
    ? [...new Set(fields.map((f) => f.message))].join(' ')
    : problemMessage(problem, locale);
  return fail(problem.status >= 400 ? problem.status : 502, { ...extra, message });
}
