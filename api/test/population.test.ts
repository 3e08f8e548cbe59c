import { and, eq, ne } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  bpReadings,
  monitoringEnrolments,
  patients,
} from '../src/db/schema/index.js';
import { population } from '../src/domains/monitoring/population/queries.js';
import { useTestApi, type TestSession } from './harness.js';
import { practitionerIdOf } from './people.js';

const api = useTestApi();

const DAY = 86_400_000;
const NOW = Date.now();
const daysAgo = (d: number) => new Date(NOW - d * DAY);

let karpov: TestSession;
let karpovId: string;
let orlova: TestSession;
let smirnova: TestSession;
const ids: Record<string, string> = {};

/**
 * The cohort, enrolled with nurse Karpov (his seeded enrolments ended first, so these are all he has).
 * Default target 140/90 (HEARTS "<140/90": controlled means systolic < 140 AND diastolic < 90).
 */
const cohort: {
  key: string;
  enrolledDaysAgo: number;
  target?: [number, number];
  status?: 'active' | 'ended' | 'proposed';
  readings: [daysAgo: number, systolic: number, diastolic: number][];
}[] = [
  // controlled on the boundary; first controlled 20 days after enrolment
  {
    key: 'A',
    enrolledDaysAgo: 400,
    readings: [
      [390, 160, 100],
      [380, 135, 85],
      [10, 139, 89],
    ],
  },
  // 140/89: systolic at target → uncontrolled; 150/95 was its status 200 days ago
  {
    key: 'B',
    enrolledDaysAgo: 400,
    readings: [
      [210, 150, 95],
      [5, 140, 89],
    ],
  },
  // 139/90: diastolic at target → uncontrolled; 120/80 250 days ago
  {
    key: 'C',
    enrolledDaysAgo: 400,
    readings: [
      [250, 120, 80],
      [5, 139, 90],
    ],
  },
  // own target 130/80: 135/85 is not controlled for him, 129/79 is (397 days after enrolment)
  {
    key: 'D',
    enrolledDaysAgo: 400,
    target: [130, 80],
    readings: [
      [100, 135, 85],
      [3, 129, 79],
    ],
  },
  // own target 130/80: 130/79 → uncontrolled (would be controlled at 140/90)
  { key: 'E', enrolledDaysAgo: 400, target: [130, 80], readings: [[2, 130, 79]] },
  // own target 130/80: 129/80 → uncontrolled
  { key: 'F', enrolledDaysAgo: 400, target: [130, 80], readings: [[2, 129, 80]] },
  // last reading 100 days ago → no reading in 3 months
  { key: 'G', enrolledDaysAgo: 400, readings: [[100, 120, 80]] },
  // last reading 400 days ago → lost to follow-up
  { key: 'H', enrolledDaysAgo: 500, readings: [[400, 125, 80]] },
  // never measured → lost to follow-up
  { key: 'I', enrolledDaysAgo: 200, readings: [] },
  // enrolled a month ago → first 3 months, out of the denominator
  { key: 'J', enrolledDaysAgo: 30, readings: [[1, 120, 70]] },
  // ended and proposed enrolments are not in the population
  { key: 'K', enrolledDaysAgo: 400, status: 'ended', readings: [[1, 180, 110]] },
  { key: 'L', enrolledDaysAgo: 400, status: 'proposed', readings: [[1, 180, 110]] },
];

const populationOf = (session: TestSession) => api.client(session).monitoring.population.$get();
/** The view `session` is shown, which must be a 200. */
const view = async (session: TestSession) => {
  const res = await populationOf(session);
  expect(res.status).toBe(200);
  return parseResponse(res);
};

beforeAll(async () => {
  const db = api.deps.database.db;
  karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  karpovId = await practitionerIdOf(api, karpov);
  await db
    .update(monitoringEnrolments)
    .set({ status: 'ended', endedAt: new Date(), endedByAccountId: karpov.accountId })
    .where(and(eq(monitoringEnrolments.assistantId, karpovId), eq(monitoringEnrolments.status, 'active')));
  await db
    .update(monitoringEnrolments)
    .set({ status: 'declined', decidedAt: new Date(), decidedByAccountId: karpov.accountId })
    .where(and(eq(monitoringEnrolments.assistantId, karpovId), eq(monitoringEnrolments.status, 'proposed')));
  for (const p of cohort) {
    const [row] = await db
      .insert(patients)
      .values({
        fullName: { ru: `Когорта ${p.key}`, en: `Cohort ${p.key}` },
        birthDate: '1960-01-01',
        sex: 'male',
      })
      .returning({ id: patients.id });
    ids[p.key] = row!.id;
    const status = p.status ?? 'active';
    const enrolledAt = daysAgo(p.enrolledDaysAgo);
    await db.insert(monitoringEnrolments).values({
      patientId: row!.id,
      assistantId: karpovId,
      status,
      enrolledByAccountId: karpov.accountId,
      targetSystolic: p.target?.[0] ?? 140,
      targetDiastolic: p.target?.[1] ?? 90,
      createdAt: enrolledAt,
      ...(status === 'proposed' ? {} : { decidedAt: enrolledAt, decidedByAccountId: karpov.accountId }),
      ...(status === 'ended' ? { endedAt: daysAgo(5), endedByAccountId: karpov.accountId } : {}),
    });
    if (p.readings.length)
      await db.insert(bpReadings).values(
        p.readings.map(([d, systolic, diastolic]) => ({
          patientId: row!.id,
          measuredAt: daysAgo(d),
          systolic,
          diastolic,
          source: 'manual' as const,
        })),
      );
  }
}, 60_000);

const names = (list: Awaited<ReturnType<typeof view>>['uncontrolled']) => list.map((p) => p.fullName.en);

