import type { Redis } from 'ioredis';
import type { Actor } from './sessions.js';

/** Carries ended sessions to every api process; channel names are not prefixed by ioredis' keyPrefix. */
const CHANNEL = 'telemed:sessions:ended';
/** Bounds memory under a flood of distinct sessions; the oldest entry goes first. */
const MAX_ENTRIES = 50_000;

type Ended = { tokenHash: string } | { accountId: string };

/**
 * The actors of recently seen session tokens, so a screen polling every few seconds does not join four tables
 * on every request. An entry lives `ttlMs` at most. Ending a session (logout, a password reset) forgets it here
 * at once, and in every other api process as soon as the Redis message arrives; should the message be lost
 * (Redis down), the other processes drop it when the entry expires. Only found sessions are cached, so a
 * session created elsewhere is never refused because of this cache.
 */
export class SessionCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

  private constructor(
    private readonly ttlMs: number,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {}

  /** Subscribes (on a connection of its own, as Redis requires) before the first request is served. */
  static async start(redis: Redis, ttlMs: number) {
    const subscriber = redis.duplicate();
    subscriber.on('error', () => {}); // the main connection reports Redis trouble; entries still expire
    const cache = new SessionCache(ttlMs, redis, subscriber);
    subscriber.on('message', (_channel: string, message: string) =>
      cache.forget(JSON.parse(message) as Ended),
    );
    await subscriber.subscribe(CHANNEL);
    return cache;
  }

  get(tokenHash: string): Actor | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.actor;
    this.entries.delete(tokenHash);
    return undefined;
  }

  set(actor: Actor) {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    // Requests share the object: frozen, so none can change another's actor.
    this.entries.set(actor.tokenHash, { actor: Object.freeze({ ...actor }), until: Date.now() + this.ttlMs });
  }

  /** After the session's row is deleted: forgotten here now, and in the other processes. */
  endSession(tokenHash: string) {
    return this.announce({ tokenHash });
  }

  /** After all of an account's sessions are deleted (password reset, account disabled). */
  endAccountSessions(accountId: string) {
    return this.announce({ accountId });
  }

  close() {
    this.entries.clear();
    this.subscriber.disconnect();
  }

  private async announce(ended: Ended) {
    this.forget(ended);
    // If Redis is down the other processes drop the entry within the TTL; the ending itself has happened.
    await this.publisher.publish(CHANNEL, JSON.stringify(ended)).catch(() => {});
  }

  private forget(ended: Ended) {
    if ('tokenHash' in ended) {
      this.entries.delete(ended.tokenHash);
      return;
    }
    for (const [tokenHash, { actor }] of this.entries) {
      if (actor.accountId === ended.accountId) this.entries.delete(tokenHash);
    }
  }
}
