import { error } from '@sveltejs/kit';
import { readResult, statusForApiProblem } from '@telemed/web-shared/server';

/**
 * The body of a successful api answer for a page load. The api's refusals become this app's 4xx pages ("not
 * found" stays 404: the api says it for anything the user may not see, so the page never reveals it exists).
 */
export async function unwrap<R extends { status: number; statusText: string; json(): Promise<unknown> }>(
  response: R,
) {
  const result = await readResult(response);
  if (result.ok) return result.data;
  // The error page words the status itself; the code is only for the logs.
  error(statusForApiProblem(result.problem.status), result.problem.code ?? undefined);
}
