import { and, eq, like } from 'drizzle-orm';
import { type InferRequestType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { bpReadings, notifications, seriesTasks } from '../src/db/schema/index.js';
import { runOutreachJob, sweepOutreach } from '../src/domains/monitoring/outreach/jobs.js';
import { sideEffectEvidence } from '../src/domains/monitoring/outreach/questionnaire.js';
import { evaluateTitration } from '../src/domains/monitoring/titration/proposals.js';
import {
  addDays,
  moscowDate,
  moscowDayStart,
  seriesProgress,
  slotOf,
  slotTime,
  type Schedule,
} from '../src/domains/monitoring/outreach/series.js';
import { createLogger } from '../src/logger.js';
import { OUTREACH_DEMO_PATIENT } from '../src/seed/outreach.js';
import type { ApiClient } from '../src/client.js';
import { type TestSession, useTestApi } from './harness.js';
import { monitoringPage } from './monitoring-fixtures.js';
import { familyOf } from './people.js';

const api = useTestApi();
const db = () => api.deps.database.db;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Monitored = ApiClient['monitoring']['patients'][':id'];

let orlova: TestSession;
let karpov: TestSession;
let smirnova: TestSession;
let kuznetsov: TestSession;
let lidia: TestSession;
let anna: TestSession;
let lidiaId: string;
const today = moscowDate(new Date());

const monitored = (session: TestSession) => api.client(session).monitoring.patients[':id'];
const outreachOf = (session: TestSession) => monitored(session).outreach.$get({ param: { id: lidiaId } });
const setSchedule = (
  session: TestSession,
  json: InferRequestType<Monitored['measurement-schedule']['$put']>['json'],
) => monitored(session)['measurement-schedule'].$put({ param: { id: lidiaId }, json });
const logContact = (
  session: TestSession,
  json: InferRequestType<Monitored['contact-attempts']['$post']>['json'],
) => monitored(session)['contact-attempts'].$post({ param: { id: lidiaId }, json });
const answer = (session: TestSession, answers: typeof NO) =>
  api
    .client(session)
    .patients[':id']['bp-questionnaire'].$post({ param: { id: lidiaId }, json: { answers } });
/** The patient's outreach and monitoring pages, as nurse Orlova sees them. */
const outreach = () => parseResponse(outreachOf(orlova));
const patientView = () => parseResponse(monitoringPage(api, orlova, lidiaId));

const NO = {
  headache: false,
  dizziness_on_standing: false,
  ankle_swelling: false,
  dry_cough: false,
  palpitations: false,
  fatigue: false,
  chest_pain: false,
  breathlessness: false,
};

beforeAll(async () => {
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  kuznetsov = await api.login('dr.kuznetsov@demo.telemed', undefined, 'staff');
  lidia = await api.login(OUTREACH_DEMO_PATIENT);
  anna = await api.login('anna.petrova@demo.telemed');
  lidiaId = (await familyOf(api, lidia)).self.id;
});

describe('the seeded running series', () => {
  it('has two missed days and an open task for the assistant', async () => {
    const view = await outreach();
    expect(view.schedule).toMatchObject({ startDate: addDays(today, -3), days: 7, perSlot: 2 });
    expect(view.series).toMatchObject({ done: 5, expected: 28, missedDays: 2 });
    expect(view.task).toMatchObject({ done: 5, expected: 28, missedDays: 2 });
  });

  it("is a row of the assistant's worklist: series incomplete, readings done of expected", async () => {
    const list = await parseResponse(
      api.client(orlova).monitoring.worklist.$get({ query: { limit: '200' } }),
    );
    const row = list.items.find((i) => i.patientId === lidiaId);
    expect(row?.seriesTask).toEqual({ done: 5, expected: 28, missedDays: 2 });
    expect(list.items.filter((i) => i.seriesTask !== null)).toHaveLength(1);
  });
});

describe('contact attempts', () => {
  it('the responsible assistant logs one; it is in the timeline with its outcome', async () => {
    const res = await logContact(orlova, { channel: 'call', outcome: 'no_answer' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ channel: 'call', outcome: 'no_answer', note: null });
    await logContact(orlova, { channel: 'message', outcome: 'left_message', note: 'Asked to call back' });
    const view = await outreach();
    expect(view.contactAttempts.map((a) => [a.channel, a.outcome, a.note])).toEqual([
      ['message', 'left_message', 'Asked to call back'],
      ['call', 'no_answer', null],
    ]);
    // The same record is one of the assistant's notes (the existing timeline), old notes have no outcome.
    const patient = await patientView();
    expect(patient.notes.map((n) => n.channel)).toEqual(['message', 'phone']);
  });

  it('is refused to another assistant (404), a doctor and the patient (403), and validated (400)', async () => {
    const body = { channel: 'call', outcome: 'reached' } as const;
    expect((await logContact(karpov, body)).status).toBe(404);
    expect((await logContact(smirnova, body)).status).toBe(403);
    expect((await logContact(lidia, body)).status).toBe(403);
    for (const json of [
      { channel: 'fax', outcome: 'reached' },
      { channel: 'call', outcome: 'maybe' },
    ]) {
      // Raw on purpose: the typed client only takes a known channel and outcome.
      const res = await api.request(`/monitoring/patients/${lidiaId}/contact-attempts`, {
        method: 'POST',
        session: orlova,
        json,
      });
      expect(res.status, JSON.stringify(json)).toBe(400);
    }
  });

  it('the outreach page is refused to another assistant, another doctor and a patient', async () => {
    expect((await outreachOf(karpov)).status).toBe(404);
    expect((await outreachOf(kuznetsov)).status).toBe(404);
    expect((await outreachOf(lidia)).status).toBe(403);
  });
});

describe('the measurement schedule', () => {
  it('defaults to the ESH 2023 series (7 days, 2 morning and 2 evening readings)', async () => {
    const res = await setSchedule(orlova, { startDate: today });
    expect(res.status).toBe(200);
    const view = await parseResponse(res);
    expect(view.schedule).toMatchObject({ startDate: today, days: 7, perSlot: 2, morningTime: '08:00' });
    expect(view.series).toMatchObject({ expected: 28, missedDays: 0 });
    // A new series closes the previous series' task.
    expect(view.task).toBeNull();
  });

  it('the treating doctor may set it too; another doctor, another assistant and the patient may not', async () => {
    expect((await setSchedule(smirnova, { startDate: today, days: 5 })).status).toBe(200);
    expect((await setSchedule(kuznetsov, { startDate: today })).status).toBe(404);
    expect((await setSchedule(karpov, { startDate: today })).status).toBe(404);
    expect((await setSchedule(lidia, { startDate: today })).status).toBe(403);
  });

  it('rejects a start too far back or ahead, and bad times', async () => {
    const res = await setSchedule(orlova, { startDate: addDays(today, -29) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'outreach.series_start_out_of_range' });
    expect((await setSchedule(orlova, { startDate: addDays(today, 61) })).status).toBe(400);
    expect((await setSchedule(orlova, { startDate: today, morningTime: '25:00' })).status).toBe(400);
  });

  it('keeps the morning reminder before noon and the evening one from noon on (the slots split at noon)', async () => {
    const late = await setSchedule(orlova, { startDate: today, morningTime: '13:00' });
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({
      code: 'outreach.morning_time_after_noon',
      errors: [{ path: 'morningTime', code: 'outreach.morning_time_after_noon' }],
    });
    const early = await setSchedule(orlova, { startDate: today, eveningTime: '11:30' });
    expect(await early.json()).toMatchObject({
      code: 'outreach.evening_time_before_noon',
      errors: [{ path: 'eveningTime', code: 'outreach.evening_time_before_noon' }],
    });
    expect((await setSchedule(orlova, { startDate: today, morningTime: '12:00' })).status).toBe(400);
    const edges = await setSchedule(orlova, { startDate: today, morningTime: '11:59', eveningTime: '12:00' });
    expect(edges.status).toBe(200);
    // Back to the series the next test reads.
    expect((await setSchedule(orlova, { startDate: today, days: 5 })).status).toBe(200);
  });

  it('the patient sees the series; another patient and the assistant get 404', async () => {
    const series = (session: TestSession) =>
      api.client(session).patients[':id']['bp-series'].$get({ param: { id: lidiaId } });
    const res = await series(lidia);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      schedule: { startDate: today, days: 5 },
      series: { expected: 20 },
    });
    expect((await series(anna)).status).toBe(404);
    expect((await series(orlova)).status).toBe(404);
  });
});

