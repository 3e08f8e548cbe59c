import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type LimiterRedis, subjectKeys, withLimiterScripts } from './rate-limit-scripts.js';

/** A slot is held at most this long if its process dies before giving it back. */
const LEASE_MS = 5 * 60_000;
/**
 * A leased slot passes from one request of its process to the next only while at least this much of its lease is
 * left, so no request outlives the slot it runs on (a slot older than this is freed and a new one leased).
 */
const SLOT_REUSE_MS = LEASE_MS / 2;
/** Tokens and idle slots a process leased go back to Redis once it has had no request of their subject this long. */
const GRACE_MS = 1000;

/**
 * What one process leases at a time: a second's worth of tokens and a tenth of the in-flight bound. Small limits
 * (the tests', a tight configuration) get batches of one, leased per request and given back as soon as they are
 * not needed, exactly as a per-request check would.
 */
export const tokenBatch = (perMinute: number) => Math.max(1, Math.floor(perMinute / 60));
export const slotBatch = (concurrent: number) => Math.max(1, Math.floor(concurrent / 10));

export interface RequestLimits {
  /** Requests a minute, with bursts up to the same number; 0 turns the rate limit off. */
  perMinute: number;
  /** Requests in flight at once; 0 turns the bound off. */
  concurrent: number;
}

export type Admission =
  | { admitted: true; release(): Promise<void> }
  | { admitted: false; reason: 'rate' | 'concurrency'; retryAfterSeconds: number };

interface Slot {
  id: string;
  leasedAt: number;
}

interface Waiter {
  resolve(admission: Admission): void;
  reject(error: unknown): void;
}

/** What this process holds of one subject's limits. */
interface Subject {
  key: string;
  limits: RequestLimits;
  /** Leased tokens not spent yet. */
  tokens: number;
  /** Leased slots no request of this process runs on. */
  idle: Slot[];
  /** Admitted requests not yet released. */
  busy: number;
  /** Requests waiting for the lease in flight (at most one per subject and process). */
  queue: Waiter[];
  leasing: boolean;
  lastUsed: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The api-wide request limiter on Redis, shared by every api process; subjects are opaque keys. Each process
 * leases tokens and in-flight slots in batches (`tokenBatch`, `slotBatch`), spends them on its own requests
 * without a round trip, and gives back what it has not used once the subject has been quiet for `GRACE_MS`.
 * Everything admitted was taken from Redis first, so the processes together never admit more than the limits;
 * what one process holds unused can refuse another's request, by at most a batch (plus a burst's own size)
 * per process. One lease per subject is in flight at a time: the requests arriving meanwhile wait for it and
 * are served from what it brings, or by the next lease.
 */
export class RequestLimiter {
  private readonly redis: LimiterRedis;
  private readonly subjects = new Map<string, Subject>();
  private readonly graceMs: number;

  constructor(redis: Redis, opts: { graceMs?: number } = {}) {
    this.redis = withLimiterScripts(redis);
    this.graceMs = opts.graceMs ?? GRACE_MS;
  }

  /**
   * Admits a request of `subject` from what this process holds, or from a new lease. Rejects when Redis cannot
   * be asked (the caller decides what that means); `release` never rejects for Redis' sake more than a
   * per-request release would.
   */
  admit(subject: string, limits: RequestLimits): Promise<Admission> {
    let s = this.subjects.get(subject);
    if (!s) {
      s = {
        key: subject,
        limits,
        tokens: 0,
        idle: [],
        busy: 0,
        queue: [],
        leasing: false,
        lastUsed: 0,
        timer: undefined,
      };
      this.subjects.set(subject, s);
    }
    s.limits = limits;
    s.lastUsed = performance.now();
    const local = s.queue.length ? null : this.take(s);
    if (local) return Promise.resolve(local);
    return new Promise<Admission>((resolve, reject) => {
      s.queue.push({ resolve, reject });
      this.lease(s);
    });
  }

  /** What this process holds of `subject`, for tests. */
  held(subject: string) {
    const s = this.subjects.get(subject);
    return { tokens: s?.tokens ?? 0, idleSlots: s?.idle.length ?? 0, busy: s?.busy ?? 0 };
  }

