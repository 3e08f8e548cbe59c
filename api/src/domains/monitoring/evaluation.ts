import { recipientAccount } from '../notifications/recipient.js';
import { z } from '@hono/zod-openapi';
import type { Queue } from 'bull';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import {
  monitoringAlerts,
  monitoringEnrolments,
  patients,
  practitioners,
  titrationPlans,
} from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import { notify } from '../notifications/service.js';
import { evaluateRules, type AlertCandidate, type RuleReading } from './rules/index.js';
import { proposeNextStep } from './titration/proposals.js';

const jobSchema = z.union([z.object({ patientId: z.uuid() }), z.object({ daily: z.literal(true) })]);

/** Aggregate alerts stand until someone deals with them; a new one is not raised beside an open one. */
const AGGREGATE_KINDS = ['high_average', 'no_readings'] as const;
const LIVE_STATUSES = ['open', 'acknowledged'] as const;
/** The daily sweep runs early Moscow morning (06:00 MSK = 03:00 UTC), before assistants start work. */
const DAILY_CRON = '0 3 * * *';
/** Readings the rules need: the 7-day average window (the longest). */
const WINDOW_DAYS = 7;

/** Everything the rules need about one patient, read for many patients in one statement. */
interface PatientState {
  enrolment: typeof monitoringEnrolments.$inferSelect;
  /** The enrolment's titration plan, if one runs (one per enrolment). */
  plan: typeof titrationPlans.$inferSelect | null;
  /** The readings of the window (ordered, open-ended), plus the newest reading when the window has none. */
  readings: RuleReading[];
  latest: RuleReading | null;
  /** Live aggregate alerts (high average, no readings): a new one is not raised beside them. */
  live: { id: string; kind: string; dedupeKey: string }[];
}

type JsonReading = Omit<RuleReading, 'measuredAt'> & { measuredAt: string };
const json = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const toRule = (r: JsonReading): RuleReading => ({ ...r, measuredAt: new Date(r.measuredAt) });
const readingJson = (r: string) =>
  sql.raw(`json_build_object('id', ${r}.id, 'measuredAt', ${r}.measured_at, 'systolic', ${r}.systolic,
    'diastolic', ${r}.diastolic, 'pulse', ${r}.pulse, 'symptoms', ${r}.symptoms)`);
const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The columns of `loadStates`: the rules' inputs of the patient in the row, with `since` the window's start. */
function stateColumns(since: SQL) {
  // Qualified: drizzle may leave the columns of its select bare, which the subqueries would take for theirs.
  const patientId = sql.raw('"monitoring_enrolments"."patient_id"');
  return {
    enrolment: monitoringEnrolments,
    plan: titrationPlans,
    recent: sql<JsonReading[]>`(select coalesce(json_agg(${readingJson('r')} order by r.measured_at), '[]')
      from bp_readings r where r.patient_id = ${patientId} and r.measured_at >= ${since}::timestamptz)`.mapWith(
      json<JsonReading[]>,
    ),
    latest: sql<JsonReading | null>`(select ${readingJson('r')} from bp_readings r
      where r.patient_id = ${patientId} order by r.measured_at desc limit 1)`.mapWith(
      json<JsonReading | null>,
    ),
    live: sql<PatientState['live']>`(select coalesce(json_agg(json_build_object('id', a.id, 'kind', a.kind,
        'dedupeKey', a.dedupe_key)), '[]')
      from monitoring_alerts a where a.patient_id = ${patientId}
        and a.kind in (${list(AGGREGATE_KINDS)}) and a.status in (${list(LIVE_STATUSES)}))`.mapWith(
      json<PatientState['live']>,
    ),
  };
}

/**
 * One statement for a batch of patients: the active enrolment, its titration plan if one runs, the window's
 * readings (bp_readings_patient_time_idx), the newest reading and the live aggregate alerts of each. The job
 * after an import asks for one patient, often: that statement is built once (db/prepared.ts).
 */
