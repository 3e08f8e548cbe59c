import { codeForStatus, isProblemCode, problemCodes, type ProblemCode } from '@telemed/api/problem-codes';
import { messages } from './index.js';
import type { Locale } from './locales.js';

type Params = Record<string, string | number>;

/** The text of one code, or null when the code is unknown or its parameters did not arrive. */
function textFor(code: string | null | undefined, params: Params | undefined, locale: Locale): string | null {
  if (!isProblemCode(code)) return null;
  const names: readonly string[] = problemCodes[code];
  const given = params ?? {};
  if (!names.every((name) => name in given)) return null;
  const text = messages(locale).problems[code] as string | ((p: Params) => string);
  return typeof text === 'function' ? text(given) : text;
}

/**
 * What an api problem means, in the reader's language: the text of its stable code, else the generic text for
 * its status. Never the api's English `detail`, which is for api consumers and logs.
 */
export function problemMessage(
  problem: { status: number; code?: string | null; params?: Params },
  locale: Locale,
): string {
  return (
    textFor(problem.code, problem.params, locale) ??
    (textFor(codeForStatus(problem.status), {}, locale) as string)
  );
}

/** A field error's text in the reader's language, or null when the api gave no code this app knows. */
export function fieldProblemMessage(
  error: { code?: string | null; params?: Params },
  locale: Locale,
): string | null {
  return textFor(error.code, error.params, locale);
}

export type { ProblemCode };

/** A problem's field errors, each in the reader's language (the problem's own text where a field has no code). */
export function fieldProblemMessages(
  problem: {
    status: number;
    code?: string | null;
    params?: Params;
    errors: { path: string; code?: string | undefined; params?: Params | undefined }[];
  },
  locale: Locale,
): { path: string; message: string }[] {
  return problem.errors.map((error) => ({
    path: error.path,
    message: fieldProblemMessage(error, locale) ?? problemMessage(problem, locale),
  }));
}
