import { isUuid } from '../server/ids.js';
import type { ApiClient } from '@telemed/api/client';
import { readResult } from '../server/api.js';

// The two BFF endpoints behind a call page, the same in both apps: the browser never holds the api session,
// so it asks its own app for a join grant and for the chat history, and the app asks the api as this user.

/** POST …/call/grant → the api's join grant, or its problem with the api's status (404, 409). */
export async function grantResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  if (!isUuid(appointmentId)) return problem(404);
  const result = await readResult(await api.appointments[':id'].join.$post({ param: { id: appointmentId } }));
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.detail);
}

/** GET …/call/messages → the consultation's chat history. */
export async function historyResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  if (!isUuid(appointmentId)) return problem(404);
  const result = await readResult(
    await api.appointments[':id'].messages.$get({ param: { id: appointmentId } }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.detail);
}

// Tokens and medical chat must not sit in any cache.
const noStore = { headers: { 'cache-control': 'no-store' } };

function problem(status: number, detail = '') {
  return Response.json({ status, detail }, { status, headers: { 'cache-control': 'no-store' } });
}
