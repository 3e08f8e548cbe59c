import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Redis } from 'ioredis';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';

/**
 * One round trip per request: refill the subject's token bucket (capacity `perMinute`, refilled evenly over
 * a minute), drop in-flight leases that outlived a crashed process, then admit only if a token is left and
 * fewer than `concurrent` requests are in flight, taking the token and a lease together. The clock is
 * Redis' own, so every api process shares one notion of time.
 *
 * KEYS: bucket hash, in-flight sorted set (lease id → expiry ms).
 * ARGV: perMinute (0 = no rate limit), concurrent (0 = no bound), lease id, lease ms.
 * Returns {1, 0} when admitted, {0, ms until a token} when over the rate, {-1, 0} when too many in flight.
 */
const ADMIT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local per_minute = tonumber(ARGV[1])
local concurrent = tonumber(ARGV[2])
local lease_ms = tonumber(ARGV[4])
local tokens = 0
if per_minute > 0 then
  local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
  tokens = tonumber(state[1]) or per_minute
  local at = tonumber(state[2]) or now
  tokens = math.min(per_minute, tokens + math.max(0, now - at) * per_minute / 60000)
  if tokens < 1 then
    return {0, math.ceil((1 - tokens) * 60000 / per_minute)}
  end
end
if concurrent > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= concurrent then
    return {-1, 0}
  end
  redis.call('ZADD', KEYS[2], now + lease_ms, ARGV[3])
  redis.call('PEXPIRE', KEYS[2], lease_ms)
end
if per_minute > 0 then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - 1), 'at', now)
  redis.call('PEXPIRE', KEYS[1], 60000)
end
return {1, 0}
`;

/** A request holds its in-flight lease at most this long if its process dies before releasing it. */
const LEASE_MS = 5 * 60_000;

export interface RequestLimits {
  /** Requests a minute, with bursts up to the same number; 0 turns the rate limit off. */
  perMinute: number;
  /** Requests in flight at once; 0 turns the bound off. */
  concurrent: number;
}

export type Admission =
  | { admitted: true; release(): Promise<void> }
  | { admitted: false; reason: 'rate' | 'concurrency'; retryAfterSeconds: number };

type AdmitReply = [number, number];
type LimiterRedis = Redis & {
  telemedAdmitRequest(bucket: string, inFlight: string, ...args: (string | number)[]): Promise<AdmitReply>;
};

const withScript = new WeakSet<Redis>();

/** The api-wide request limiter on Redis, shared by every api process; subjects are opaque keys. */
export class RequestLimiter {
  private readonly redis: LimiterRedis;

  constructor(redis: Redis) {
    if (!withScript.has(redis)) {
      // defineCommand sends EVALSHA and falls back to EVAL after a Redis restart; keys get the client's prefix.
      redis.defineCommand('telemedAdmitRequest', { numberOfKeys: 2, lua: ADMIT });
      withScript.add(redis);
    }
    this.redis = redis as LimiterRedis;
  }

  async admit(subject: string, limits: RequestLimits, leaseId: string): Promise<Admission> {
    const inFlight = `ratelimit:inflight:${subject}`;
    const [verdict, waitMs] = await this.redis.telemedAdmitRequest(
      `ratelimit:bucket:${subject}`,
      inFlight,
      limits.perMinute,
      limits.concurrent,
      leaseId,
      LEASE_MS,
    );
    if (verdict === 1) {
      return {
        admitted: true,
        release: async () => {
          if (limits.concurrent > 0) await this.redis.zrem(inFlight, leaseId);
        },
      };
    }
    return verdict === 0
      ? { admitted: false, reason: 'rate', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      : { admitted: false, reason: 'concurrency', retryAfterSeconds: 1 };
  }
}

/** Probes and service-to-service calls (the sfu relaying every room's chat) are not a user's traffic. */
const EXEMPT = /^\/(healthz$|readyz$|internal\/)/;

const limiters = new WeakMap<Redis, RequestLimiter>();

/**
 * Per-account and per-address limits for the whole api, so one session cannot slow everyone down. Signed-in
 * requests count against their account wherever they come from (a clinic's staff share one NAT address);
 * anonymous ones against the browser's address, which our BFFs forward (see client-address.ts). Runs after
 * `authenticate`. If Redis is down the request goes through: care must not stop for a missing limiter.
 */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (EXEMPT.test(c.req.path)) return next();
  const { config, redis } = c.var.deps;
  const actor = c.var.actor;
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
    // Not the request id: a client may choose that one, and reusing it would let its requests share one lease.
    admission = await limiter.admit(subject, limits, randomUUID());
  } catch (error) {
    c.var.log.warn({ err: error }, 'rate limiter unavailable; request let through');
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
    // Not awaited: the answer need not wait a Redis round trip. This connection sends the release before any
    // later request of this process asks to be admitted, and Redis runs a connection's commands in order.
    void admission.release().catch((error: unknown) => {
      c.var.log.warn({ err: error }, 'could not release an in-flight lease; it expires by itself');
    });
  }
};
