import { and, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { observationView } from '../labs/analytes.js';
import { currentObservation } from '../labs/versions.js';
import { currentFinal } from '../conclusions/current.js';
import type { LocalizedText } from '../../db/schema/common.js';
import {
  bpReadings,
  conclusions,
  labObservations,
  monitoringEnrolments,
  practitioners,
} from '../../db/schema/index.js';

type ConclusionRow = typeof conclusions.$inferSelect;

const toBrief = (c: ConclusionRow, doctorName: LocalizedText) => ({
  id: c.id,
  appointmentId: c.appointmentId,
  version: c.version,
  finalisedAt: c.finalisedAt?.toISOString() ?? null,
  practitioner: { id: c.practitionerId, fullName: doctorName },
  diagnosis: c.diagnosis ?? null,
  secondaryDiagnoses: c.secondaryDiagnoses,
  recommendations: c.recommendations,
});

/** The current final conclusions of a patient, newest first; optionally only for some consultations. */
export async function finalConclusions(
  db: Db,
  patientId: string,
  opts: { limit?: number; where?: SQL } = {},
) {
  const rows = await db
    .select({ c: conclusions, doctorName: practitioners.fullName })
    .from(conclusions)
    .innerJoin(practitioners, eq(practitioners.id, conclusions.practitionerId))
    .where(and(eq(conclusions.patientId, patientId), currentFinal, opts.where))
    .orderBy(desc(conclusions.finalisedAt))
    .limit(opts.limit ?? 1000);
  return rows.map(({ c, doctorName }) => toBrief(c, doctorName));
}

/** The latest value of each analyte the patient was tested for, most recent first. */
export async function latestLabValues(db: Db, patientId: string, limit = 20) {
  const rows = await db
    .selectDistinctOn([labObservations.loinc])
    .from(labObservations)
    .where(and(eq(labObservations.patientId, patientId), currentObservation))
    .orderBy(labObservations.loinc, desc(labObservations.effectiveAt));
  return rows
    .sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime())
    .slice(0, limit)
    .map(observationView);
}

export async function observationsOfReports(db: Db, reportIds: string[]) {
  if (!reportIds.length) return [];
  return db
    .select()
    .from(labObservations)
    .where(inArray(labObservations.reportId, reportIds))
    .orderBy(labObservations.loinc);
}

/**
 * Home readings are judged as an average over several days, not one by one: ESC/ESH 2023 hypertension
 * guideline (home BP monitoring over 7 days, first day discarded where possible) and ESC 2024.
 */
export const HOME_AVERAGE_DAYS = 7;

/** For a patient under remote monitoring: their target and the home average of the last week. */
export async function bloodPressureSummary(db: Db, patientId: string, now = new Date()) {
  const [enrolment] = await db
    .select()
    .from(monitoringEnrolments)
    .where(and(eq(monitoringEnrolments.patientId, patientId), eq(monitoringEnrolments.status, 'active')));
  if (!enrolment) return null;
  const since = new Date(now.getTime() - HOME_AVERAGE_DAYS * 86_400_000);
  const [stats] = await db
    .select({
      n: sql<number>`count(*)::int`,
      sys: sql<number | null>`round(avg(${bpReadings.systolic}))::int`,
      dia: sql<number | null>`round(avg(${bpReadings.diastolic}))::int`,
    })
    .from(bpReadings)
    .where(and(eq(bpReadings.patientId, patientId), gte(bpReadings.measuredAt, since)));
  const [last] = await db
    .select({ at: bpReadings.measuredAt })
    .from(bpReadings)
    .where(eq(bpReadings.patientId, patientId))
    .orderBy(desc(bpReadings.measuredAt))
    .limit(1);
  return {
    target: { systolic: enrolment.targetSystolic, diastolic: enrolment.targetDiastolic },
    days: HOME_AVERAGE_DAYS,
    readings: stats?.n ?? 0,
    averageSystolic: stats?.sys ?? null,
    averageDiastolic: stats?.dia ?? null,
    lastMeasuredAt: last?.at.toISOString() ?? null,
  };
}