  /** Admits a request from what this process holds, or returns null without spending anything. */
  private take(s: Subject): Admission | null {
    const { perMinute, concurrent } = s.limits;
    if (perMinute > 0 && s.tokens < 1) return null;
    let slot: Slot | undefined;
    if (concurrent > 0) {
      slot = this.idleSlot(s);
      if (!slot) return null;
    }
    if (perMinute > 0) s.tokens--;
    s.busy++;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return Promise.resolve();
        released = true;
        return this.release(s, slot);
      },
    };
  }

  /** An idle slot with enough of its lease left; older ones are freed on the way. */
  private idleSlot(s: Subject): Slot | undefined {
    const now = performance.now();
    const stale: string[] = [];
    let slot: Slot | undefined;
    while ((slot = s.idle.pop()) && now - slot.leasedAt > SLOT_REUSE_MS) {
      stale.push(slot.id);
      slot = undefined;
    }
    if (stale.length) void this.giveBack(s, 0, stale).catch(() => undefined); // they expire by themselves
    return slot;
  }

  private release(s: Subject, slot: Slot | undefined): Promise<void> {
    s.busy--;
    s.lastUsed = performance.now();
    let giveBack: Promise<void> = Promise.resolve();
    if (slot) {
      const keep =
        slotBatch(s.limits.concurrent) > 1 &&
        s.idle.length < slotBatch(s.limits.concurrent) &&
        s.lastUsed - slot.leasedAt <= SLOT_REUSE_MS;
      if (keep) s.idle.push(slot);
      else giveBack = this.giveBack(s, 0, [slot.id]);
    }
    if (s.queue.length) this.lease(s); // a waiting request may run on the slot just freed
    this.schedule(s);
    return giveBack;
  }

  /** Serves the waiting requests from what this process holds, then leases for the rest (one lease at a time). */
  private lease(s: Subject) {
    if (s.leasing) return;
    while (s.queue.length) {
      const admission = this.take(s);
      if (!admission) break;
      s.queue.shift()!.resolve(admission);
    }
    if (!s.queue.length) return;
    const waiting = s.queue.splice(0);
    const { perMinute, concurrent } = s.limits;
    const n = waiting.length;
    const wantTokens = perMinute > 0 && s.tokens < n ? Math.max(tokenBatch(perMinute), n - s.tokens) : 0;
    const wantSlots =
      concurrent > 0 && s.idle.length < n ? Math.max(slotBatch(concurrent), n - s.idle.length) : 0;
    const prefix = randomUUID();
    s.leasing = true;
    this.redis
      .telemedLeaseRequests(
        ...subjectKeys(s.key),
        perMinute,
        concurrent,
        wantTokens,
        wantSlots,
        LEASE_MS,
        prefix,
      )
      .then(
        (reply) => {
          s.leasing = false;
          const rate = (waitMs: number): Admission => ({
            admitted: false,
            reason: 'rate',
            retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
          });
          const concurrency: Admission = { admitted: false, reason: 'concurrency', retryAfterSeconds: 1 };
          // The requests this lease was for are served now or refused, as a per-request check would have.
          if (reply[0] === 1) {
            const [, tokens, slots, waitMs] = reply;
            s.tokens += tokens;
            const leasedAt = performance.now();
            for (let i = 1; i <= slots; i++) s.idle.push({ id: `${prefix}:${i}`, leasedAt });
            for (const w of waiting)
              w.resolve(this.take(s) ?? (perMinute > 0 && s.tokens < 1 ? rate(waitMs) : concurrency));
          } else {
            const refusal = reply[0] === 0 ? rate(reply[1]) : concurrency;
            for (const w of waiting) w.resolve(refusal);
          }
          this.trim(s);
          this.lease(s);
          this.schedule(s);
        },
        (error: unknown) => {
          s.leasing = false;
          for (const w of waiting) w.reject(error);
          this.lease(s);
          this.schedule(s);
        },
      );
  }

  /** Gives back at once what a small limit's batch of one does not keep. */
  private trim(s: Subject) {
    const keepTokens = tokenBatch(s.limits.perMinute) > 1 ? tokenBatch(s.limits.perMinute) : 0;
    const keepSlots = slotBatch(s.limits.concurrent) > 1 ? slotBatch(s.limits.concurrent) : 0;
    const tokens = Math.max(0, s.tokens - keepTokens);
    const slots = s.idle.length > keepSlots ? s.idle.splice(keepSlots) : [];
    if (!tokens && !slots.length) return;
    s.tokens -= tokens;
    void this.giveBack(
      s,
      tokens,
      slots.map((slot) => slot.id),
    ).catch(() => undefined); // tokens lost to an outage only ever refuse, slots expire by themselves
  }

  /** Once the subject has been quiet for the grace period, gives back what is held and forgets it. */
  private schedule(s: Subject) {
    if (s.timer) return;
    const check = () => {
      s.timer = undefined;
      const quiet = performance.now() - s.lastUsed;
      if (quiet < this.graceMs) {
        s.timer = setTimeout(check, this.graceMs - quiet).unref();
        return;
      }
      if (s.tokens || s.idle.length) {
        const tokens = s.tokens;
        const slots = s.idle.splice(0).map((slot) => slot.id);
        s.tokens = 0;
        void this.giveBack(s, tokens, slots).catch(() => undefined);
      }
      if (!s.busy && !s.leasing && !s.queue.length && this.subjects.get(s.key) === s)
        this.subjects.delete(s.key);
    };
    s.timer = setTimeout(check, this.graceMs).unref();
  }

  private async giveBack(s: Subject, tokens: number, slotIds: string[]) {
    if (!tokens && !slotIds.length) return;
    await this.redis.telemedGiveBackRequests(...subjectKeys(s.key), s.limits.perMinute, tokens, ...slotIds);
  }
}
