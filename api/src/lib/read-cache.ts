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
 * Short-lived answers to reads, kept per api process for `ttlMs`: what is the same for every caller (free
 * slots, doctor search) and, behind each request's own access check and audit row, a record's reads (the card,
 * a doctor's day, a notification centre: see docs/ARCHITECTURE.md, "Caching rules"). An entry is a `key` (what a
 * change names: a doctor, a patient) and a `variant` of it (a window, a page). Concurrent misses for one entry
 * share one load, so a burst of identical requests costs one query. A committed change forgets the key's
 * variants: `invalidateReads` here and, through Redis, in every other process; or the database's own change feed
 * (lib/change-feed.ts), which reaches each process by itself. Should a message be lost, entries still expire. A
 * load that was running when its key was forgotten is answered but not kept. Values are shared between
 * requests: never mutate one.
 */
export class ReadCache {
  /** Per key (`namespace` SEPARATOR `key`), its variants. */
  private readonly entries = new Map<string, Map<string, { value: unknown; until: number }>>();
  private size = 0;
  /** Running loads by key SEPARATOR variant; `stale` once their key was forgotten meanwhile. */
  private readonly loading = new Map<string, { promise: Promise<unknown>; stale: boolean }>();

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
      subscriber.on('message', (_channel: string, message: string) => {
        const { namespace, key } = JSON.parse(message) as Invalidation;
        cache.forget(namespace, key);
      });
      await subscriber.subscribe(CHANNEL);
    }
    if (opts.register !== false) registered.add(cache);
    return cache;
  }

  /** The cached value of `key`'s `variant`, or what `load` returns (shared by the callers that miss meanwhile). */
  get<T>(namespace: string, key: string, load: () => Promise<T>, variant = ''): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const group = namespace + SEPARATOR + key;
    const variants = this.entries.get(group);
    const entry = variants?.get(variant);
    if (entry) {
      if (entry.until > Date.now()) return Promise.resolve(entry.value as T);
      this.drop(group, variant);
    }
    const id = group + SEPARATOR + variant;
    const running = this.loading.get(id);
    if (running) return running.promise as Promise<T>;
    const flight = { promise: undefined as unknown as Promise<T>, stale: false };
    flight.promise = load().then(
      (value) => {
        if (this.loading.get(id) === flight) this.loading.delete(id);
        if (!flight.stale) this.keep(group, variant, value);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(id) === flight) this.loading.delete(id);
        throw error;
      },
    );
    this.loading.set(id, flight);
    return flight.promise;
  }

  /** Forgets `key` (or the whole namespace) here, then tells the other processes. */
  async invalidate(namespace: string, key?: string) {
    this.forget(namespace, key);
    const invalidation: Invalidation = key === undefined ? { namespace } : { namespace, key };
    // If Redis is down the other processes drop their entries within the TTL; the change itself has happened.
    await this.publisher.publish(CHANNEL, JSON.stringify(invalidation)).catch(() => {});
  }

  /** Forgets every variant of `key` (or the whole namespace) in this process only. */
  forget(namespace: string, key?: string) {
    const prefix = key === undefined ? namespace + SEPARATOR : namespace + SEPARATOR + key + SEPARATOR;
    for (const [id, flight] of this.loading) {
      if (id.startsWith(prefix)) {
        flight.stale = true;
        this.loading.delete(id);
      }
    }
    if (key !== undefined) this.dropGroup(namespace + SEPARATOR + key);
    else for (const group of this.entries.keys()) if (group.startsWith(prefix)) this.dropGroup(group);
  }

  close() {
    registered.delete(this);
    this.entries.clear();
    this.size = 0;
    this.loading.clear();
    this.subscriber?.disconnect();
  }

  private keep(group: string, variant: string, value: unknown) {
    // Over the bound, the key stored longest ago goes with all its variants.
    if (this.size >= MAX_ENTRIES) this.dropGroup(this.entries.keys().next().value!);
    let variants = this.entries.get(group);
    if (!variants) this.entries.set(group, (variants = new Map()));
    if (!variants.has(variant)) this.size++;
    variants.set(variant, { value, until: Date.now() + this.ttlMs });
  }

  private drop(group: string, variant: string) {
    const variants = this.entries.get(group);
    if (!variants?.delete(variant)) return;
    this.size--;
    if (!variants.size) this.entries.delete(group);
  }

  private dropGroup(group: string) {
    const variants = this.entries.get(group);
    if (!variants) return;
    this.size -= variants.size;
    this.entries.delete(group);
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
