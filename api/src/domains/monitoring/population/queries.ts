import { sql, type SQL } from 'drizzle-orm';
import { treatingDoctorSql } from '../../../auth/policy.js';
import type { Db } from '../../../db/client.js';
import type { LocalizedText } from '../../../db/schema/common.js';
import {
  LOST_TO_FOLLOW_UP_MONTHS,
  NEW_PATIENT_MONTHS,
  POPULATION_STATUSES,
  RECENT_READING_MONTHS,
  TREND_MONTHS,
  type PopulationStatus,
} from './definitions.js';

/**
 * Whose population: an assistant's active enrolments, or, for a doctor, the actively enrolled patients they
 * treat (a non-cancelled appointment with them, the policy's `treating_doctor`, auth/policy.ts), whichever
 * assistant monitors them.
 */
export type PopulationScope = { assistantId: string } | { doctorId: string };

const scopeFilter = (scope: PopulationScope): SQL =>
  'assistantId' in scope
    ? sql`e.assistant_id = ${scope.assistantId}`
    : treatingDoctorSql(scope.doctorId, sql`e.patient_id`);

/** Active enrolments in scope; the enrolment started when it became active (decided), else when created. */
const enrolled = (scope: PopulationScope, now: SQL) => sql`
  select e.patient_id, e.target_systolic as ts, e.target_diastolic as td,
         coalesce(e.decided_at, e.created_at) as enrolled_at
  from monitoring_enrolments e
  where e.status = 'active' and coalesce(e.decided_at, e.created_at) <= ${now} and ${scopeFilter(scope)}`;

/** The status expression of definitions.ts, at `at`, over `en` (enrolment) and `last` (last reading ≤ at). */
const statusAt = (at: SQL) => sql`case
    when en.enrolled_at > ${at} - make_interval(months => ${NEW_PATIENT_MONTHS}) then 'first_3_months'
    when last.measured_at is null
      or last.measured_at < ${at} - make_interval(months => ${LOST_TO_FOLLOW_UP_MONTHS}) then 'lost_to_follow_up'
    when last.measured_at < ${at} - make_interval(months => ${RECENT_READING_MONTHS}) then 'no_reading_3m'
    when last.systolic < en.ts and last.diastolic < en.td then 'controlled'
    else 'uncontrolled' end`;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] =>
  (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
const iso = (value: unknown) => (value == null ? null : new Date(value as string | Date).toISOString());

export interface PopulationPatient {
  patientId: string;
  fullName: LocalizedText;
  status: PopulationStatus;
  enrolledAt: string;
  target: { systolic: number; diastolic: number };
  lastReading: { measuredAt: string; systolic: number; diastolic: number } | null;
  /** The first below-target reading since enrolment, for the currently controlled only. */
  firstControlledAt: string | null;
}

/** One statement: every enrolled patient in scope with their status, last reading and first controlled reading. */
async function patientsAt(db: Db, scope: PopulationScope, now: Date): Promise<PopulationPatient[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    with en as (${enrolled(scope, at)})
    select en.patient_id, p.full_name, en.enrolled_at, en.ts, en.td,
           last.measured_at, last.systolic, last.diastolic, ${statusAt(at)} as status, fc.measured_at as first_controlled_at
    from en
    join patients p on p.id = en.patient_id
    left join lateral (
      select r.measured_at, r.systolic, r.diastolic from bp_readings r
      where r.patient_id = en.patient_id and r.measured_at <= ${at}
      order by r.measured_at desc limit 1
    ) last on true
    left join lateral (
      -- Only for the controlled (a one-time filter on the outer row), so the uncontrolled cost no scan.
      select r.measured_at from bp_readings r
      where last.systolic < en.ts and last.diastolic < en.td
        and last.measured_at >= ${at} - make_interval(months => ${RECENT_READING_MONTHS})
        and en.enrolled_at <= ${at} - make_interval(months => ${NEW_PATIENT_MONTHS})
        and r.patient_id = en.patient_id and r.measured_at >= en.enrolled_at and r.measured_at <= ${at}
        and r.systolic < en.ts and r.diastolic < en.td
      order by r.measured_at limit 1
    ) fc on true`);
  return rowsOf(result).map((r) => ({
    patientId: r.patient_id as string,
    fullName: r.full_name as LocalizedText,
    status: r.status as PopulationStatus,
    enrolledAt: iso(r.enrolled_at)!,
    target: { systolic: Number(r.ts), diastolic: Number(r.td) },
    lastReading:
      r.measured_at == null
        ? null
        : { measuredAt: iso(r.measured_at)!, systolic: Number(r.systolic), diastolic: Number(r.diastolic) },
    firstControlledAt: iso(r.first_controlled_at),
  }));
}

export interface ControlRatePoint {
  /** The month (YYYY-MM, UTC) and the moment the rate is taken: the month's end, or now for this month. */
  month: string;
  at: string;
  controlled: number;
  uncontrolled: number;
  noReading: number;
  /** controlled / (controlled + uncontrolled + noReading); null when nobody is in the denominator. */
  rate: number | null;
}

/**
 * One statement: the control rate at the end of each of the 11 months before this one (UTC); this month's point
 * (taken now) is the current counts, added by `population`. Each point counts today's active enrolments that had
 * been enrolled 3 months by then, with the last reading at or before it; ended enrolments are not counted back
 * in time. The last reading at a month's end comes from bp_reading_months (the last reading of each month, kept
 * by a trigger): the point's own month row, joined by key for every patient and point at once, or for a month
 * without readings the patient's last earlier month row — instead of a probe of a year of readings per patient
 * and month.
 */
async function pastControlRates(db: Db, scope: PopulationScope, now: Date): Promise<ControlRatePoint[]> {
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    with en as (${enrolled(scope, nowSql)}),
    cur as (select date_trunc('month', ${nowSql} at time zone 'UTC') as m0),
    points as (
      select k, (cur.m0 + make_interval(months => 1 - k)) at time zone 'UTC' as at,
             (cur.m0 - make_interval(months => k))::date as month
      from cur, generate_series(1, ${TREND_MONTHS - 1}) k
    ),
    exact as (
      select pt.k, pt.at, pt.month, en.patient_id, en.ts, en.td, en.enrolled_at,
             m.measured_at, m.systolic, m.diastolic
      from points pt
      join en on en.enrolled_at <= pt.at - make_interval(months => ${NEW_PATIENT_MONTHS})
      left join bp_reading_months m on m.patient_id = en.patient_id and m.month = pt.month
    ),
    statuses as (
      select en.k, ${statusAt(sql`en.at`)} as status
      from exact en
      cross join lateral (
        select en.measured_at, en.systolic, en.diastolic where en.measured_at is not null
        union all
        -- A month without readings: the patient's last earlier month, one index probe (only for the gaps).
        (select b.measured_at, b.systolic, b.diastolic from bp_reading_months b
         where en.measured_at is null and b.patient_id = en.patient_id and b.month < en.month
         order by b.month desc limit 1)
        union all
        select null, null, null
        limit 1
      ) last
    )
    select pt.k, pt.at,
      count(s.status) filter (where s.status = 'controlled')::int as controlled,
      count(s.status) filter (where s.status = 'uncontrolled')::int as uncontrolled,
      count(s.status) filter (where s.status = 'no_reading_3m')::int as no_reading
    from points pt left join statuses s on s.k = pt.k
    group by pt.k, pt.at
    order by pt.k desc`);
  return rowsOf(result).map((r) => {
    const at = iso(r.at)!;
    // A month's end is the first instant of the next month.
    return point(
      new Date(Date.parse(at) - 1),
      at,
      Number(r.controlled),
      Number(r.uncontrolled),
      Number(r.no_reading),
    );
  });
}