async function loadStates(db: Db, patientIds: string[], now: Date): Promise<PatientState[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString();
  const e = monitoringEnrolments;
  const rows =
    patientIds.length === 1
      ? await preparedQuery(db, 'monitoring_patient_state', () =>
          db
            .select(stateColumns(sql`${sql.placeholder('since')}`))
            .from(e)
            .leftJoin(titrationPlans, eq(titrationPlans.enrolmentId, e.id))
            .where(and(eq(e.patientId, sql.placeholder('patientId')), eq(e.status, 'active'))),
        ).execute({ since, patientId: patientIds[0] })
      : await db
          .select(stateColumns(sql`${since}`))
          .from(e)
          .leftJoin(titrationPlans, eq(titrationPlans.enrolmentId, e.id))
          .where(and(inArray(e.patientId, patientIds), eq(e.status, 'active')));
  return rows.map((r) => {
    const recent = (r.recent ?? []).map(toRule);
    // The newest reading ends the window (the window is open-ended); only a patient silent for a week needs
    // the one further back.
    const latest = recent.length ? recent[recent.length - 1]! : r.latest ? toRule(r.latest) : null;
    const readings = latest && !recent.some((x) => x.id === latest.id) ? [...recent, latest] : recent;
    return { enrolment: r.enrolment, plan: r.plan, readings, latest, live: r.live ?? [] };
  });
}

/**
 * Runs every rule for a batch of patients and stores new alerts once each (`dedupeKey`), so a retried or
 * repeated job changes nothing: one read for the batch, one update for "no readings" alerts a newer reading
 * ended, one insert for all new alerts. Urgent alerts notify the responsible assistant and the patient (or
 * guardian). Patients without an active enrolment are skipped.
 */
export async function evaluatePatients(
  db: Db,
  notifications: Queue | null,
  patientIds: string[],
  now = new Date(),
) {
  const created: (typeof monitoringAlerts.$inferSelect)[] = [];
  if (!patientIds.length) return { created, patients: 0 };
  const states = await loadStates(db, [...new Set(patientIds)], now);
  for (const { enrolment, plan } of states) {
    if (plan) await proposeNextStep(db, enrolment, plan, now);
  }
  const ended: string[] = [];
  const fresh: ReturnType<typeof toRow>[] = [];
  for (const { enrolment, readings, latest, live } of states) {
    const patientId = enrolment.patientId;
    const candidates = evaluateRules({
      patientId,
      readings,
      target: { systolic: enrolment.targetSystolic, diastolic: enrolment.targetDiastolic },
      enrolledAt: enrolment.decidedAt ?? enrolment.createdAt,
      now,
    });
    // A newer reading ends a "no readings" alert: its key names the last reading before the silence.
    const endedHere = latest
      ? live.filter(
          (a) => a.kind === 'no_readings' && a.dedupeKey !== `no_readings:${patientId}:${latest.id}`,
        )
      : [];
    ended.push(...endedHere.map((a) => a.id));
    const liveKinds = new Set(live.filter((a) => !endedHere.includes(a)).map((a) => a.kind));
    fresh.push(...candidates.filter((c) => !liveKinds.has(c.kind)).map((c) => toRow(patientId, c, now)));
  }
  if (ended.length) {
    await db
      .update(monitoringAlerts)
      .set({ status: 'resolved', resolvedAt: now })
      .where(and(inArray(monitoringAlerts.id, ended), inArray(monitoringAlerts.status, [...LIVE_STATUSES])));
  }
  if (fresh.length) {
    created.push(
      ...(await db
        .insert(monitoringAlerts)
        .values(fresh)
        .onConflictDoNothing({ target: monitoringAlerts.dedupeKey })
        .returning()),
    );
  }
  if (notifications) {
    const assistantOf = new Map(states.map((st) => [st.enrolment.patientId, st.enrolment.assistantId]));
    for (const alert of created.filter((a) => a.severity === 'urgent')) {
      await notifyUrgent(db, notifications, alert, assistantOf.get(alert.patientId)!);
    }
  }
  return { created, patients: states.length };
}

