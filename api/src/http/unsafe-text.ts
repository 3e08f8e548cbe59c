import type { Context, MiddlewareHandler, Next } from 'hono';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';

/**
 * Text no route can store or compare: Postgres refuses NUL in text and the `\u0000` and unpaired surrogate
 * escapes in jsonb, and a lone UTF-16 surrogate is not Unicode at all (the driver would silently turn it into
 * U+FFFD). Rejected once here, for every query string and JSON body, with a 400 naming the field, rather than
 * in each of the hundreds of string fields of the schemas.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

function problemWith(text: string): string {
  return text.includes('\u0000')
    ? 'must not contain NUL characters'
    : 'must be valid Unicode text (it has an unpaired UTF-16 surrogate)';
}

/** The path of the first key or string value in `value` that carries unsafe text, or null. */
export function findUnsafeText(value: unknown): { path: string; message: string } | null {
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSAFE.test(v)) return { path: path.join('.'), message: problemWith(v) };
    } else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (UNSAFE.test(key)) return { path: [...path, safeLabel(key)].join('.'), message: problemWith(key) };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}

/** A key quoted back to the client without the characters that made it unsafe. */
const safeLabel = (key: string) => JSON.stringify(key).replace(/\\u0000|\\ud[89a-f][0-9a-f]{2}/gi, '?');

function refuse(where: string, found: { path: string; message: string }): never {
  const path = found.path || where;
  throw new ProblemError(400, `Invalid ${where}: ${path}: ${found.message}`, {
    code: 'validation.unsafe_text',
    params: { field: path },
    errors: [{ path, message: found.message }],
  });
}

/**
 * Refuses unsafe text in the path, the query string and JSON bodies before any route sees it. A request
 * without a query string or JSON body (most reads) passes without a promise of its own.
 */
export const rejectUnsafeText: MiddlewareHandler<AppEnv> = (c, next) => {
  if (UNSAFE.test(c.req.path)) refuse('path', { path: 'path', message: problemWith(c.req.path) });
  if (c.req.url.includes('?')) {
    for (const [name, values] of Object.entries(c.req.queries())) {
      const found = findUnsafeText({ [name]: values.join('') });
      if (found) refuse('query', found);
    }
  }
  // GET and HEAD carry no body (app.ts).
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  return JSON_TYPE.test(c.req.header('content-type') ?? '') ? checkJsonBody(c, next) : next();
};

async function checkJsonBody(c: Context<AppEnv>, next: Next) {
  let body: unknown;
  try {
    body = await c.req.json(); // cached: the route's validator parses the same text again
  } catch {
    body = undefined; // not JSON: the route's validator answers that
  }
  const found = findUnsafeText(body);
  if (found) refuse('request body', found);
  await next();
}
