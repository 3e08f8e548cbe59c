import type { Queue } from 'bull';
import type { Context } from 'hono';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { outbox } from '../db/schema/index.js';
import type { AppEnv } from '../http/context.js';
import type { Logger } from '../logger.js';
import type { Queues } from './queues.js';

/** Rows handed over per pass; a backlog after an outage drains in a few quick passes. */
const BATCH = 200;
/** A hand-over that takes longer than this means Redis is in trouble: stop the pass, try again later. */
const ADD_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows into bull. Every process that writes jobs nudges it right after a write
 * (see `nudgeRelay`), and the job runner also polls, so rows written while Redis was down, or by a
 * process that died before its nudge, are handed over within a poll interval of Redis answering again.
 * Passes are serialised per process; several processes may relay at once (see `relayBatch`).
 */
export class OutboxRelay {
  private readonly byName: Map<string, Queue>;
  private pass: Promise<number> = Promise.resolve(0);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    queues: Queues,
    private readonly log: Logger,
  ) {
    this.byName = new Map(Object.values(queues).map((q: Queue) => [q.name, q]));
  }

  /** Whether bull's Redis connections are up; a pass without them would only wait. */
  get redisReady() {
    return [...this.byName.values()].every((q) => q.client.status === 'ready');
  }

  /** Hands over every pending row (one pass after any pass already running); resolves to the count. */
  flush(): Promise<number> {
    this.pass = this.pass.then(
      () => this.drain(),
      () => this.drain(),
    );
    return this.pass;
  }

  /** Polls for rows no nudge took care of. */
  start(intervalMs = 500) {
    const tick = () => {
      void this.flush()
        .catch((error: unknown) => this.log.warn({ err: error }, 'outbox relay pass failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pass.catch(() => 0);
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      if (!this.redisReady) return total;
      const moved = await this.relayBatch();
      total += moved.relayed;
      if (moved.relayed < BATCH || moved.failed) return total;
    }
  }

  /**
   * One batch, oldest first. No lock is held while Redis is called (with PGlite a transaction would stall
   * every request): two processes may hand the same row over, and bull keeps one job per id.
   */
  private async relayBatch() {
    const rows = await this.db.select().from(outbox).orderBy(outbox.id).limit(BATCH);
    const relayed: number[] = [];
    let failed = false;
    for (const row of rows) {
      const queue = this.byName.get(row.queue);
      try {
        if (!queue) throw new Error(`no queue named ${row.queue}`);
        const delay = Math.max(0, row.runAt.getTime() - Date.now());
        await withTimeout(queue.add(row.payload, { jobId: row.jobId, delay }), ADD_TIMEOUT_MS);
        relayed.push(row.id);
      } catch (error) {
        // Keep the row (and those after it) for the next pass; the error is kept for operators.
        failed = true;
        const message = error instanceof Error ? error.message : String(error);
        this.log.warn({ outboxId: row.id, queue: row.queue, err: message }, 'outbox hand-over failed');
        await this.db
          .update(outbox)
          .set({ attempts: sql`${outbox.attempts} + 1`, lastError: message })
          .where(eq(outbox.id, row.id));
        break;
      }
    }
    // Bull has them now (and keeps one job per id), so the rows have done their work.
    if (relayed.length) await this.db.delete(outbox).where(inArray(outbox.id, relayed));
    return { relayed: relayed.length, failed };
  }
}

/** How long a write request waits, at most, for its jobs to reach bull after its transaction committed. */
const NUDGE_WAIT_MS = 500;

/**
 * The on-commit nudge, for a request that recorded jobs (`jobsRecorded()` moved while it ran; app.ts): once its
 * handler has returned (its transactions committed), hand its jobs to bull before answering so they start at
 * once — but only when Redis is connected, and never for longer than NUDGE_WAIT_MS. Otherwise the rows wait in
 * the outbox for the job runner's poll. Most writes record no job and cost no outbox query; a concurrent
 * request's job may trigger a pass too, which only hands it over sooner.
 */
export async function nudgeRelay(c: Context<AppEnv>) {
  const { outbox: relay } = c.get('deps');
  if (!relay.redisReady) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    relay.flush().catch((error: unknown) => c.get('log').warn({ err: error }, 'outbox nudge failed')),
    new Promise((resolve) => (timer = setTimeout(resolve, NUDGE_WAIT_MS))),
  ]).finally(() => clearTimeout(timer));
}
