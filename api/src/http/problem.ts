import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

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

export const notFound = (what = 'The requested resource') => new ProblemError(404, `${what} was not found.`);

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

/** Maps anything thrown to a problem; unknown errors become a 500 without leaking internals. */
export function toProblem(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  if (error instanceof z.ZodError) return zodProblem(error, 'input');
  if (error instanceof HTTPException) {
    const detail =
      error.status === 400 && /json/i.test(error.message)
        ? 'The request body is not valid JSON.'
        : error.message || (titles[error.status] ?? 'Error');
    return new ProblemError(error.status, detail);
  }
  return null;
}
