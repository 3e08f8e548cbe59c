import type { ApiClient } from '@telemed/api/client';
import { readResult } from '../server/api.js';

// The two BFF endpoints behind a call page, the same in both apps: the browser never holds the api session,
// so it asks its own app for a join grant and for the chat history, and the app asks the api as this user.

/**
 * POST …/call/grant → the api's join grant, or its problem with the api's status (404, 409) and parameters
 * (`opensAt` of a call not open yet, so the page can say when it opens).
 */
export async function grantResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  const result = await readResult(await api.appointments[':id'].join.$post({ param: { id: appointmentId } }));
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code, result.problem.params);
}

/** GET …/call/messages → the consultation's chat history. */
export async function historyResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  const result = await readResult(
    await api.appointments[':id'].messages.$get({ param: { id: appointmentId } }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code);
}

/**
 * POST …/call/messages {id, body} → the message stored by the api directly: the chat of a consultation whose
 * sfu cannot be reached (idempotent by the client's id).
 */
export async function postMessageResponse(
  api: ApiClient,
  appointmentId: string,
  request: Request,
): Promise<Response> {
  const input = await jsonInput(request);
  if (!input) return problem(400);
  const result = await readResult(
    await api.appointments[':id'].messages.$post({
      param: { id: appointmentId },
      json: { id: String(input.id ?? ''), body: String(input.body ?? '') },
    }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code);
}

/** POST …/call/events {type} → recorded on the appointment (the sfu could not be reached). */
export async function callEventResponse(
  api: ApiClient,
  appointmentId: string,
  request: Request,
): Promise<Response> {
  const input = await jsonInput(request);
  if (input?.type !== 'media_unavailable') return problem(400);
  const response = await api.appointments[':id']['call-events'].$post({
    param: { id: appointmentId },
    json: { type: input.type },
  });
  return response.status === 204 ? new Response(null, { status: 204 }) : problem(response.status);
}

/** POST …/call/phone (doctor) → the patient's phone number, recorded on the appointment. */
export async function phoneCallResponse(api: ApiClient, appointmentId: string): Promise<Response> {
  const result = await readResult(
    await api.appointments[':id']['phone-call'].$post({ param: { id: appointmentId } }),
  );
  return result.ok
    ? Response.json(result.data, noStore)
    : problem(result.problem.status, result.problem.code);
}

async function jsonInput(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = await request.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// Tokens and medical chat must not sit in any cache.
const noStore = { headers: { 'cache-control': 'no-store' } };

/** The api's status, stable code and parameters (never its English text): the page words it in its own language. */
function problem(status: number, code: string | null = null, params: Record<string, string | number> = {}) {
  return Response.json({ status, code, params }, { status, headers: { 'cache-control': 'no-store' } });
}
