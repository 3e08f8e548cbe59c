import { fail } from '@sveltejs/kit';
import { problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';

/**
 * An api refusal of an action on a request or a guarantee letter, explained in place above the page's forms;
 * the empty `fieldErrors` keeps the page's `form.fieldErrors` one shape for every outcome.
 */
export async function refusal(
  response: { status: number; statusText: string; json(): Promise<unknown> },
  locale: Locale,
) {
  const problem = await readProblem(response);
  return fail(problem.status, {
    message: problemMessage(problem, locale),
    fieldErrors: {} as Record<string, string>,
  });
}