/** Every rule for one patient (the job queued after each import); see evaluatePatients. */
export async function evaluatePatient(
  db: Db,
  notifications: Queue | null,
  patientId: string,
  now = new Date(),
) {
  const { created } = await evaluatePatients(db, notifications, [patientId], now);
  return { created };
}

function toRow(patientId: string, c: AlertCandidate, now: Date) {
  return {
    patientId,
    kind: c.kind,
    severity: c.severity,
    readingId: c.readingId,
    details: { ...c.details, advice: c.advice },
    dedupeKey: c.dedupeKey,
    createdAt: now,
  };
}

async function notifyUrgent(
  db: Db,
  queue: Queue,
  alert: typeof monitoringAlerts.$inferSelect,
  assistantId: string,
) {
  const [assistant] = await db
    .select({ accountId: practitioners.accountId })
    .from(practitioners)
    .where(eq(practitioners.id, assistantId));
  const [patient] = await db
    .select({ accountId: patients.accountId, guardianId: patients.guardianId, fullName: patients.fullName })
    .from(patients)
    .where(eq(patients.id, alert.patientId));
  const values = alert.details.values as { systolic?: number; diastolic?: number };
  const bp = `${values.systolic ?? '?'}/${values.diastolic ?? '?'}`;
  if (assistant?.accountId) {
    await notify(db, queue, {
      accountId: assistant.accountId,
      kind: 'monitoring_alert',
      title: {
        ru: `Гипертонический криз: ${patient?.fullName.ru ?? ''}`,
        en: `Hypertensive crisis: ${patient?.fullName.en ?? ''}`,
      },
      body: {
        ru: `Давление ${bp} мм рт. ст. Свяжитесь с пациентом и при необходимости передайте врачу.`,
        en: `Blood pressure ${bp} mmHg. Contact the patient and escalate to a doctor if needed.`,
      },
      data: { alertId: alert.id, patientId: alert.patientId },
      idempotencyKey: `monitoring-alert:${alert.id}:assistant`,
    });
  }
  const patientAccount = (await recipientAccount(db, alert.patientId))?.accountId;
  const advice = alert.details.advice as { ru: string; en: string };
  if (patientAccount) {
    await notify(db, queue, {
      accountId: patientAccount,
      kind: 'monitoring_alert',
      title: { ru: `Очень высокое давление: ${bp}`, en: `Very high blood pressure: ${bp}` },
      body: advice,
      data: { alertId: alert.id, patientId: alert.patientId },
      idempotencyKey: `monitoring-alert:${alert.id}:patient`,
    });
  }
}

/** Patients per statement in the daily sweep: a few thousand readings read at once. */
const SWEEP_BATCH = 250;

/** The daily sweep: averages and adherence for every enrolled patient, a batch of patients at a time. */
export async function evaluateAll(db: Db, notifications: Queue | null, now = new Date()) {
  const enrolled = await db
    .select({ patientId: monitoringEnrolments.patientId })
    .from(monitoringEnrolments)
    .where(eq(monitoringEnrolments.status, 'active'));
  let created = 0;
  for (let i = 0; i < enrolled.length; i += SWEEP_BATCH) {
    const batch = enrolled.slice(i, i + SWEEP_BATCH).map((e) => e.patientId);
    created += (await evaluatePatients(db, notifications, batch, now)).created.length;
  }
  return { patients: enrolled.length, created };
}

export async function runMonitoringJob(db: Db, notifications: Queue, log: Logger, raw: unknown) {
  const job = jobSchema.parse(raw);
  if ('daily' in job) {
    const result = await evaluateAll(db, notifications);
    log.info(result, 'daily monitoring sweep');
    return result;
  }
  const { created } = await evaluatePatient(db, notifications, job.patientId);
  if (created.length)
    log.info({ patientId: job.patientId, alerts: created.length }, 'monitoring alerts raised');
  return { created: created.length };
}

export function processMonitoring(queue: Queue, notifications: Queue, db: Db, log: Logger) {
  void queue.process((job) => runMonitoringJob(db, notifications, log, job.data));
  void queue.add({ daily: true }, { repeat: { cron: DAILY_CRON }, jobId: 'monitoring-daily' });
}
