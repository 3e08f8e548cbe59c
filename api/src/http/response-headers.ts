import { randomUUID } from 'node:crypto';
import { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/**
 * What every answer carries: the OWASP REST Security Cheat Sheet's headers for an API that never answers HTML.
 * Nothing medical may stay in a browser's or proxy's cache, so answers are `no-store` unless the route says
 * otherwise (the revalidated catalogues). The headers only a rendered page heeds are in DOCUMENT_HEADERS; every
 * header costs a request about half a microsecond.
 */
const API_HEADERS: readonly [string, string][] = [
  ['cache-control', 'no-store'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
];

/** hono/secure-headers' defaults that protect a rendered page, for the API's one HTML page (/docs). */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** A caller's own X-Request-Id is kept when it is short and plain (hono/request-id's rule). */
const PLAIN_ID = /^[\w\-=]{1,255}$/;

/** The request's id: the caller's own X-Request-Id when plain, else a new one. */
export function requestIdOf(c: Context<AppEnv>): string {
  const asked = c.req.header('x-request-id');
  return asked !== undefined && PLAIN_ID.test(asked) ? asked : randomUUID();
}

/**
 * Adds API_HEADERS and the request id to the answer, and `Vary: Origin` to requests without an Origin (cors()
 * in app.ts answers the others and preflights, and sets it itself). A route that sets one of these headers
 * itself (cache-control, say) keeps its value.
 * On Node the headers go straight onto the outgoing message: set on the Response, they make the adapter build
 * a fetch Headers object per answer and copy it back out, most of a small request's cost beyond bare Hono.
 * Elsewhere (app.request in tests) they go onto the Response.
 */
export function addResponseHeaders(c: Context<AppEnv>, id: string) {
  const varyOnOrigin = c.req.method !== 'OPTIONS' && c.req.header('origin') === undefined;
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (outgoing instanceof ServerResponse) {
    if (outgoing.headersSent) return;
    for (const [name, value] of API_HEADERS) outgoing.setHeader(name, value);
    outgoing.setHeader('x-request-id', id);
    if (varyOnOrigin) outgoing.appendHeader('vary', 'Origin');
    return;
  }
  const headers = c.res.headers;
  // A route's own value wins, as on Node, where the adapter sets the Response's headers after these.
  for (const [name, value] of API_HEADERS) if (!headers.has(name)) headers.set(name, value);
  headers.set('x-request-id', id);
  if (varyOnOrigin) headers.append('vary', 'Origin');
}