describe('"missed" boundaries', () => {
  const schedule: Schedule = {
    patientId: 'p',
    startDate: '2026-03-02',
    days: 7,
    perSlot: 2,
    morningTime: '08:00',
    eveningTime: '20:00',
  };
  const start = moscowDayStart('2026-03-02').getTime();
  const threeReadings = [8 * HOUR, 8 * HOUR + MINUTE, 20 * HOUR].map((t) => ({
    measuredAt: new Date(start + t),
  }));

  it('a day with a reading missing is not missed until Moscow midnight, and missed from it', () => {
    const before = seriesProgress(schedule, threeReadings, new Date(start + 24 * HOUR - 1));
    expect(before.days[0]).toMatchObject({ status: 'today', done: 3, expected: 4 });
    expect(before.missedDays).toBe(0);
    const at = seriesProgress(schedule, threeReadings, new Date(start + 24 * HOUR));
    expect(at.days[0]).toMatchObject({ status: 'missed' });
    expect(at).toMatchObject({ missedDays: 1, missing: 1, done: 3, expected: 28 });
  });

  it('a full day is complete, and extra readings in a slot do not make up for another slot', () => {
    const full = [...threeReadings, { measuredAt: new Date(start + 20 * HOUR + MINUTE) }];
    expect(seriesProgress(schedule, full, new Date(start + 30 * HOUR)).days[0]!.status).toBe('complete');
    const mornings = [0, 1, 2, 3].map((i) => ({ measuredAt: new Date(start + 8 * HOUR + i * MINUTE) }));
    expect(seriesProgress(schedule, mornings, new Date(start + 30 * HOUR)).days[0]).toMatchObject({
      status: 'missed',
      morning: 2,
      evening: 0,
    });
  });

  it('morning ends at Moscow noon', () => {
    expect(slotOf(new Date(start + 12 * HOUR - 1))).toBe('morning');
    expect(slotOf(new Date(start + 12 * HOUR))).toBe('evening');
  });
});

