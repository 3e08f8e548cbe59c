import { z } from '@hono/zod-openapi';
import { problemSchema } from './problem.js';

export const localizedTextSchema = z.object({ ru: z.string(), en: z.string() }).openapi('LocalizedText');
export const localeSchema = z.enum(['ru', 'en']);

/**
 * The dates the api takes in. A bare `z.iso.date()` accepts year 0, which Postgres does not have, and
 * 9999-12-31, whose next day no longer fits four digits: both ended in a 500 from the database. Every date or
 * date-time input goes through these two, so the bound lives in one place.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;
const OUT_OF_RANGE = `must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`;
/** A fresh object per schema: zod moves `message` out of the params object it is given. */
const outOfRange = () => ({
  message: OUT_OF_RANGE,
  params: { code: 'validation.date_out_of_range', min: DATE_RANGE.min, max: DATE_RANGE.max },
});
const [earliest, latest] = [Date.parse(DATE_RANGE.min), Date.parse(`${DATE_RANGE.max}T23:59:59.999Z`)];

/** A calendar date, `YYYY-MM-DD`, within DATE_RANGE. */
export const isoDateSchema = (message = 'must be a date, YYYY-MM-DD') =>
  z.iso.date(message).refine((d) => d >= DATE_RANGE.min && d <= DATE_RANGE.max, outOfRange());

/** An ISO 8601 date-time in UTC (`Z`) or with an offset, within DATE_RANGE. */
export const isoDateTimeSchema = (message = 'must be an ISO date-time, e.g. 2026-03-01T09:30:00+03:00') =>
  z.iso.datetime({ offset: true, message }).refine((s) => {
    const at = Date.parse(s);
    return at >= earliest && at <= latest;
  }, outOfRange());
export const idParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
});

/** Printable ASCII, as the IETF draft "The Idempotency-Key HTTP Header Field" expects (clients send UUIDs). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The optional `Idempotency-Key` of the writes a client may retry (see http/idempotency.ts). */
export const idempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(IDEMPOTENCY_KEY_PATTERN, 'must be 1–255 printable ASCII characters (a UUID, say)')
    .optional()
    .openapi({
      // Lower case: Hono hands the validator its headers so, and the names must agree (HTTP ignores case).
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'A key the client makes once per intended write and resends with every retry of it. A retry gets the ' +
        'first answer again, marked `Idempotency-Replayed: true`; the same key with another body gets 422, and ' +
        'a retry while the first is still running gets 409 with Retry-After. Remembered for 24 hours per account.',
      example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    }),
});

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  content: { 'application/json': { schema } },
  required: true,
  ...(description ? { description } : {}),
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** Raw bytes (a document, a PDF); the real type is in the response's `content-type`. */
export const binaryContent = (description: string) => ({
  content: { 'application/octet-stream': { schema: z.string() } },
  description,
});

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: problemSchema } },
  description,
});

/** The refusals every authenticated route can answer with. */
export const authProblems = {
  401: problem('Not signed in'),
  403: problem('Signed in with a role that may not do this, or CSRF token missing'),
} as const;
export const notFoundProblem = { 404: problem('Not found, or not visible to the caller') } as const;
export const conflictProblem = (description: string) => ({ 409: problem(description) }) as const;
export const badRequestProblem = { 400: problem('Invalid input') } as const;
export { problem };

/** A day or an instant, for range filters that take either. */
export const isoDateOrDateTimeSchema = () =>
  z.union([isoDateTimeSchema(), isoDateSchema()], {
    error: `must be a date (YYYY-MM-DD) or an ISO date-time, ${OUT_OF_RANGE}`,
  });
