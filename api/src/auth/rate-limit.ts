import type { Redis } from 'ioredis';

/** How hard sign-in guessing is slowed; the defaults suit people, tests pass their own clock. */
export interface LoginLimits {
  /** Failed attempts one address may make per window, over all logins. */
  perAddress: number;
  addressWindowSeconds: number;
  /** Failures an account absorbs before each further attempt has to wait. */
  freeFailures: number;
  /** The wait after `freeFailures`, doubled with every further failure up to `maxDelaySeconds`. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** An account's failures are forgotten this long after the last one. */
  accountMemorySeconds: number;
  /** Wrong passwords a known device may send before it is treated like any other browser. */
  perDevice: number;
}

export const defaultLoginLimits: LoginLimits = {
  perAddress: 30,
  addressWindowSeconds: 15 * 60,
  freeFailures: 5,
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  accountMemorySeconds: 24 * 60 * 60,
  perDevice: 5,
};

/**
 * Failed sign-ins, counted in Redis three ways so that guessing is slow but the owner is never locked out:
 *
 * - per address, a fixed window: one address cannot try many passwords over many accounts;
 * - per account (the account id, so its e-mail and phone share one counter; the typed login when it
 *   names no account, which behaves the same so the answer does not reveal membership), an
 *   exponential backoff: after a few failures each attempt waits 1 s, 2 s, 4 s … up to 15 min;
 * - per known device (a signed cookie from an earlier sign-in to this account): such a browser is
 *   exempt from the two limits above until it has itself sent a few wrong passwords.
 */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: LoginLimits = defaultLoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until this address may try again, or 0. */
  async addressRetryAfter(address: string): Promise<number> {
    const key = `rl:addr:${address}`;
    const failures = Number((await this.redis.get(key)) ?? 0);
    if (failures < this.limits.perAddress) return 0;
    return Math.max(1, await this.redis.ttl(key));
  }

  /** Seconds until this account may be tried again, or 0. */
  async accountRetryAfter(accountKey: string): Promise<number> {
    const [failures, last] = await this.redis.hmget(`rl:acct:${accountKey}`, 'n', 'last');
    const over = Number(failures ?? 0) - this.limits.freeFailures;
    if (over < 0 || !last) return 0;
    const delay = Math.min(this.limits.baseDelaySeconds * 2 ** over, this.limits.maxDelaySeconds);
    const waitMs = Number(last) + delay * 1000 - this.now();
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  /** True while a known device has not itself sent too many wrong passwords. */
  async deviceTrusted(deviceId: string): Promise<boolean> {
    return Number((await this.redis.get(`rl:dev:${deviceId}`)) ?? 0) < this.limits.perDevice;
  }

  async recordFailure(failure: { accountKey: string; address: string; deviceId?: string | null }) {
    const { limits } = this;
    const accountKey = `rl:acct:${failure.accountKey}`;
    const addressKey = `rl:addr:${failure.address}`;
    const multi = this.redis
      .multi()
      .incr(addressKey)
      .expire(addressKey, limits.addressWindowSeconds, 'NX')
      .hincrby(accountKey, 'n', 1)
      .hset(accountKey, 'last', String(this.now()))
      .expire(accountKey, limits.accountMemorySeconds);
    if (failure.deviceId) {
      const deviceKey = `rl:dev:${failure.deviceId}`;
      multi.incr(deviceKey).expire(deviceKey, limits.accountMemorySeconds);
    }
    await multi.exec();
  }

  /** After a successful sign-in: the account and the device start afresh (the address window runs on). */
  async reset(accountKey: string, deviceId?: string | null) {
    await this.redis.del(`rl:acct:${accountKey}`, ...(deviceId ? [`rl:dev:${deviceId}`] : []));
  }
}

/**
 * Counts one more hit on `key` in a fixed window; returns the seconds to wait when that went over
 * `limit`, else 0. For actions that should be rare (registration attempts, codes tried).
 */
export async function hitFixedWindow(
  redis: Redis,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<number> {
  const [[, count] = [], , [, ttl] = []] =
    (await redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec()) ?? [];
  return Number(count) > limit ? Math.max(1, Number(ttl)) : 0;
}
