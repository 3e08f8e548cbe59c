import { recipientAccount } from '../notifications/recipient.js';
import { z } from '@hono/zod-openapi';
import type { Queue } from 'bull';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { monitoringAlerts, monitoringEnrolments, patients, practitioners } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import { notify } from '../notifications/service.js';
import { evaluateRules, type AlertCandidate } from './rules/index.js';
import { findEnrolment, latestReadings, readingsSince } from './readings.js';

const jobSchema = z.union([z.object({ patientId: z.uuid() }), z.object({ daily: z.literal(true) })]);

/** Aggregate alerts stand until someone deals with them; a new one is not raised beside an open one. */
const AGGREGATE_KINDS = ['high_average', 'no_readings'] as const;
const LIVE_STATUSES = ['open', 'acknowledged'] as const;
/** The daily sweep runs early Moscow morning (06:00 MSK = 03:00 UTC), before assistants start work. */
const DAILY_CRON = '0 3 * * *';
/** Readings the rules need: the 7-day average window (the longest). */
const WINDOW_DAYS = 7;

/**
 * Runs every rule for one patient and stores new alerts once each (`dedupeKey`), so a retried or repeated
 * job changes nothing. Urgent alerts notify the responsible assistant and the patient (or guardian).
 */
export async function evaluatePatient(
  db: Db,
  notifications: Queue | null,
  patientId: string,
  now = new Date(),
) {
  const enrolment = await findEnrolment(db, patientId);
  if (!enrolment) return { created: [] as (typeof monitoringAlerts.$inferSelect)[] };
  const recent = await readingsSince(db, patientId, new Date(now.getTime() - WINDOW_DAYS * 86_400_000));
  const latest = (await latestReadings(db, [patientId])).get(patientId);
  const readings = latest && !recent.some((r) => r.id === latest.id) ? [...recent, latest] : recent;
  const candidates = evaluateRules({
    patientId,
    readings,
    target: { systolic: enrolment.targetSystolic, diastolic: enrolment.targetDiastolic },
    enrolledAt: enrolment.decidedAt ?? enrolment.createdAt,
    now,
  });

  // A newer reading ends a "no readings" alert: its key names the last reading before the silence.
  if (latest) {
    await db
      .update(monitoringAlerts)
      .set({ status: 'resolved', resolvedAt: now })
      .where(
        and(
          eq(monitoringAlerts.patientId, patientId),
          eq(monitoringAlerts.kind, 'no_readings'),
          inArray(monitoringAlerts.status, [...LIVE_STATUSES]),
          ne(monitoringAlerts.dedupeKey, `no_readings:${patientId}:${latest.id}`),
        ),
      );
  }
  const live = await db
    .select({ kind: monitoringAlerts.kind })
    .from(monitoringAlerts)
    .where(
      and(
        eq(monitoringAlerts.patientId, patientId),
        inArray(monitoringAlerts.kind, [...AGGREGATE_KINDS]),
        inArray(monitoringAlerts.status, [...LIVE_STATUSES]),
      ),
    );
  const liveKinds = new Set(live.map((a) => a.kind));
  const fresh = candidates.filter((c) => !liveKinds.has(c.kind));
  if (!fresh.length) return { created: [] };
  const created = await db
    .insert(monitoringAlerts)
    .values(fresh.map((c) => toRow(patientId, c, now)))
    .onConflictDoNothing({ target: monitoringAlerts.dedupeKey })
    .returning();
  if (notifications) {
    for (const alert of created.filter((a) => a.severity === 'urgent')) {
      await notifyUrgent(db, notifications, alert, enrolment.assistantId);
    }
  }
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

/** The daily sweep: averages and adherence for every enrolled patient. */
export async function evaluateAll(db: Db, notifications: Queue | null, now = new Date()) {
  const enrolled = await db
    .select({ patientId: monitoringEnrolments.patientId })
    .from(monitoringEnrolments)
    .where(eq(monitoringEnrolments.status, 'active'));
  let created = 0;
  for (const { patientId } of enrolled) {
    created += (await evaluatePatient(db, notifications, patientId, now)).created.length;
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
