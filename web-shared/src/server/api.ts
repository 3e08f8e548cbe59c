import { createApiClient, type ApiClient } from '@telemed/api/client';
import { z } from 'zod';

export type { ApiClient };
export type * from '../types.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:8787';

export function connectApi(
  baseUrl: string,
  session: { sessionToken?: string; csrfToken?: string } = {},
  clientAddress?: string,
): ApiClient {
  return createApiClient(baseUrl, {
    ...session,
    ...(clientAddress ? { headers: { 'x-forwarded-for': clientAddress } } : {}),
  });
}

const problemSchema = z.object({
  detail: z.string().catch(''),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).catch([]),
});

/** An RFC 9457 problem body, read defensively: a proxy in between may answer with something else. */
export interface Problem {
  status: number;
  detail: string;
  errors: { path: string; message: string }[];
}

export async function readProblem(response: {
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}): Promise<Problem> {
  const body = problemSchema.safeParse(await response.json().catch(() => null));
  return {
    status: response.status,
    detail: (body.success && body.data.detail) || response.statusText,
    errors: body.success ? body.data.errors : [],
  };
}

/** The body of a successful answer, typed from the api's declared 200/201 response. */
type Success<R> = R extends { status: 200 | 201; json(): Promise<infer T> } ? T : never;

/** Splits an api answer into its typed body or the problem it reports, for loads that turn problems into pages. */
export async function readResult<R extends { status: number; statusText: string; json(): Promise<unknown> }>(
  response: R,
): Promise<{ ok: true; data: Success<R> } | { ok: false; problem: Problem }> {
  if (response.status === 200 || response.status === 201) {
    return { ok: true, data: (await response.json()) as Success<R> };
  }
  return { ok: false, problem: await readProblem(response) };
}
