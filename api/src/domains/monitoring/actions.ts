import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/sessions.js';
import type { Db, Tx } from '../../db/client.js';
import {
  appointments,
  monitoringAlerts,
  monitoringNotes,
  patients,
  practitioners,
} from '../../db/schema/index.js';
import { isGuardedChild } from '../../auth/policy.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { assertConsented } from '../consents/service.js';
import { joinUrgentQueue } from '../urgent-queue/service.js';
import { sevenDayAverage } from './rules/index.js';
import { readingsSince, requireEnrolment } from './readings.js';

type Alert = typeof monitoringAlerts.$inferSelect;
const LIVE = ['open', 'acknowledged'] as const;

export async function findAlert(db: Db | Tx, id: string) {
  const [alert] = await db.select().from(monitoringAlerts).where(eq(monitoringAlerts.id, id));
  return alert ?? null;
}

/** Moves a live alert on; a second click (or a colleague's) answers 409 rather than overwriting. */
async function transition(db: Db | Tx, alert: Alert, set: Partial<Alert>) {
  const [row] = await db
    .update(monitoringAlerts)
    .set(set)
    .where(and(eq(monitoringAlerts.id, alert.id), inArray(monitoringAlerts.status, [...LIVE])))
    .returning();
  if (!row)
    throw new ProblemError(409, `This alert is already ${alert.status}.`, {
      code: 'monitoring.alert_closed',
      params: { status: alert.status },
    });
  return row;
}

export const acknowledgeAlert = (db: Db, actor: Actor, alert: Alert) => {
  if (alert.status !== 'open')
    throw new ProblemError(409, `This alert is already ${alert.status}.`, {
      code: 'monitoring.alert_closed',
      params: { status: alert.status },
    });
  return transition(db, alert, {
    status: 'acknowledged',
    acknowledgedAt: new Date(),
    acknowledgedByAccountId: actor.accountId,
  });
};

export const resolveAlert = (db: Db, actor: Actor, alert: Alert) =>
  transition(db, alert, { status: 'resolved', resolvedAt: new Date(), resolvedByAccountId: actor.accountId });

export async function addNote(
  db: Db | Tx,
  actor: Actor,
  patientId: string,
  input: { channel: string; text: string; alertId?: string | undefined },
) {
  if (input.alertId) {
    const alert = await findAlert(db, input.alertId);
    if (!alert || alert.patientId !== patientId) throw notFound();
  }
  const [note] = await db
    .insert(monitoringNotes)
    .values({
      patientId,
      alertId: input.alertId ?? null,
      authorAccountId: actor.accountId,
      channel: input.channel,
      text: input.text,
    })
    .returning();
  return note!;
}

function describeAlert(alert: Alert) {
  const v = alert.details.values as Record<string, unknown>;
  const bp = v.systolic !== undefined ? `${String(v.systolic)}/${String(v.diastolic)}` : null;
  const avg =
    v.averageSystolic !== undefined ? `${String(v.averageSystolic)}/${String(v.averageDiastolic)}` : null;
  const symptoms = Array.isArray(v.symptoms) && v.symptoms.length ? ` (${v.symptoms.join(', ')})` : '';
  const kinds: Record<Alert['kind'], { ru: string; en: string }> = {
    crisis: { ru: 'гипертонический криз', en: 'hypertensive crisis' },
    high_average: { ru: 'высокое среднее давление', en: 'high home average' },
    low_pressure: { ru: 'низкое давление', en: 'low blood pressure' },
    pulse_high: { ru: 'частый пульс', en: 'fast pulse' },
    pulse_low: { ru: 'редкий пульс', en: 'slow pulse' },
    no_readings: { ru: 'нет измерений', en: 'no readings' },
    symptoms_reported: { ru: 'боль в груди или одышка', en: 'chest pain or breathlessness' },
  };
  const value = bp ?? avg ?? (v.pulse !== undefined ? `${String(v.pulse)}/min` : '');
  return { kind: kinds[alert.kind], value: `${value}${symptoms}` };
}

/**
 * Hands the alert to a doctor: the patient joins the urgent queue (the booking domain's own queue, so the
 * doctors' "take next" sees it) with the alert's values, the 7-day average, the target and the assistant's
 * note as the reason. If the patient is already waiting, the alert is linked to that request instead.
 */
export async function escalateAlert(db: Db, actor: Actor, alert: Alert, note: string) {
  if (!(LIVE as readonly string[]).includes(alert.status)) {
    throw new ProblemError(409, `This alert is already ${alert.status}.`, {
      code: 'monitoring.alert_closed',
      params: { status: alert.status },
    });
  }
  const enrolment = await requireEnrolment(db, alert.patientId);
  const now = new Date();
  const avg = sevenDayAverage(
    await readingsSince(db, alert.patientId, new Date(now.getTime() - 7 * 86_400_000)),
    now,
  );
  const [assistant] = await db
    .select({ name: practitioners.fullName })
    .from(practitioners)
    .where(eq(practitioners.accountId, actor.accountId));
  const { kind, value } = describeAlert(alert);
  const target = `${enrolment.targetSystolic}/${enrolment.targetDiastolic}`;
  const average = avg ? `${avg.systolic}/${avg.diastolic} (n=${avg.count})` : '—';
  const reason = [
    `Мониторинг АД: ${kind.ru} ${value} мм рт. ст.; среднее за 7 дней ${average}; цель ${target}. Ассистент ${assistant?.name.ru ?? ''}: ${note}`,
    `BP monitoring: ${kind.en} ${value} mmHg; 7-day average ${average}; target ${target}. Assistant ${assistant?.name.en ?? ''}: ${note}`,
  ].join('\n');
  const [patient] = await db
    .select({ birthDate: patients.birthDate })
    .from(patients)
    .where(eq(patients.id, alert.patientId));
  // The queue request, the alert's move and the note land together or not at all: a note without its
  // escalation (or a request without its alert) would tell the doctor and the assistant different stories.
  return db.transaction(async (tx) => {
    let appointmentId: string;
    try {
      // An escalation is a consultation too: the patient's current consents are required (domains/consents).
      await assertConsented(tx, alert.patientId);
      const appointment = await joinUrgentQueue(tx, actor, {
        patientId: alert.patientId,
        specialty: isGuardedChild(patient!.birthDate) ? 'paediatrician' : 'therapist',
        format: 'video',
        reason,
      });
      appointmentId = appointment.id;
    } catch (error) {
      if (!(error instanceof ProblemError) || error.status !== 409) throw error;
      const [waiting] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.patientId, alert.patientId),
            eq(appointments.urgency, 'urgent'),
            eq(appointments.status, 'waiting'),
          ),
        );
      if (!waiting) throw error;
      appointmentId = waiting.id;
    }
    const updated = await transition(tx, alert, {
      status: 'escalated',
      escalatedAppointmentId: appointmentId,
    });
    await addNote(tx, actor, alert.patientId, { channel: 'other', text: note, alertId: alert.id });
    return { alert: updated, appointmentId };
  });
}
