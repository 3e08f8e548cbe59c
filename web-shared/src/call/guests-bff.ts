import type { ApiClient } from '@telemed/api/client';
import { readResult } from '../server/api.js';

// The BFF endpoints for a third participant: who is in the consultation (both apps' call pages) and, in the
// staff app, the doctor's invitation from the call.

const noStore = { headers: { 'cache-control': 'no-store' } };
const problem = (status: number, code: string | null = null) =>
  Response.json({ status, code }, { status, headers: { 'cache-control': 'no-store' } });

/** GET …/call/participants → the caller's part and the invited guests with their roles. */
export async function participantsResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  const result = await readResult(
    await api.appointments[':id'].participants.$get({ param: { id: appointmentId } }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code);
}

/** GET …/call/guests (the consulting doctor) → the colleagues she can invite. */
export async function guestCandidatesResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  const result = await readResult(
    await api.appointments[':id']['guest-candidates'].$get({ param: { id: appointmentId } }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code);
}

/** POST …/call/guests {accountId} or {login} (the consulting doctor) → 204 once invited. */
export async function inviteGuestResponse(
  api: ApiClient,
  appointmentId: string,
  request: Request,
): Promise<Response> {
  const input: unknown = await request.json().catch(() => null);
  const { accountId, login } = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const json = typeof accountId === 'string' ? { accountId } : typeof login === 'string' ? { login } : null;
  if (!json) return problem(400);
  const response = await api.appointments[':id'].guests.$post({ param: { id: appointmentId }, json });
  if (response.status === 204) return new Response(null, { status: 204 });
  const result = await readResult(response);
  return problem(response.status, result.ok ? null : result.problem.code);
}
