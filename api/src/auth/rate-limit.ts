import type { Redis } from 'ioredis';

/**
 * Fixed-window counter of failed logins in Redis, per login and per client address, so one
 * attacker cannot guess a password and one noisy address cannot lock everybody out.
 */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits = { perLogin: 5, perAddress: 30, windowSeconds: 15 * 60 },
  ) {}

  private keys(login: string, address: string) {
    return [`rl:login:${login.toLowerCase()}`, `rl:addr:${address}`] as const;
  }

  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  async retryAfter(login: string, address: string): Promise<number> {
    const [loginKey, addrKey] = this.keys(login, address);
    const [byLogin, byAddr] = await this.redis.mget(loginKey, addrKey);
    const blocked =
      Number(byLogin ?? 0) >= this.limits.perLogin
        ? loginKey
        : Number(byAddr ?? 0) >= this.limits.perAddress
          ? addrKey
          : null;
    if (!blocked) return 0;
    return Math.max(1, await this.redis.ttl(blocked));
  }

  async recordFailure(login: string, address: string) {
    const multi = this.redis.multi();
    for (const key of this.keys(login, address)) {
      multi.incr(key).expire(key, this.limits.windowSeconds, 'NX');
    }
    await multi.exec();
  }

  async reset(login: string) {
    await this.redis.del(this.keys(login, '')[0]);
  }
}
