import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type Admission, RequestLimiter, slotBatch, tokenBatch } from '../src/http/rate-limit.js';
import { useRedisConnections } from './harness.js';

/**
 * The limiter's batches on a real Redis: two limiters, each on its own connection, stand in for two api
 * processes sharing one limit. A short grace period lets the tests see leftovers go back.
 */
const GRACE_MS = 50;
const connections = useRedisConnections();
const processA = new RequestLimiter(connections.connect(), { graceMs: GRACE_MS });
const processB = new RequestLimiter(connections.connect(), { graceMs: GRACE_MS });
const redis = connections.connect();

const admitted = (all: Admission[]) => all.filter((a) => a.admitted);
const bucketTokens = async (subject: string) =>
  Number(await redis.hget(`ratelimit:bucket:${subject}`, 'tokens'));
const inFlight = (subject: string) => redis.zcard(`ratelimit:inflight:${subject}`);

describe('request limiter batches', () => {
  it('sizes batches as a second of tokens and a tenth of the in-flight bound, one for small limits', () => {
    expect([tokenBatch(5), tokenBatch(60), tokenBatch(600), tokenBatch(100_000_000)]).toEqual([
      1, 1, 10, 1_666_666,
    ]);
    expect([slotBatch(3), slotBatch(19), slotBatch(20), slotBatch(1000)]).toEqual([1, 1, 2, 100]);
  });

  it('never lets two processes admit more than one shared rate together, and refuses at most a batch each early', async () => {
    const subject = `account:${randomUUID()}`;
    const limits = { perMinute: 120, concurrent: 0 }; // batches of 2; one token back every 0.5 s
    const started = performance.now();
    // Bursts from both processes at once, far past the limit.
    const all: Admission[] = [];
    for (let burst = 0; burst < 10; burst++) {
      all.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 ? processA : processB).admit(subject, limits)),
        )),
      );
    }
    const refilled = Math.floor(((performance.now() - started) * limits.perMinute) / 60_000);
    const n = admitted(all).length;
    expect(n).toBeLessThanOrEqual(limits.perMinute + refilled);
    expect(n).toBeGreaterThanOrEqual(limits.perMinute - 2 * tokenBatch(limits.perMinute));
    const refused = all.find((a) => !a.admitted);
    expect(refused).toMatchObject({ admitted: false, reason: 'rate' });
    expect(refused?.admitted === false && refused.retryAfterSeconds).toBe(1);
  });

  it('spends a leased batch without asking Redis, and gives back what it did not spend after the grace period', async () => {
    const subject = `account:${randomUUID()}`;
    const limits = { perMinute: 600, concurrent: 0 }; // batches of 10
    const first = await processA.admit(subject, limits);
    expect(first.admitted).toBe(true);
    expect(processA.held(subject).tokens).toBe(9);
    expect(await bucketTokens(subject)).toBeCloseTo(590, 0);
    for (let i = 0; i < 9; i++) expect((await processA.admit(subject, limits)).admitted).toBe(true);
    expect(await bucketTokens(subject)).toBeCloseTo(590, 0); // nine more, not one of them from Redis
    expect((await processA.admit(subject, limits)).admitted).toBe(true); // the next batch
    expect(processA.held(subject).tokens).toBe(9);

    await sleep(GRACE_MS * 4);
    expect(processA.held(subject).tokens).toBe(0);
    // 600 − 11 spent, refilled by ten a second meanwhile (capped at 600).
    expect(await bucketTokens(subject)).toBeGreaterThanOrEqual(589);
  });

  it('never lets two processes have more requests in flight than one shared bound', async () => {
    const subject = `account:${randomUUID()}`;
    const limits = { perMinute: 0, concurrent: 20 }; // batches of 2
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? processA : processB).admit(subject, limits)),
    );
    expect(admitted(all)).toHaveLength(20);
    expect(all.find((a) => !a.admitted)).toEqual({
      admitted: false,
      reason: 'concurrency',
      retryAfterSeconds: 1,
    });
    expect(await inFlight(subject)).toBe(20);
    for (const a of all) if (a.admitted) await a.release();
    await sleep(GRACE_MS * 4);
    expect(await inFlight(subject)).toBe(0);
  });

  it('keeps a freed slot for its own process within a batch, and hands it to the others after the grace period', async () => {
    const subject = `account:${randomUUID()}`;
    const limits = { perMinute: 0, concurrent: 20 };
    const held: Admission[] = [];
    for (let i = 0; i < 20; i++) held.push(await (i % 2 ? processA : processB).admit(subject, limits));
    expect(admitted(held)).toHaveLength(20);
    expect((await processA.admit(subject, limits)).admitted).toBe(false);
    expect((await processB.admit(subject, limits)).admitted).toBe(false);

    const ofA = held[1]!;
    if (ofA.admitted) await ofA.release();
    expect(processA.held(subject).idleSlots).toBe(1);
    expect((await processB.admit(subject, limits)).admitted).toBe(false); // held by A: at most a batch
    const again = await processA.admit(subject, limits);
    expect(again.admitted).toBe(true);
    if (again.admitted) await again.release();

    await sleep(GRACE_MS * 4);
    expect(processA.held(subject).idleSlots).toBe(0);
    const ofB = await processB.admit(subject, limits);
    expect(ofB.admitted).toBe(true);
    for (const a of [...held, ofB]) if (a.admitted) await a.release();
  });

  it('holds nothing between requests when the batch is one, so small limits behave as a per-request check', async () => {
    const subject = `address:${randomUUID()}`;
    const limits = { perMinute: 5, concurrent: 3 };
    const a = await processA.admit(subject, limits);
    expect(a.admitted).toBe(true);
    expect(processA.held(subject)).toEqual({ tokens: 0, idleSlots: 0, busy: 1 });
    if (a.admitted) await a.release();
    expect(processA.held(subject)).toEqual({ tokens: 0, idleSlots: 0, busy: 0 });
    expect(await inFlight(subject)).toBe(0);
    const rest = await Promise.all(Array.from({ length: 6 }, () => processB.admit(subject, limits)));
    // Four tokens are left after A's, but only three may be in flight at once.
    expect(admitted(rest)).toHaveLength(3);
    for (const r of rest) if (r.admitted) await r.release();
    expect(await inFlight(subject)).toBe(0);
  });

  it('fails the admission when Redis cannot be asked and nothing is held, as a per-request check did', async () => {
    const limiter = new RequestLimiter(connections.unreachable(), { graceMs: GRACE_MS });
    await expect(
      limiter.admit(`account:${randomUUID()}`, { perMinute: 600, concurrent: 20 }),
    ).rejects.toThrow();
  });
});
