import { desc, eq, sql } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bpReadingMonths,
  bpReadings,
  monitoringEnrolments,
  patients,
  titrationPlans,
  titrationProposals,
} from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

/**
 * What makes monitoring hold at panel scale (issue 18, "Scale"; bench/monitoring): the worklist as pages in
 * urgency order with a total, the open titration proposal on each row, and bp_reading_months (the last reading
 * of each month, kept by a trigger) that the population trend reads.
 */
const api = useTestApi();

let orlova: TestSession;
const worklist = (query: { limit?: string; offset?: string }) =>
  api.client(orlova).monitoring.worklist.$get({ query });
const page = async (query: { limit?: string; offset?: string }) => {
  const res = await worklist(query);
  expect(res.status).toBe(200);
  return parseResponse(res);
};

beforeAll(async () => {
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
});

describe('the worklist in pages', () => {
  it('pages through the same urgency order, with the total on every page', async () => {
    const whole = await page({ limit: '200' });
    expect(whole.total).toBe(whole.items.length);
    expect(whole.total).toBeGreaterThan(2);
    const first = await page({});
    expect(first.limit).toBe(50);
    expect(first.offset).toBe(0);
    const paged: typeof whole.items = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const p = await page({ limit: '2', offset: String(offset) });
      expect(p.total).toBe(whole.total);
      expect(p.items.length).toBeLessThanOrEqual(2);
      paged.push(...p.items);
    }
    expect(paged.map((i) => i.patientId)).toEqual(whole.items.map((i) => i.patientId));
    // Patients with live alerts first, then the rest by name.
    const withAlerts = whole.items.findLastIndex((i) => i.alerts.length > 0);
    expect(whole.items.slice(0, withAlerts + 1).every((i) => i.alerts.length > 0)).toBe(true);
    const rest = whole.items.slice(withAlerts + 1).map((i) => i.fullName.en);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    const past = await page({ offset: String(whole.total + 5) });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(whole.total);
  });

  it("shows each patient's own newest reading", async () => {
    const db = api.deps.database.db;
    const { items } = await page({ limit: '200' });
    const withReadings = items.filter((i) => i.lastReading);
    expect(withReadings.length).toBeGreaterThan(1);
    for (const item of items) {
      const [newest] = await db
        .select({ id: bpReadings.id })
        .from(bpReadings)
        .where(eq(bpReadings.patientId, item.patientId))
        .orderBy(desc(bpReadings.measuredAt))
        .limit(1);
      expect(item.lastReading?.id ?? null).toBe(newest?.id ?? null);
    }
  });

  it('refuses a page size out of range', async () => {
    for (const q of [{ limit: '0' }, { limit: '201' }, { offset: '-1' }, { limit: 'x' }]) {
      expect((await worklist(q)).status, JSON.stringify(q)).toBe(400);
    }
  });

  it('marks the patients whose titration step waits for the doctor', async () => {
    const db = api.deps.database.db;
    const { items } = await page({ limit: '200' });
    const listed = new Set(items.map((i) => i.patientId));
    const [plan] = (
      await db
        .select({
          id: titrationPlans.id,
          patientId: monitoringEnrolments.patientId,
          step: titrationPlans.step,
        })
        .from(titrationPlans)
        .innerJoin(monitoringEnrolments, eq(monitoringEnrolments.id, titrationPlans.enrolmentId))
        .where(eq(monitoringEnrolments.status, 'active'))
    ).filter((p) => listed.has(p.patientId));
    expect(plan).toBeDefined();
    const open = () =>
      db
        .select({ patientId: titrationProposals.patientId })
        .from(titrationProposals)
        .where(eq(titrationProposals.status, 'open'));
    if (!(await open()).some((p) => p.patientId === plan!.patientId)) {
      await db.insert(titrationProposals).values({
        patientId: plan!.patientId,
        planId: plan!.id,
        fromStep: plan!.step,
        proposedStep: plan!.step + 1,
        evidence: {},
      });
    }
    const openIds = new Set((await open()).map((p) => p.patientId));
    const after = await page({ limit: '200' });
    expect(after.items.find((i) => i.patientId === plan!.patientId)!.openTitrationProposal).toBe(true);
    for (const item of after.items) expect(item.openTitrationProposal).toBe(openIds.has(item.patientId));
    expect(after.items.some((i) => !i.openTitrationProposal)).toBe(true);
  });
});

describe('the last reading of each month', () => {
  it('follows every insert, in any order and in bulk, month ends included', async () => {
    const db = api.deps.database.db;
    const [patient] = await db
      .insert(patients)
      .values({ fullName: { ru: 'Месяцы', en: 'Months' }, birthDate: '1960-01-01', sex: 'male' })
      .returning({ id: patients.id });
    const patientId = patient!.id;
    const row = (iso: string, systolic: number) => ({
      patientId,
      measuredAt: new Date(iso),
      systolic,
      diastolic: 80,
      source: 'manual' as const,
    });
    // A bulk insert with two readings of one month, then an older and a newer one of that month, and a
    // reading at the first instant of a month (it is the last reading at the previous month's end).
    await db
      .insert(bpReadings)
      .values([
        row('2026-03-10T08:00:00Z', 130),
        row('2026-03-20T08:00:00Z', 131),
        row('2026-04-02T08:00:00Z', 140),
      ]);
    await db.insert(bpReadings).values(row('2026-03-15T08:00:00Z', 132));
    await db.insert(bpReadings).values(row('2026-03-25T08:00:00Z', 133));
    await db.insert(bpReadings).values(row('2026-05-01T00:00:00Z', 150));
    const months = await db
      .select()
      .from(bpReadingMonths)
      .where(eq(bpReadingMonths.patientId, patientId))
      .orderBy(bpReadingMonths.month);
    expect(months.map((m) => [m.month, m.systolic, m.measuredAt.toISOString()])).toEqual([
      ['2026-03-01', 133, '2026-03-25T08:00:00.000Z'],
      ['2026-04-01', 150, '2026-05-01T00:00:00.000Z'],
    ]);
    // And the whole table agrees with the readings (the seeded demo world included).
    const result = await db.execute(sql`
      select count(*)::int as differences from (
        select distinct on (r.patient_id, m) r.patient_id, m, r.measured_at
        from (select r.*, (date_trunc('month', (r.measured_at - interval '1 microsecond') at time zone 'UTC'))::date as m
              from bp_readings r) r
        order by r.patient_id, m, r.measured_at desc
      ) expected
      full join bp_reading_months b on b.patient_id = expected.patient_id and b.month = expected.m
      where b.measured_at is distinct from expected.measured_at`);
    const [{ differences }] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as [
      { differences: number },
    ];
    expect(differences).toBe(0);
  });
});