describe('the reminder job', () => {
  const reminders = () =>
    db()
      .select()
      .from(notifications)
      .where(like(notifications.idempotencyKey, `bp-reminder:${lidiaId}:%`));

  it('sends a slot reminder once however often it runs, and none before the slot time', async () => {
    await setSchedule(orlova, { startDate: today });
    const schedule = {
      patientId: lidiaId,
      startDate: today,
      days: 7,
      perSlot: 2,
      morningTime: '08:00',
      eveningTime: '20:00',
    };
    const morning = slotTime(schedule, today, 'morning');
    const queue = api.deps.queues.notifications;
    await sweepOutreach(db(), queue, new Date(morning.getTime() - 1));
    expect(await reminders()).toHaveLength(0);
    const first = await sweepOutreach(db(), queue, new Date(morning.getTime() + 2 * MINUTE));
    const second = await sweepOutreach(db(), queue, new Date(morning.getTime() + 7 * MINUTE));
    expect(first.reminders).toBe(1);
    expect(second.reminders).toBe(0);
    // The job's own entry point validates its payload.
    const log = createLogger('silent', 'test');
    await runOutreachJob(db(), queue, log, {
      sweep: true,
      at: new Date(morning.getTime() + 9 * MINUTE).toISOString(),
    });
    await expect(runOutreachJob(db(), queue, log, { sweep: 'yes' })).rejects.toThrow();
    const rows = await reminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idempotencyKey).toBe(`bp-reminder:${lidiaId}:${today}:morning`);
  });

  it('sends no reminder for a slot already measured', async () => {
    const schedule = {
      patientId: lidiaId,
      startDate: today,
      days: 7,
      perSlot: 2,
      morningTime: '08:00',
      eveningTime: '20:00',
    };
    const evening = slotTime(schedule, today, 'evening');
    await db()
      .insert(bpReadings)
      .values(
        [0, 1].map((i) => ({
          patientId: lidiaId,
          measuredAt: new Date(evening.getTime() - (10 - i) * MINUTE),
          systolic: 138,
          diastolic: 86,
          source: 'manual' as const,
        })),
      );
    const result = await sweepOutreach(
      db(),
      api.deps.queues.notifications,
      new Date(evening.getTime() + MINUTE),
    );
    expect(result.reminders).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });
});

