import { error } from '@sveltejs/kit';
import { readResult } from '@telemed/web-shared/server';

/**
 * The body of a successful api answer for a page load. "Not found" from the api becomes this app's 404 page
 * (the api says 404 for anything the user may not see, so the page never reveals that it exists).
 */
export async function unwrap<R extends { status: number; statusText: string; json(): Promise<unknown> }>(
  response: R,
) {
  const result = await readResult(response);
  if (result.ok) return result.data;
  const status = result.problem.status;
  error(status === 404 || status === 403 ? status : 502, result.problem.detail);
}
