import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { isDataException, isDatabaseUnavailable } from '../db/errors.js';
import { isRedisUnavailable } from '../lib/redis-errors.js';
import { codeForStatus, problemCodeList, type ProblemCode } from './problem-codes.js';
import { zodIssueCode } from './zod-issue-codes.js';

export type { ProblemCode } from './problem-codes.js';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
/** A field error: `code` and `params` as on the problem itself, for the apps to translate per field. */
const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.enum(problemCodeList).optional(),
  params: paramsSchema.optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, the one error shape every route answers with. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    /** Stable machine code (api/src/http/problem-codes.ts) the apps translate; `detail` stays English. */
    code: z.enum(problemCodeList),
    params: paramsSchema.optional(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
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

export interface ProblemExtra {
  /** Required: every problem names what went wrong in a way the apps can translate. */
  code: ProblemCode;
  params?: Record<string, string | number>;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * The problem's `type` (RFC 9457 §3.1.1), derived from its code so it is as stable as the code: a URN, like our
 * other identifier systems (`urn:telemed:lab-order`), since the codes have no pages of their own to link to.
 */
export const problemType = (code: ProblemCode) => `urn:telemed:problem:${code}`;

/** Thrown anywhere in a handler; the app's error handler renders it as problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: ProblemExtra,
  ) {
    super(detail);
  }

  get code(): ProblemCode {
    return this.extra.code;
  }
}

/**
 * The one answer for anything the caller may not see, whether it does not exist or is someone else's: a
 * message naming the kind of thing ("the patient", "the questionnaire") would tell which ids exist.
 */
export const NOT_FOUND_DETAIL = 'Not found, or you do not have access to it.';
export const notFound = () => new ProblemError(404, NOT_FOUND_DETAIL, { code: 'not_found' });

/** A 400 about one field, with the field's own code so the apps can show it at the field. */
export const fieldProblem = (
  path: string,
  message: string,
  code: ProblemCode,
  params?: Record<string, string | number>,
) =>
  new ProblemError(400, message, { code, ...(params ? { params } : {}), errors: [{ path, message, code }] });

/** A 400 for a body field that is well-formed but names nothing the caller may pick (a missing id, say). */
export const invalidChoice = (path: string, message: string) =>
  new ProblemError(400, `Invalid request body: ${path}: ${message}`, {
    code: 'validation.invalid_choice',
    params: { field: path },
    errors: [{ path, message }],
  });

export function problemResponse(c: Context, error: ProblemError): Response {
  const body: Problem = {
    type: problemType(error.extra.code),
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.detail,
    code: error.extra.code,
    ...(error.extra.params ? { params: error.extra.params } : {}),
    instance: c.req.path,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  };
  return c.body(JSON.stringify(body), error.status, {
    'content-type': 'application/problem+json',
    ...error.extra.headers,
  });
}

/** A 400 naming every bad field; the problem's own code and params are those of the first issue. */
export function zodProblem(error: z.ZodError, where: string): ProblemError {
  const errors = error.issues.map((issue) => {
    const path = issue.path.join('.') || where;
    return { path, message: issue.message, ...zodIssueCode(issue, path) };
  });
  const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  const first = errors[0];
  return new ProblemError(400, `Invalid ${where}: ${summary}`, {
    code: first?.code ?? 'validation.invalid',
    params: first?.params ?? { field: where },
    errors,
  });
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
    { code: 'http.service_restoring', headers: { 'retry-after': String(RESTORING_RETRY_AFTER_SECONDS) } },
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
      { code: 'http.malformed_value' },
    );
  }
  if (error instanceof HTTPException) {
    const malformedJson = error.status === 400 && /json/i.test(error.message);
    const detail = malformedJson
      ? 'The request body is not valid JSON.'
      : error.message || (titles[error.status] ?? 'Error');
    return new ProblemError(error.status, detail, {
      code: malformedJson ? 'http.malformed_json' : codeForStatus(error.status),
    });
  }
  return null;
}
