import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { appointments, auditEvents, bpReadings, notifications } from '../src/db/schema/index.js';
import { followChanges } from '../src/lib/change-feed.js';
import { ReadCache } from '../src/lib/read-cache.js';
import { clientOf, problemOf, useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();
const db = () => api.deps.database.db;

/**
 * An api process whose cache keeps entries far longer than the test and hears of changes only through the
 * database's change feed: a fresh answer after a write proves the trigger, the notification and the listener.
 */
let app: ReturnType<typeof createApp>;
let cache: ReadCache;
let stopFollowing: () => Promise<void>;
let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  cache = await ReadCache.start(api.deps.redis, 600_000, { register: false });
  stopFollowing = await followChanges(api.deps.database, cache);
  app = createApp({ ...api.deps, readCache: cache });
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
});
afterAll(async () => {
  await stopFollowing();
  cache.close();
});

const reading = (systolic: number) => ({
  patientId: annaId,
  measuredAt: new Date(Date.now() - 60_000),
  systolic,
  diastolic: 80,
  source: 'manual' as const,
});

/** Written with the triggers off (as by a restore): the change feed never hears of it. */
const writeUnannounced = (systolic: number) =>
  db().transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.insert(bpReadings).values(reading(systolic));
  });

const cardTitles = async (session = anna) => {
  const res = await clientOf(app, { session }).patients[':id'].medcard.timeline.$get({
    param: { id: annaId },
    query: { kinds: 'bp_reading' },
  });
  expect(res.status).toBe(200);
  return (await parseResponse(res)).items.map((e) => e.title.en);
};

describe("the database's change feed", () => {
  it('notifies on commit the keys a statement changed, and nothing for a rollback', async () => {
    const heard: string[] = [];
    const stop = await api.deps.database.listen(
      'telemed_changes',
      (p) => heard.push(p),
      () => {},
    );
    try {
      await db()
        .transaction(async (tx) => {
          await tx.insert(bpReadings).values(reading(201));
          throw new Error('rolled back');
        })
        .catch(() => {});
      await db()
        .insert(bpReadings)
        .values([reading(202), reading(203)]);
      await vi.waitFor(() => expect(heard).toContain(`card:${annaId}`));
      // Two rows, one statement, one patient: one notification.
      expect(heard.filter((p) => p === `card:${annaId}`)).toHaveLength(1);
    } finally {
      await stop();
    }
  });

  it("keeps a patient's card until a write names them, whatever made the write", async () => {
    const before = await cardTitles();
    await writeUnannounced(171);
    // Still the cached page: the unannounced reading is not on it.
    expect(await cardTitles()).toEqual(before);
    // Any announced write to the card (here straight to the database, as a job or a lab import would).
    await db().insert(bpReadings).values(reading(172));
    await vi.waitFor(async () => {
      const titles = await cardTitles();
      expect(titles.some((t) => t.startsWith('172/'))).toBe(true);
      expect(titles.some((t) => t.startsWith('171/'))).toBe(true);
    });
  });

  it('still checks access and audits every cached read', async () => {
    await cardTitles();
    const requestIds = [randomUUID(), randomUUID()];
    for (const id of requestIds) {
      const res = await app.request(`/patients/${annaId}/medcard/timeline?kinds=bp_reading`, {
        headers: { cookie: anna.cookie, 'x-request-id': id },
      });
      expect(res.status).toBe(200);
    }
    const rows = await db()
      .select({ requestId: auditEvents.requestId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'medcard.timeline'), eq(auditEvents.patientId, annaId)));
    expect(rows.map((r) => r.requestId)).toEqual(expect.arrayContaining(requestIds));

    const stranger = await api.login('ivan.sokolov@demo.telemed');
    const refused = await clientOf(app, { session: stranger }).patients[':id'].medcard.timeline.$get({
      param: { id: annaId },
      query: { kinds: 'bp_reading' },
    });
    expect(refused.status).toBe(404);
    expect((await problemOf(refused)).status).toBe(404);
  });

  it('forgets every fed entry when listening restarts, since notifications were lost meanwhile', async () => {
    await cardTitles();
    await writeUnannounced(161);
    expect((await cardTitles()).some((t) => t.startsWith('161/'))).toBe(false);
    await db().execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where query ilike 'listen%' and datname = current_database()`,
    );
    await vi.waitFor(async () => expect((await cardTitles()).some((t) => t.startsWith('161/'))).toBe(true), {
      timeout: 10_000,
    });
  });

  it("keeps a doctor's day until one of their appointments changes", async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const day = async () =>
      (await parseResponse(clientOf(app, { session: doctor }).me.appointments.$get())).items;
    const [first] = await day();
    const reason = `changed ${randomUUID()}`;
    await db().update(appointments).set({ reason }).where(eq(appointments.id, first!.id));
    await vi.waitFor(async () => expect((await day()).find((a) => a.id === first!.id)?.reason).toBe(reason));
  });

  it("keeps an assistant's worklist until one of their patients' readings or alerts changes", async () => {
    const nurse = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
    const worklist = async () =>
      (await parseResponse(clientOf(app, { session: nurse }).monitoring.worklist.$get({ query: {} }))).items;
    const [patient] = await worklist();
    await db()
      .insert(bpReadings)
      .values({ ...reading(149), patientId: patient!.patientId, measuredAt: new Date() });
    await vi.waitFor(async () =>
      expect((await worklist()).find((p) => p.patientId === patient!.patientId)?.lastReading?.systolic).toBe(
        149,
      ),
    );
  });

  it("keeps a notification centre until the account's notifications change", async () => {
    const inbox = async () => parseResponse(clientOf(app, { session: anna }).notifications.$get());
    const before = await inbox();
    await db()
      .insert(notifications)
      .values({
        accountId: anna.accountId,
        kind: 'test',
        title: { ru: 'Проверка', en: 'Check' },
        body: { ru: 'Тело', en: 'Body' },
        idempotencyKey: randomUUID(),
      });
    await vi.waitFor(async () => expect((await inbox()).unread).toBe(before.unread + 1));
  });
});
