import { parseResponse } from 'hono/client';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type RestartableService } from '../../scripts/services/postgres.js';
import { startRedis, type RunningService } from '../../scripts/services/redis.js';
import { bpReadings, monitoringAlerts, outbox } from '../src/db/schema/index.js';
import { startProcessors } from '../src/runtime.js';
import { book, videoSlots } from './booking-fixtures.js';
import { problemOf, type TestSession, useTestApi } from './harness.js';
import { addReading } from './monitoring-fixtures.js';
import { familyOf } from './people.js';

// This file stops its servers, so it runs its own Postgres and Redis rather than the shared ones.
let postgres: RestartableService;
let redis: RunningService;
beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres({ database: 'telemed_outages' }), startRedis()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([postgres.stop(), redis.stop()]);
});

const api = useTestApi({ services: () => ({ databaseUrl: postgres.url, redisUrl: redis.url }) });

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

let volkov: TestSession;
let volkovId: string;
let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  volkov = await api.login('nikolai.volkov@demo.telemed');
  volkovId = (await familyOf(api, volkov)).self.id;
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
  startProcessors(api.deps);
});

async function freeSlot(session: TestSession, patientId: string) {
  const { slots } = await videoSlots(api, session, 'therapist', patientId);
  return slots[6]!.id; // clear of the change cut-off
}

describe('a Redis outage', () => {
  it('answers a crisis reading at once with the 103/112 advice, and raises its alert once Redis is back', async () => {
    const port = Number(new URL(redis.url).port);
    const slotId = await freeSlot(anna, annaId);
    await redis.stop();
    await expect.poll(() => api.deps.outbox.redisReady, { timeout: 10_000 }).toBe(false);

    // 186/119 with a severe headache: before the outbox this request waited on bull until Redis returned.
    const res = await addReading(api, volkov, volkovId, {
      systolic: 186,
      diastolic: 119,
      measuredAt: minutesAgo(2),
      symptoms: ['severe_headache'],
    });
    expect(res.status).toBe(201);
    const reading = await parseResponse(res);
    expect(reading).toMatchObject({ inserted: 1, ambulance: true });
    const crisis = reading.advice.find((a) => a.kind === 'crisis')!;
    expect(crisis.text.en).toContain('103 or 112');
    expect(crisis.text.ru).toContain('103 или 112');

    // A booking is answered too; its reminder waits in the outbox with the evaluation job.
    const booking = await book(api, anna, { patientId: annaId, slotId, format: 'video' });
    expect(booking.status).toBe(201);
    const { id: appointmentId } = await parseResponse(booking);
    const pending = await api.deps.database.db.select().from(outbox);
    expect(pending.map((r) => r.queue).sort()).toEqual(['monitoring', 'reminders']);

    redis = await startRedis({ port });
    // The relay hands both jobs over, the worker evaluates the reading and opens the crisis alert.
    await expect
      .poll(
        async () =>
          (
            await api.deps.database.db
              .select({ kind: monitoringAlerts.kind })
              .from(monitoringAlerts)
              .innerJoin(bpReadings, eq(bpReadings.id, monitoringAlerts.readingId))
              .where(
                and(
                  eq(monitoringAlerts.patientId, volkovId),
                  eq(bpReadings.systolic, 186),
                  eq(bpReadings.diastolic, 119),
                ),
              )
          ).map((a) => a.kind),
        { timeout: 15_000, interval: 200 },
      )
      .toContain('crisis');
    const reminders = await api.deps.queues.reminders.getDelayed();
    expect(reminders.filter((j) => j.data.appointmentId === appointmentId)).toHaveLength(1);
    // The alert's own notifications went through the outbox as well, and were handed over in turn.
    await expect.poll(() => api.deps.database.db.select().from(outbox), { timeout: 10_000 }).toEqual([]);
  });
});

describe('a Postgres restart', () => {
  it('answers 503 with Retry-After while the database is down, and the retried write lands once', async () => {
    const body = { systolic: 131, diastolic: 84, measuredAt: minutesAgo(3) };
    const send = () => addReading(api, volkov, volkovId, body);
    await postgres.down();

    const during = await send();
    expect(during.status).toBe(503);
    expect(during.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(during)).detail).toMatch(/Your data is safe/);
    const ready = await api.client().readyz.$get();
    expect(ready.status).toBe(503);
    const { checks } = await ready.json();
    expect(checks.redis).toBe('ok');
    expect(checks.database).not.toBe('ok');

    await postgres.up();
    // The client retries as told; once the database is back the same request succeeds.
    // Widened: the route declares only its 201, the 503 is the outage handler's.
    const unavailable = ({ status }: { status: number }) => status === 503;
    let after = await send();
    while (unavailable(after)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await send();
    }
    expect(after.status).toBe(201);
    expect((await parseResponse(after)).inserted).toBe(1);
    const stored = await api.deps.database.db
      .select()
      .from(bpReadings)
      .where(and(eq(bpReadings.patientId, volkovId), eq(bpReadings.measuredAt, new Date(body.measuredAt))));
    expect(stored).toHaveLength(1);
    expect((await api.request('/readyz')).status).toBe(200);
  });
});