describe('missed-measurement follow-up', () => {
  it('one follow-up the morning after a missed day, and a worklist task after two missed days', async () => {
    const startDate = addDays(today, -10);
    expect((await setSchedule(orlova, { startDate })).status).toBe(200);
    const schedule = {
      patientId: lidiaId,
      startDate,
      days: 7,
      perSlot: 2,
      morningTime: '08:00',
      eveningTime: '20:00',
    };
    const queue = api.deps.queues.notifications;
    const followUps = () =>
      db()
        .select()
        .from(notifications)
        .where(like(notifications.idempotencyKey, `bp-followup:${lidiaId}:%`));
    // Day 1 ended at midnight; its follow-up goes at day 2's morning time, not before. One missed day: no task.
    const day2Morning = slotTime(schedule, addDays(startDate, 1), 'morning');
    await sweepOutreach(db(), queue, new Date(day2Morning.getTime() - MINUTE));
    expect(await followUps()).toHaveLength(0);
    await sweepOutreach(db(), queue, day2Morning);
    await sweepOutreach(db(), queue, new Date(day2Morning.getTime() + HOUR));
    expect((await followUps()).map((n) => n.idempotencyKey)).toEqual([`bp-followup:${lidiaId}:${startDate}`]);
    const openTasks = () =>
      db()
        .select()
        .from(seriesTasks)
        .where(and(eq(seriesTasks.patientId, lidiaId), eq(seriesTasks.startDate, startDate)));
    expect(await openTasks()).toHaveLength(0);
    // Day 2 ends without readings: the second missed day makes the task, with the counts.
    const day3Morning = slotTime(schedule, addDays(startDate, 2), 'morning');
    await sweepOutreach(db(), queue, day3Morning);
    expect(await followUps()).toHaveLength(2);
    expect(await openTasks()).toMatchObject([{ missedDays: 2, done: 0, expected: 28, resolvedAt: null }]);
    const view = await outreach();
    expect(view.task).toMatchObject({ missedDays: 2, done: 0, expected: 28 });

    // The next sweep finds everything sent and the task's counts unchanged: it reads, and writes nothing.
    const [before] = await openTasks();
    const writes: string[] = [];
    const watched = new Proxy(db(), {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (['insert', 'update', 'delete', 'transaction', 'execute'].includes(String(prop)))
          writes.push(String(prop));
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const again = await sweepOutreach(watched, queue, new Date(day3Morning.getTime() + 5 * MINUTE));
    expect(again).toMatchObject({ reminders: 0, followUps: 0, tasks: 1 });
    expect(writes).toEqual([]);
    expect((await openTasks())[0]!.updatedAt).toEqual(before!.updatedAt);
  });

  it('a series changed on the same start day drops its task; the next sweep counts the new series', async () => {
    const startDate = addDays(today, -10);
    expect((await outreach()).task).toMatchObject({ expected: 28 });
    expect((await setSchedule(orlova, { startDate, days: 5 })).status).toBe(200);
    expect((await outreach()).task).toBeNull();
    const day3Morning = slotTime(
      { patientId: lidiaId, startDate, days: 5, perSlot: 2, morningTime: '08:00', eveningTime: '20:00' },
      addDays(startDate, 2),
      'morning',
    );
    await sweepOutreach(db(), api.deps.queues.notifications, new Date(day3Morning.getTime() + 10 * MINUTE));
    expect((await outreach()).task).toMatchObject({ missedDays: 2, expected: 20 });
  });

  it('the responsible assistant closes the task; another assistant cannot', async () => {
    const close = (s: TestSession) => monitored(s)['series-task'].resolve.$post({ param: { id: lidiaId } });
    expect((await close(karpov)).status).toBe(404);
    expect((await close(lidia)).status).toBe(403);
    expect(await parseResponse(close(orlova))).toEqual({ resolved: 1 });
    expect((await outreach()).task).toBeNull();
  });
});

describe('the symptom and side-effect questionnaire', () => {
  it('the patient answers; chest pain points to urgent care', async () => {
    const calm = await answer(lidia, { ...NO, dry_cough: true });
    expect(calm.status).toBe(201);
    expect(await calm.json()).toMatchObject({
      questionnaire: { reported: ['dry_cough'], urgent: false },
      urgentAdvice: null,
    });
    const urgent = await parseResponse(answer(lidia, { ...NO, chest_pain: true }));
    expect(urgent.urgentAdvice!.text.en).toContain('103');
    expect(urgent.urgentAdvice!.source).toContain('ESH 2023');
  });

  it('is refused to another patient (404), the assistant (403) and an incomplete answer (400)', async () => {
    expect((await answer(anna, NO)).status).toBe(404);
    expect((await answer(orlova, NO)).status).toBe(403);
    const { fatigue: _fatigue, ...missing } = NO;
    // Raw on purpose: the typed client wants every answer.
    const incomplete = await api.request(`/patients/${lidiaId}/bp-questionnaire`, {
      method: 'POST',
      session: lidia,
      json: { answers: missing },
    });
    expect(incomplete.status).toBe(400);
  });

  it('the assistant sees the answers, newest first', async () => {
    const view = await outreach();
    expect(view.questionnaires.slice(0, 2)).toMatchObject([
      { reported: ['chest_pain'], urgent: true },
      { reported: ['dry_cough'], urgent: false },
    ]);
  });

  it("chest pain or breathlessness is an urgent alert on the assistant's screen, raised once while it is open", async () => {
    const reported = async () =>
      (await patientView()).alerts.filter((a) => a.kind === 'symptoms_reported' && a.status === 'open');
    expect(await reported()).toMatchObject([{ severity: 'urgent', values: { symptoms: ['chest_pain'] } }]);
    expect((await answer(lidia, { ...NO, chest_pain: true, breathlessness: true })).status).toBe(201);
    const [alert] = await reported();
    expect(await reported()).toHaveLength(1);
    const told = await db()
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `monitoring-alert:${alert!.id}:assistant`));
    expect(told).toHaveLength(1);
    expect(told[0]!.title.en).toContain('Chest pain or breathlessness');
    // Once the assistant has dealt with it, new answers raise a new alert.
    const resolve = await api
      .client(orlova)
      .monitoring.alerts[':id'].resolve.$post({ param: { id: alert!.id } });
    expect(resolve.status).toBe(200);
    await answer(lidia, { ...NO, breathlessness: true });
    expect(await reported()).toMatchObject([{ values: { symptoms: ['shortness_of_breath'] } }]);
  });

  it('the latest answers are titration evidence, with the current drug class side effects flagged', async () => {
    await answer(lidia, { ...NO, dry_cough: true, ankle_swelling: true, fatigue: true });
    const evidence = await sideEffectEvidence(db(), lidiaId, 'ACEi + CCB, low dose (single pill)');
    expect(evidence).toMatchObject({
      reported: ['ankle_swelling', 'dry_cough', 'fatigue'],
      flags: ['acei_cough', 'ccb_ankle_oedema'],
    });
    expect((await sideEffectEvidence(db(), lidiaId, 'ARB + thiazide-like diuretic'))!.flags).toEqual([]);
  });
});

describe('titration evidence', () => {
  it('a step-up proposal carries the latest answers, with the current drug class side effects flagged', async () => {
    const attach = await monitored(smirnova).titration.$put({
      param: { id: lidiaId },
      json: { protocolCode: 'acei-ccb-thiazide', step: 1 },
    });
    expect(attach.status).toBe(200);
    // Step 1 is judged after 14 days (titration/protocols.ts): two weeks above the 135/85 target.
    const start = Date.now();
    await db()
      .insert(bpReadings)
      .values(
        Array.from({ length: 28 }, (_, i) => ({
          patientId: lidiaId,
          measuredAt: new Date(start + (Math.floor(i / 2) + 1) * 86_400_000 + (i % 2) * 10 * HOUR),
          systolic: 152,
          diastolic: 94,
          source: 'manual' as const,
        })),
      );
    const proposal = await evaluateTitration(db(), lidiaId, new Date(start + 15 * 86_400_000 + 12 * HOUR));
    expect(proposal?.evidence.sideEffects).toMatchObject({
      reported: ['ankle_swelling', 'dry_cough', 'fatigue'],
      flags: ['acei_cough', 'ccb_ankle_oedema'],
    });
  });
});
