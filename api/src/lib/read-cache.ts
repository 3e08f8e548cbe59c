import type { Redis } from 'ioredis';

/** Carries invalidations to every api process; channel names are not prefixed by ioredis' keyPrefix. */
const CHANNEL = 'telemed:reads:invalidated';
/** Bounds memory; the oldest entry goes first. */
const MAX_ENTRIES = 10_000;

interface Invalidation {
  namespace: string;
  key?: string;
}

const SEPARATOR = '\u0000';
/** Every cache of this process, so a service can invalidate without being handed one. */
const registered = new Set<ReadCache>();

/**
 * Short-lived answers to reads that are the same for every caller and not medical data (free slots, doctor
 * search), kept per api process for `ttlMs`. Concurrent misses for one key share one load, so a burst of
 * identical requests costs one query. A committed change calls `invalidateReads` (booking, cancelling…),
 * which forgets the entries here at once and in every other process when the Redis message arrives; should
 * it be lost (Redis down), the others drop the entries when they expire. A load that started before an
 * invalidation of its namespace is answered but not kept. Values are shared between requests: never mutate
 * one.
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: unknown; until: number }>();
  private readonly loading = new Map<string, Promise<unknown>>();
  private readonly generations = new Map<string, number>();

  private constructor(
    private readonly ttlMs: number,
    private readonly publisher: Redis,
    private readonly subscriber: Redis | null,
  ) {}

  /**
   * Subscribes (on a connection of its own) before the first request is served. `ttlMs` 0 keeps nothing but
   * still announces this process's changes (a worker). `register: false` leaves it out of `invalidateReads`
   * (a test's stand-in for another process, reachable through Redis only).
   */
  static async start(redis: Redis, ttlMs: number, opts: { register?: boolean } = {}) {
    const subscriber = ttlMs > 0 ? redis.duplicate() : null;
    const cache = new ReadCache(ttlMs, redis, subscriber);
    if (subscriber) {
      subscriber.on('error', () => {}); // the main connection reports Redis trouble; entries still expire
      subscriber.on('message', (_channel: string, message: string) =>
        cache.forget(JSON.parse(message) as Invalidation),
      );
      await subscriber.subscribe(CHANNEL);
    }
    if (opts.register !== false) registered.add(cache);
    return cache;
  }

  /** The cached value of `key`, or what `load` returns (shared by the callers that miss meanwhile). */
  get<T>(namespace: string, key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const id = namespace + SEPARATOR + key;
    const entry = this.entries.get(id);
    if (entry) {
      if (entry.until > Date.now()) return Promise.resolve(entry.value as T);
      this.entries.delete(id);
    }
    const pending = this.loading.get(id);
    if (pending) return pending as Promise<T>;
    const generation = this.generation(namespace);
    const loaded = load().then(
      (value) => {
        if (this.loading.get(id) === loaded) this.loading.delete(id);
        if (this.generation(namespace) === generation) {
          if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
          this.entries.set(id, { value, until: Date.now() + this.ttlMs });
        }
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(id) === loaded) this.loading.delete(id);
        throw error;
      },
    );
    this.loading.set(id, loaded);
    return loaded;
  }

  /** Forgets `key` (or the whole namespace) here, then tells the other processes. */
  async invalidate(namespace: string, key?: string) {
    const invalidation: Invalidation = key === undefined ? { namespace } : { namespace, key };
    this.forget(invalidation);
    // If Redis is down the other processes drop their entries within the TTL; the change itself has happened.
    await this.publisher.publish(CHANNEL, JSON.stringify(invalidation)).catch(() => {});
  }

  close() {
    registered.delete(this);
    this.entries.clear();
    this.loading.clear();
    this.subscriber?.disconnect();
  }

  private generation(namespace: string) {
    return this.generations.get(namespace) ?? 0;
  }

  private forget({ namespace, key }: Invalidation) {
    this.generations.set(namespace, this.generation(namespace) + 1);
    const prefix = namespace + SEPARATOR;
    for (const map of [this.entries, this.loading]) {
      if (key !== undefined) map.delete(prefix + key);
      else for (const id of [...map.keys()]) if (id.startsWith(prefix)) map.delete(id);
    }
  }
}

/**
 * After a committed change: forgets the affected reads in this process's caches and announces the change to
 * the other processes. Every write that changes what a cached read answers must call it (see the namespaces
 * in docs/ARCHITECTURE.md, "Caching rules").
 */
export async function invalidateReads(namespace: string, key?: string) {
  await Promise.all([...registered].map((cache) => cache.invalidate(namespace, key)));
}
