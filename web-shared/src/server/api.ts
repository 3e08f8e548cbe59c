import { createApiClient, type ApiClient } from '@telemed/api/client';
import { z } from 'zod';

export type { ApiClient };
export type * from '../types.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:8787';

/**
 * A client for the api. Sign-in and registration also pass on, about the browser behind this server:
 * - `clientAddress`: SvelteKit's `getClientAddress()` (the socket peer, or what ADDRESS_HEADER and XFF_DEPTH
 *   name behind a reverse proxy), sent as the only X-Forwarded-For value: whatever the browser itself put
 *   in that header is never passed on, so it cannot choose its own rate-limit bucket;
 * - `deviceToken`: the api's `tm_device` token this browser was given at an earlier sign-in (cookies.ts);
 * - `userAgent`: the browser's User-Agent, which the api keeps with the session it starts, so the audit log
 *   can say which browser read a patient's data.
 */
export function connectApi(
  baseUrl: string,
  session: { sessionToken?: string; csrfToken?: string } = {},
  clientAddress?: string,
  deviceToken?: string,
  userAgent?: string | null,
): ApiClient {
  const headers: Record<string, string> = {};
  if (clientAddress) headers['x-forwarded-for'] = clientAddress;
  if (userAgent) headers['user-agent'] = userAgent;
  if (deviceToken) headers.cookie = `tm_device=${deviceToken}`;
  return createApiClient(baseUrl, { ...session, headers });
}

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
const problemSchema = z.object({
  code: z.string().nullable().catch(null),
  params: paramsSchema.catch({}),
  errors: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string().optional().catch(undefined),
        params: paramsSchema.optional().catch(undefined),
      }),
    )
    .catch([]),
});

/**
 * An RFC 9457 problem body, read defensively: a proxy in between may answer with something else. It keeps the
 * api's stable `code` and `params`, not its English `detail`: pages show `problemMessage(problem, locale)`
 * (web-shared i18n), so the reader gets their own language.
 */
export interface Problem {
  status: number;
  code: string | null;
  params: Record<string, string | number>;
  /** Per-field errors; `message` is the api's English, show `fieldProblemMessage(error, locale)` instead. */
  errors: {
    path: string;
    message: string;
    code?: string | undefined;
    params?: Record<string, string | number> | undefined;
  }[];
}

export async function readProblem(response: {
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}): Promise<Problem> {
  const body = problemSchema.safeParse(await response.json().catch(() => null));
  return {
    status: response.status,
    code: body.success ? body.data.code : null,
    params: body.success ? body.data.params : {},
    errors: body.success ? body.data.errors : [],
  };
}

/**
 * The status a page or endpoint answers when the api refused: the api's 4xx are about the request (bad input,
 * not allowed, not found, too many requests) and are passed on, so a hand-edited address is a 4xx page, not a
 * server error; a 503 (the api's database or Redis is restarting) is passed on for the calm "restoring" page;
 * anything else means the api failed, which to the browser is a bad gateway.
 */
export const statusForApiProblem = (status: number) =>
  (status >= 400 && status < 500) || status === 503 ? status : 502;

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
