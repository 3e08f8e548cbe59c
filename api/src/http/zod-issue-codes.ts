import type { z } from '@hono/zod-openapi';
import { isProblemCode, type ProblemCode } from './problem-codes.js';

type Params = Record<string, string | number>;

/**
 * The stable code (and its parameters) of one zod issue, so the apps can say "at most 200 characters" in the
 * reader's language instead of passing on zod's English. A refinement names its own code with
 * `{ params: { code: 'validation.…', …params } }`; any other refinement is `validation.invalid`.
 */
export function zodIssueCode(issue: z.core.$ZodIssue, field: string): { code: ProblemCode; params: Params } {
  switch (issue.code) {
    case 'invalid_type':
      // zod v4 drops the input from issues; its own message still says what arrived.
      return {
        code: /received undefined$/.test(issue.message) ? 'validation.required' : 'validation.invalid_type',
        params: { field },
      };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'validation.too_long', params: { field, max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'validation.too_many', params: { field, max } };
      return { code: 'validation.too_large', params: { field, max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1
          ? { code: 'validation.required', params: { field } }
          : { code: 'validation.too_short', params: { field, min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'validation.too_few', params: { field, min } };
      return { code: 'validation.too_small', params: { field, min } };
    }
    case 'invalid_format': {
      const byFormat: Record<string, ProblemCode> = {
        uuid: 'validation.invalid_id',
        guid: 'validation.invalid_id',
        email: 'validation.invalid_email',
        date: 'validation.invalid_date',
        datetime: 'validation.invalid_date',
      };
      return { code: byFormat[issue.format] ?? 'validation.invalid_format', params: { field } };
    }
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'validation.invalid_choice', params: { field } };
    case 'unrecognized_keys':
      return { code: 'validation.unknown_field', params: { field: issue.keys.join(', ') } };
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as Params & { code?: unknown };
      return isProblemCode(code)
        ? { code, params: { field, ...params } }
        : { code: 'validation.invalid', params: { field } };
    }
    default:
      return { code: 'validation.invalid', params: { field } };
  }
}