function point(month: Date, at: string, controlled: number, uncontrolled: number, noReading: number) {
  const denominator = controlled + uncontrolled + noReading;
  return {
    month: month.toISOString().slice(0, 7),
    at,
    controlled,
    uncontrolled,
    noReading,
    rate: denominator ? controlled / denominator : null,
  };
}

const DAY_MS = 86_400_000;
const median = (values: number[]) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The population view: counts by status, the monthly control rate, time to control and the lists to act on. */
export async function population(db: Db, scope: PopulationScope, now = new Date()) {
  const [patients, past] = await Promise.all([patientsAt(db, scope, now), pastControlRates(db, scope, now)]);
  const counts = Object.fromEntries(POPULATION_STATUSES.map((s) => [s, 0])) as Record<
    PopulationStatus,
    number
  >;
  for (const p of patients) counts[p.status] += 1;
  const denominator = counts.controlled + counts.uncontrolled + counts.no_reading_3m;
  // This month's point is now: the patients enrolled 3 months or more are those not in their first 3 months.
  const trend = [
    ...past,
    point(now, now.toISOString(), counts.controlled, counts.uncontrolled, counts.no_reading_3m),
  ];
  const days = patients
    .filter((p) => p.status === 'controlled' && p.firstControlledAt)
    .map((p) =>
      Math.max(0, Math.floor((Date.parse(p.firstControlledAt!) - Date.parse(p.enrolledAt)) / DAY_MS)),
    );
  const byName = (a: PopulationPatient, b: PopulationPatient) => a.fullName.en.localeCompare(b.fullName.en);
  const listed = (status: PopulationStatus) =>
    patients
      .filter((p) => p.status === status)
      .sort(byName)
      .map(({ patientId, fullName, enrolledAt, target, lastReading }) => ({
        patientId,
        fullName,
        enrolledAt,
        target,
        lastReading,
      }));
  return {
    at: now.toISOString(),
    total: patients.length,
    counts,
    controlRate: denominator ? counts.controlled / denominator : null,
    trend,
    timeToControl: { medianDays: median(days), patients: days.length },
    uncontrolled: listed('uncontrolled'),
    noReading: listed('no_reading_3m'),
  };
}
