import { randomUUID } from 'node:crypto';
import { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';

/** hono/secure-headers' defaults, which every answer carries. */
const SECURITY_HEADERS: readonly [string, string][] = [
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];

/** A caller's own X-Request-Id is kept when it is short and plain (hono/request-id's rule). */
const PLAIN_ID = /^[\w\-=]{1,255}$/;

/**
 * Names the request (`c.var.requestId`, echoed in X-Request-Id) and adds the security headers to the answer,
 * and `Vary: Origin` to requests without an Origin (cors() in app.ts answers the others and preflights, and
 * sets it itself).
 * On Node the headers go straight onto the outgoing message: set on the Response, they make the adapter build
 * a fetch Headers object per answer and copy it back out, most of a small request's cost beyond bare Hono.
 * Elsewhere (app.request in tests) they go onto the Response.
 */
export const responseHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.header('x-request-id');
  const id = asked !== undefined && PLAIN_ID.test(asked) ? asked : randomUUID();
  c.set('requestId', id);
  await next();
  const varyOnOrigin = c.req.method !== 'OPTIONS' && c.req.header('origin') === undefined;
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (outgoing instanceof ServerResponse) {
    if (outgoing.headersSent) return;
    for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
    outgoing.setHeader('x-request-id', id);
    if (varyOnOrigin) outgoing.appendHeader('vary', 'Origin');
    return;
  }
  const headers = c.res.headers;
  for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
  headers.set('x-request-id', id);
  if (varyOnOrigin) headers.append('vary', 'Origin');
};