describe('population view (HEARTS / Simple.org definitions)', () => {
  it('counts the hand-built cohort by status, with the boundaries at 140/90 and at the own target', async () => {
    const body = await view(karpov);
    expect(body.counts).toEqual({
      first_3_months: 1, // J
      controlled: 2, // A 139/89, D 129/79 under 130/80
      uncontrolled: 4, // B 140/89, C 139/90, E 130/79 and F 129/80 under 130/80
      no_reading_3m: 1, // G
      lost_to_follow_up: 2, // H, I
    });
    expect(body.total).toBe(10);
    expect(body.controlRate).toBeCloseTo(2 / 7, 10);
    expect(names(body.uncontrolled)).toEqual(['Cohort B', 'Cohort C', 'Cohort E', 'Cohort F']);
    expect(names(body.noReading)).toEqual(['Cohort G']);
  });

  it('reports the median time to control among the controlled: A 20 days, D 397 days', async () => {
    const body = await view(karpov);
    expect(body.timeToControl).toEqual({ medianDays: 208.5, patients: 2 });
  });

  it('gives the control rate at each of the last 12 month ends, this month taken now', async () => {
    const body = await view(karpov);
    expect(body.trend).toHaveLength(12);
    const months = body.trend.map((p) => p.month);
    expect([...months].sort()).toEqual(months);
    expect(new Set(months).size).toBe(12);
    expect(months.at(-1)).toBe(new Date().toISOString().slice(0, 7));
    for (const point of body.trend.slice(0, -1)) expect(point.at).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    expect(body.trend.at(-1)).toMatchObject({ controlled: 2, uncontrolled: 4, noReading: 1 });
    expect(body.trend.at(-1)!.rate).toBeCloseTo(2 / 7, 10);
  });

  it('takes the statuses as they were 200 days ago (no later readings or enrolments)', async () => {
    const view = await population(api.deps.database.db, { assistantId: karpovId }, daysAgo(200));
    expect(view.counts).toEqual({
      first_3_months: 1, // I, enrolled that day; J not yet enrolled
      controlled: 1, // C 120/80 fifty days before
      uncontrolled: 1, // B 150/95 ten days before
      no_reading_3m: 2, // A (last 180 days before), H (200 days before)
      lost_to_follow_up: 4, // D, E, F, G: no reading yet
    });
    expect(view.trend.at(-1)).toMatchObject({ controlled: 1, uncontrolled: 1, noReading: 2, rate: 0.25 });
  });

  it('audits one read per listed patient, once per session window however often the page polls', async () => {
    const db = api.deps.database.db;
    const rows = () =>
      db
        .select({ patientId: auditEvents.patientId })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.actorAccountId, karpov.accountId),
            eq(auditEvents.action, 'monitoring.population'),
          ),
        );
    const tally = (list: { patientId: string | null }[]) => {
      const counts = new Map<string | null, number>();
      for (const r of list) counts.set(r.patientId, (counts.get(r.patientId) ?? 0) + 1);
      return counts;
    };
    const addedSince = async (was: Map<string | null, number>) => {
      const now = tally(await rows());
      return [...now.keys()]
        .flatMap((id) => Array<string | null>(now.get(id)! - (was.get(id) ?? 0)).fill(id))
        .sort();
    };
    // A new session: its first look records every listed patient, its next polls nothing new.
    const session = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
    const before = tally(await rows());
    await populationOf(session);
    expect(await addedSince(before)).toEqual(['B', 'C', 'E', 'F', 'G'].map((k) => ids[k]).sort());
    const afterFirst = tally(await rows());
    await populationOf(session);
    expect(await addedSince(afterFirst)).toEqual([]);
  });
});

describe('who sees which population', () => {
  it('refuses patients and admins (403)', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    expect((await populationOf(anna)).status).toBe(403);
    const admin = await api.login('admin@demo.telemed', undefined, 'staff');
    expect((await populationOf(admin)).status).toBe(403);
  });

  it('shows another assistant none of these patients', async () => {
    const body = await view(orlova);
    const cohortIds = new Set(Object.values(ids));
    for (const p of [...body.uncontrolled, ...body.noReading]) expect(cohortIds.has(p.patientId)).toBe(false);
    const orlovaId = await practitionerIdOf(api, orlova);
    const own = await api.deps.database.db
      .select({ id: monitoringEnrolments.id })
      .from(monitoringEnrolments)
      .where(and(eq(monitoringEnrolments.assistantId, orlovaId), eq(monitoringEnrolments.status, 'active')));
    expect(body.total).toBe(own.length);
  });

  it('shows a doctor the enrolled patients they treat, and not the others', async () => {
    const db = api.deps.database.db;
    const doctorId = await practitionerIdOf(api, smirnova);
    const treated = await db
      .selectDistinct({ id: monitoringEnrolments.patientId })
      .from(monitoringEnrolments)
      .innerJoin(appointments, eq(appointments.patientId, monitoringEnrolments.patientId))
      .where(
        and(
          eq(monitoringEnrolments.status, 'active'),
          eq(appointments.practitionerId, doctorId),
          ne(appointments.status, 'cancelled'),
        ),
      );
    expect(treated.length).toBeGreaterThan(0); // Volkov, monitored by nurse Orlova
    const body = await view(smirnova);
    expect(body.total).toBe(treated.length);
    const cohortIds = Object.values(ids);
    const listed = [...body.uncontrolled, ...body.noReading].map((p) => p.patientId);
    expect(listed.filter((id) => cohortIds.includes(id))).toEqual([]);
    const treatedIds = treated.map((t) => t.id);
    for (const id of listed) expect(treatedIds).toContain(id);
  });
});
