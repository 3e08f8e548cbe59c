import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  accounts,
  appointments,
  bpReadings,
  monitoringAlerts,
  monitoringEnrolments,
  monitoringNotes,
} from '../../db/schema/index.js';
import { severityRank } from './rules/index.js';
import { alertView, readingView } from './views.js';

/**
 * SQL condition on `appointments`: the request was escalated from monitoring (an alert points at it). The urgent
 * queue lists and hands out these first, so a crisis does not wait behind routine requests.
 */
export const isEscalation = sql<boolean>`exists (select 1 from ${monitoringAlerts} m where m.escalated_appointment_id = ${appointments.id})`;

/** Whether an assistant escalated an alert to this consultation. */
export async function wasEscalated(db: Db, appointmentId: string) {
  const [row] = await db
    .select({ id: monitoringAlerts.id })
    .from(monitoringAlerts)
    .where(eq(monitoringAlerts.escalatedAppointmentId, appointmentId))
    .limit(1);
  return row !== undefined;
}

/** Readings an aggregate alert (the 7-day average) was computed from. */
const AVERAGE_WINDOW_MS = 7 * 86_400_000;
/** Enough to show what the average stood on without turning the summary into the whole diary. */
const MAX_READINGS = 20;

type Alert = typeof monitoringAlerts.$inferSelect;

/**
 * What a doctor needs from an escalation, per appointment: the alerts handed over (worst first), the assistant's
 * note with each, the readings that fired it and the patient's target. Empty for a request nobody escalated.
 */
export async function escalationContexts(db: Db, appointmentIds: string[]) {
  const byAppointment = new Map<string, Awaited<ReturnType<typeof contextOf>>[]>();
  if (!appointmentIds.length) return byAppointment;
  const alerts = await db
    .select()
    .from(monitoringAlerts)
    .where(inArray(monitoringAlerts.escalatedAppointmentId, appointmentIds))
    .orderBy(desc(monitoringAlerts.createdAt));
  alerts.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  for (const alert of alerts) {
    const list = byAppointment.get(alert.escalatedAppointmentId!) ?? [];
    list.push(await contextOf(db, alert));
    byAppointment.set(alert.escalatedAppointmentId!, list);
  }
  return byAppointment;
}

async function contextOf(db: Db, alert: Alert) {
  const [note] = await db
    .select({
      text: monitoringNotes.text,
      createdAt: monitoringNotes.createdAt,
      author: accounts.displayName,
    })
    .from(monitoringNotes)
    .innerJoin(accounts, eq(accounts.id, monitoringNotes.authorAccountId))
    .where(eq(monitoringNotes.alertId, alert.id))
    .orderBy(desc(monitoringNotes.createdAt))
    .limit(1);
  const [enrolment] = await db
    .select({
      systolic: monitoringEnrolments.targetSystolic,
      diastolic: monitoringEnrolments.targetDiastolic,
    })
    .from(monitoringEnrolments)
    .where(
      and(eq(monitoringEnrolments.patientId, alert.patientId), eq(monitoringEnrolments.status, 'active')),
    );
  return {
    alert: alertView(alert),
    note: note ? { text: note.text, author: note.author, createdAt: note.createdAt.toISOString() } : null,
    readings: (await triggeringReadings(db, alert)).map(readingView),
    target: enrolment ?? null,
  };
}

/** The reading that fired a single-reading rule, or the window an average was computed from. */
async function triggeringReadings(db: Db, alert: Alert) {
  if (alert.readingId) return db.select().from(bpReadings).where(eq(bpReadings.id, alert.readingId));
  if (alert.kind !== 'high_average') return [];
  const window = await db
    .select()
    .from(bpReadings)
    .where(
      and(
        eq(bpReadings.patientId, alert.patientId),
        gte(bpReadings.measuredAt, new Date(alert.createdAt.getTime() - AVERAGE_WINDOW_MS)),
        lte(bpReadings.measuredAt, alert.createdAt),
      ),
    )
    .orderBy(desc(bpReadings.measuredAt))
    .limit(MAX_READINGS);
  return window.reverse();
}
