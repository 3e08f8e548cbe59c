import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Redis } from 'ioredis';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';
import { type Admission, RequestLimiter } from './rate-limit-leases.js';

// The limiter is rate-limit-leases.ts (batches leased from Redis) over rate-limit-scripts.ts (their Lua); its
// names stay importable from here, where callers have always found them.
export {
  type Admission,
  RequestLimiter,
  type RequestLimits,
  slotBatch,
  tokenBatch,
} from './rate-limit-leases.js';

/** Probes and service-to-service calls (the sfu relaying every room's chat) are not a user's traffic. */
const EXEMPT = /^\/(healthz$|readyz$|internal\/)/;

const limiters = new WeakMap<Redis, RequestLimiter>();

/**
 * Per-account and per-address limits for the whole api, so one session cannot slow everyone down. Signed-in
 * requests count against their account wherever they come from (a clinic's staff share one NAT address);
 * anonymous ones against the browser's address, which our BFFs forward (see client-address.ts). Runs after
 * `authenticate`. If Redis is down the request goes through: care must not stop for a missing limiter.
 */
export const rateLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  EXEMPT.test(c.req.path) ? next() : limited(c, next);

async function limited(c: Context<AppEnv>, next: Next) {
  const { config, redis } = c.get('deps');
  const actor = c.get('actor');
  const who = actor ? 'account' : 'address';
  const subject = actor ? `account:${actor.accountId}` : `address:${clientAddress(c)}`;
  const limits = {
    perMinute: actor ? config.RATE_LIMIT_ACCOUNT_PER_MINUTE : config.RATE_LIMIT_ADDRESS_PER_MINUTE,
    concurrent: config.RATE_LIMIT_CONCURRENT,
  };
  if (!limits.perMinute && !limits.concurrent) return next();

  let limiter = limiters.get(redis);
  if (!limiter) limiters.set(redis, (limiter = new RequestLimiter(redis)));
  let admission: Admission;
  try {
    admission = await limiter.admit(subject, limits);
  } catch (error) {
    c.get('log').warn({ err: error }, 'rate limiter unavailable; request let through');
    return next();
  }
  if (!admission.admitted) {
    const detail =
      admission.reason === 'rate'
        ? `Too many requests from this ${who} (at most ${limits.perMinute} a minute). Try again in ${admission.retryAfterSeconds} s.`
        : `Too many requests from this ${who} at once (at most ${limits.concurrent}). Try again when the others have finished.`;
    throw new ProblemError(429, detail, {
      code: admission.reason === 'rate' ? 'http.rate_limited' : 'http.too_many_concurrent',
      params: { retryAfterSeconds: admission.retryAfterSeconds },
      headers: { 'retry-after': String(admission.retryAfterSeconds) },
    });
  }
  try {
    await next();
  } finally {
    // Not awaited: the answer need not wait a Redis round trip. A slot is kept for this process' next request or,
    // when the batch is one, freed on this connection before any later request of this process asks for one
    // (Redis runs a connection's commands in order).
    void admission.release().catch((error: unknown) => {
      c.get('log').warn({ err: error }, 'could not release an in-flight lease; it expires by itself');
    });
  }
}
