import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
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
  titrationProposals,
} from '../../db/schema/index.js';
import { sevenDayAverage, severityRank } from './rules/index.js';
import { findEnrolment, latestReadings, readingsSince } from './readings.js';
import { WORKLIST_PAGE } from './schemas.js';
import { openSeriesTaskOf } from './outreach/store.js';

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
 * One page of the assistant's enrolled patients: those with live alerts first, by their worst severity and then
 * the oldest alert (waiting longest); patients without alerts after, by name. The order and the total come from
 * one statement over the enrolments and their live alerts (few: they are dealt with); only the page's patients
 * then have their alerts and newest reading read. Each row says whether a titration step is waiting for a
 * doctor's decision (an open proposal, titration/proposals.ts).
 */
export async function worklist(db: Db, assistantId: string, page: { limit?: number; offset?: number } = {}) {
  const limit = page.limit ?? WORKLIST_PAGE;
  const offset = page.offset ?? 0;
  const rows = await preparedQuery(db, 'worklist_page', () => {
    const assistant = sql.placeholder('assistantId');
    const mine = and(
      eq(monitoringEnrolments.assistantId, assistant),
      eq(monitoringEnrolments.status, 'active'),
    );
    const rank = sql<number>`(case ${monitoringAlerts.severity} ${sql.join(
      Object.entries(severityRank).map(([severity, n]) => sql`when ${severity} then ${sql.raw(String(n))}`),
      sql` `,
    )} end)`;
    // Each patient's first alert in the order the row shows them: the worst severity, then the oldest.
    const worst = db
      .selectDistinctOn([monitoringAlerts.patientId], {
        patientId: monitoringAlerts.patientId,
        rank: rank.as('rank'),
        since: sql<Date>`${monitoringAlerts.createdAt}`.as('since'),
      })
      .from(monitoringAlerts)
      .where(
        and(
          inArray(
            monitoringAlerts.patientId,
            db.select({ id: monitoringEnrolments.patientId }).from(monitoringEnrolments).where(mine),
          ),
          inArray(monitoringAlerts.status, [...LIVE]),
        ),
      )
      .orderBy(monitoringAlerts.patientId, rank, monitoringAlerts.createdAt)
      .as('worst');
    const name = sql`${patients.fullName}->>'en'`;
    return db
      .select({
        e: monitoringEnrolments,
        fullName: patients.fullName,
        birthDate: patients.birthDate,
        total: sql<number>`count(*) over ()`.mapWith(Number),
        openTitrationProposal: sql<boolean>`exists (select 1 from ${titrationProposals}
          where ${titrationProposals.patientId} = ${monitoringEnrolments.patientId}
            and ${titrationProposals.status} = 'open')`.mapWith(Boolean),
        seriesTask: openSeriesTaskOf(monitoringEnrolments.patientId),
      })
      .from(monitoringEnrolments)
      .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
      .leftJoin(worst, eq(worst.patientId, monitoringEnrolments.patientId))
      .where(mine)
      .orderBy(
        sql`${worst.rank} asc nulls last`,
        sql`${worst.since} asc nulls last`,
        sql`lower(${name})`,
        name,
        monitoringEnrolments.patientId,
      )
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'));
  }).execute({ assistantId, limit, offset });
  const total = rows[0]?.total ?? (offset ? await enrolledCount(db, assistantId) : 0);
  const ids = rows.map((r) => r.e.patientId);
  const [alerts, latest] = ids.length
    ? await Promise.all([
        preparedQuery(db, 'live_alerts_of_patients', () =>
          db
            .select()
            .from(monitoringAlerts)
            .where(
              and(
                sql`${monitoringAlerts.patientId} = any(${sql.placeholder('patientIds')}::uuid[])`,
                inArray(monitoringAlerts.status, [...LIVE]),
              ),
            )
            .orderBy(asc(monitoringAlerts.createdAt)),
        ).execute({ patientIds: ids }),
        latestReadings(db, ids),
      ])
    : [[], new Map<string, typeof bpReadings.$inferSelect>()];
  const alertsOf = new Map<string, AlertRow[]>();
  for (const a of alerts) alertsOf.set(a.patientId, [...(alertsOf.get(a.patientId) ?? []), a]);
  const items = rows.map(({ e, fullName, birthDate, openTitrationProposal, seriesTask }) => {
    const own = (alertsOf.get(e.patientId) ?? []).sort(
      (a, b) => severityRank[a.severity] - severityRank[b.severity] || +a.createdAt - +b.createdAt,
    );
    const last = latest.get(e.patientId);
    return {
      patientId: e.patientId,
      fullName,
      birthDate,
      target: { systolic: e.targetSystolic, diastolic: e.targetDiastolic },
      lastReading: last ? readingView(last) : null,
      alerts: own.map(alertView),
      openTitrationProposal,
      seriesTask,
    };
  });
  return { items, total, limit, offset };
}

/** The assistant's active enrolments, for a page past the end (where the page statement returns no row). */
async function enrolledCount(db: Db, assistantId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(monitoringEnrolments)
    .where(and(eq(monitoringEnrolments.assistantId, assistantId), eq(monitoringEnrolments.status, 'active')));
  return row?.n ?? 0;
}
