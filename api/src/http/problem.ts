import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { isDataException, isDatabaseUnavailable } from '../db/errors.js';
import { isRedisUnavailable } from '../lib/redis-errors.js';

/** RFC 9457 problem details, the one error shape every route answers with. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof problemSchema>;

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Thrown anywhere in a handler; the app's error handler renders it as problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: { errors?: Problem['errors']; headers?: Record<string, string>; type?: string } = {},
  ) {
    super(detail);
  }
}

/**
 * The one answer for anything the caller may not see, whether it does not exist or is someone else's: a
 * message naming the kind of thing ("the patient", "the questionnaire") would tell which ids exist.
 */
export const NOT_FOUND_DETAIL = 'Not found, or you do not have access to it.';
export const notFound = () => new ProblemError(404, NOT_FOUND_DETAIL);

export function problemResponse(c: Context, error: ProblemError): Response {
  const body: Problem = {
    type: error.extra.type ?? 'about:blank',
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.detail,
    instance: c.req.path,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  };
  return c.body(JSON.stringify(body), error.status, {
    'content-type': 'application/problem+json',
    ...error.extra.headers,
  });
}

export function zodProblem(error: z.ZodError, where: string): ProblemError {
  const errors = error.issues.map((i) => ({ path: i.path.join('.') || where, message: i.message }));
  const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new ProblemError(400, `Invalid ${where}: ${summary}`, { errors });
}

/** Seconds a client should wait before retrying while a dependency comes back (restarts take a few). */
export const RESTORING_RETRY_AFTER_SECONDS = 5;

/**
 * The database or Redis is restarting or unreachable: nothing the caller did, nothing lost, safe to retry
 * (the web apps show a calm "service is restoring" page for it). Never a 500.
 */
export function serviceRestoring(): ProblemError {
  return new ProblemError(
    503,
    'The service is restoring a connection to its storage. Your data is safe; please try again in a few seconds. / Сервис восстанавливает соединение с хранилищем. Ваши данные в сохранности; повторите через несколько секунд.',
    { headers: { 'retry-after': String(RESTORING_RETRY_AFTER_SECONDS) } },
  );
}

/** Maps anything thrown to a problem; unknown errors become a 500 without leaking internals. */
export function toProblem(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  if (isDatabaseUnavailable(error) || isRedisUnavailable(error)) return serviceRestoring();
  if (error instanceof z.ZodError) return zodProblem(error, 'input');
  if (isDataException(error)) {
    return new ProblemError(
      400,
      'A value in the request is malformed or out of range, so it cannot be stored.',
    );
  }
  if (error instanceof HTTPException) {
    const detail =
      error.status === 400 && /json/i.test(error.message)
        ? 'The request body is not valid JSON.'
        : error.message || (titles[error.status] ?? 'Error');
    return new ProblemError(error.status, detail);
  }
  return null;
}
