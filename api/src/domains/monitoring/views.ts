import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import {
  bpReadings,
  monitoringAlerts,
  monitoringEnrolments,
  monitoringNotes,
  patients,
  practitioners,
  accounts,
} from '../../db/schema/index.js';
import { sevenDayAverage, severityRank } from './rules/index.js';
import { findEnrolment, readingsSince } from './readings.js';

const LIVE = ['open', 'acknowledged'] as const;

type AlertRow = typeof monitoringAlerts.$inferSelect;

/** An alert as every screen shows it: what fired, its values and source, and the patient's advice. */
export function alertView(a: AlertRow) {
  const { advice, values, threshold, source } = a.details as {
    advice: { ru: string; en: string };
    values: Record<string, unknown>;
    threshold: Record<string, unknown>;
    source: string;
  };
  return {
    id: a.id,
    kind: a.kind,
    severity: a.severity,
    status: a.status,
    readingId: a.readingId,
    values,
    threshold,
    source,
    advice,
    createdAt: a.createdAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: a.resolvedAt?.toISOString() ?? null,
    escalatedAppointmentId: a.escalatedAppointmentId,
  };
}

export const readingView = (r: typeof bpReadings.$inferSelect) => ({
  id: r.id,
  measuredAt: r.measuredAt.toISOString(),
  systolic: r.systolic,
  diastolic: r.diastolic,
  pulse: r.pulse,
  arm: r.arm,
  symptoms: r.symptoms,
  source: r.source,
});

/** Readings of the last `days`, the 7-day average, the target and the live alerts: the patient's own view. */
export async function readingsView(db: Db, patientId: string, days: number, now = new Date()) {
  const enrolment = await findEnrolment(db, patientId);
  const readings = await readingsSince(db, patientId, new Date(now.getTime() - days * 86_400_000));
  const alerts = await db
    .select()
    .from(monitoringAlerts)
    .where(and(eq(monitoringAlerts.patientId, patientId), inArray(monitoringAlerts.status, [...LIVE])))
    .orderBy(desc(monitoringAlerts.createdAt));
  const recent = await readingsSince(db, patientId, new Date(now.getTime() - 7 * 86_400_000));
  return {
    patientId,
    enrolled: Boolean(enrolment),
    target: enrolment ? { systolic: enrolment.targetSystolic, diastolic: enrolment.targetDiastolic } : null,
    average7d: sevenDayAverage(recent, now),
    readings: readings.map(readingView),
    alerts: alerts.map(alertView),
  };
}

/** The assistant's page for one patient: the patient view plus every recent alert and the contact notes. */
export async function assistantPatientView(db: Db, patientId: string, days: number) {
  const base = await readingsView(db, patientId, days);
  const [patient] = await db
    .select({
      fullName: patients.fullName,
      birthDate: patients.birthDate,
      sex: patients.sex,
      phone: accounts.phone,
    })
    .from(patients)
    .leftJoin(accounts, eq(accounts.id, patients.accountId))
    .where(eq(patients.id, patientId));
  const [enrolment] = await db
    .select({ e: monitoringEnrolments, assistant: practitioners.fullName })
    .from(monitoringEnrolments)
    .innerJoin(practitioners, eq(practitioners.id, monitoringEnrolments.assistantId))
    .where(and(eq(monitoringEnrolments.patientId, patientId), eq(monitoringEnrolments.status, 'active')));
  const alerts = await db
    .select()
    .from(monitoringAlerts)
    .where(eq(monitoringAlerts.patientId, patientId))
    .orderBy(desc(monitoringAlerts.createdAt))
    .limit(50);
  const notes = await db
    .select({ n: monitoringNotes, author: accounts.displayName })
    .from(monitoringNotes)
    .innerJoin(accounts, eq(accounts.id, monitoringNotes.authorAccountId))
    .where(eq(monitoringNotes.patientId, patientId))
    .orderBy(desc(monitoringNotes.createdAt));
  return {
    ...base,
    patient: {
      id: patientId,
      fullName: patient!.fullName,
      birthDate: patient!.birthDate,
      sex: patient!.sex,
      phone: patient!.phone ?? null,
    },
    enrolment: enrolment
      ? {
          assistantId: enrolment.e.assistantId,
          assistant: enrolment.assistant,
          note: enrolment.e.note,
          enrolledAt: (enrolment.e.decidedAt ?? enrolment.e.createdAt).toISOString(),
        }
      : null,
    alerts: alerts.map(alertView),
    notes: notes.map(({ n, author }) => ({
      id: n.id,
      alertId: n.alertId,
      channel: n.channel,
      text: n.text,
      author,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/**
 * The assistant's enrolled patients: those with live alerts first, by their worst severity and then the
 * oldest alert (waiting longest); patients without alerts after, by name.
 */
export async function worklist(db: Db, assistantId: string) {
  // Three prepared queries, run concurrently: the assistant's active enrolments, and the live alerts and the
  // latest reading of the patients enrolled with them (the same enrolments, as a subquery).
  const assistant = sql.placeholder('assistantId');
  const enrolledIds = db
    .select({ id: monitoringEnrolments.patientId })
    .from(monitoringEnrolments)
    .where(and(eq(monitoringEnrolments.assistantId, assistant), eq(monitoringEnrolments.status, 'active')));
  const [enrolled, alerts, latestRows] = await Promise.all([
    preparedQuery(db, 'worklist_enrolled', () =>
      db
        .select({ e: monitoringEnrolments, fullName: patients.fullName, birthDate: patients.birthDate })
        .from(monitoringEnrolments)
        .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
        .where(
          and(eq(monitoringEnrolments.assistantId, assistant), eq(monitoringEnrolments.status, 'active')),
        ),
    ).execute({ assistantId }),
    preparedQuery(db, 'worklist_alerts', () =>
      db
        .select()
        .from(monitoringAlerts)
        .where(
          and(inArray(monitoringAlerts.patientId, enrolledIds), inArray(monitoringAlerts.status, [...LIVE])),
        )
        .orderBy(asc(monitoringAlerts.createdAt)),
    ).execute({ assistantId }),
    preparedQuery(db, 'worklist_latest_readings', () =>
      db
        .selectDistinctOn([bpReadings.patientId])
        .from(bpReadings)
        .where(inArray(bpReadings.patientId, enrolledIds))
        .orderBy(bpReadings.patientId, desc(bpReadings.measuredAt)),
    ).execute({ assistantId }),
  ]);
  const latest = new Map(latestRows.map((r) => [r.patientId, r]));
  const items = enrolled.map(({ e, fullName, birthDate }) => {
    const own = alerts
      .filter((a) => a.patientId === e.patientId)
      .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || +a.createdAt - +b.createdAt);
    const last = latest.get(e.patientId);
    return {
      patientId: e.patientId,
      fullName,
      birthDate,
      target: { systolic: e.targetSystolic, diastolic: e.targetDiastolic },
      lastReading: last ? readingView(last) : null,
      alerts: own.map(alertView),
    };
  });
  items.sort((a, b) => {
    const [x, y] = [a.alerts[0], b.alerts[0]];
    if (x && y)
      return severityRank[x.severity] - severityRank[y.severity] || x.createdAt.localeCompare(y.createdAt);
    if (x || y) return x ? -1 : 1;
    return a.fullName.en.localeCompare(b.fullName.en);
  });
  return items;
}
