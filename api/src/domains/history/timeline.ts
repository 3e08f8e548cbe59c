import { and, asc, desc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import {
  appointments,
  careRequests,
  labReports,
  patients,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
import { observationView } from '../labs/analytes.js';
import { finalConclusions, observationsOfReports } from './records.js';

/** Everything the platform holds about the patient's care, for the doctor's history view. */
export async function patientHistory(db: Db, patientId: string) {
  const consultRows = await db
    .select({ a: appointments, specialtyName: specialties.name, doctorName: practitioners.fullName })
    .from(appointments)
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .leftJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(eq(appointments.patientId, patientId))
    .orderBy(desc(appointments.startsAt));
  const conclusions = await finalConclusions(db, patientId);
  const reports = await db
    .select()
    .from(labReports)
    .where(eq(labReports.patientId, patientId))
    .orderBy(desc(labReports.issuedAt));
  const observations = await observationsOfReports(
    db,
    reports.map((r) => r.id),
  );
  const requests = await db
    .select({ r: careRequests, specialtyName: specialties.name })
    .from(careRequests)
    .innerJoin(specialties, eq(specialties.code, careRequests.specialtyCode))
    .where(eq(careRequests.patientId, patientId))
    .orderBy(desc(careRequests.createdAt));
  return {
    consults: consultRows.map(({ a, specialtyName, doctorName }) => ({
      id: a.id,
      startsAt: a.startsAt.toISOString(),
      status: a.status,
      format: a.format,
      urgency: a.urgency,
      specialty: { code: a.specialtyCode, name: specialtyName },
      practitioner: a.practitionerId && doctorName ? { id: a.practitionerId, fullName: doctorName } : null,
      conclusion: conclusions.find((c) => c.appointmentId === a.id) ?? null,
    })),
    labReports: reports.map((r) => ({
      id: r.id,
      issuedAt: r.issuedAt.toISOString(),
      observations: observations.filter((o) => o.reportId === r.id).map(observationView),
    })),
    requests: requests.map(({ r, specialtyName }) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      specialty: { code: r.specialtyCode, name: specialtyName },
      createdAt: r.createdAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
  };
}

/** The patients a doctor has (had) consultations with, optionally matching part of a name. */
export async function patientsOfDoctor(db: Db, practitionerId: string, query?: string) {
  const now = new Date().toISOString();
  const rows = await db
    .select({
      patient: patients,
      consults: sql<number>`count(*)::int`,
      lastConsultAt:
        sql<Date | null>`max(${appointments.startsAt}) filter (where ${appointments.startsAt} <= ${now})`.mapWith(
          appointments.startsAt,
        ),
      nextConsultAt:
        sql<Date | null>`min(${appointments.startsAt}) filter (where ${appointments.startsAt} > ${now})`.mapWith(
          appointments.startsAt,
        ),
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(
      and(
        eq(appointments.practitionerId, practitionerId),
        ne(appointments.status, 'cancelled'),
        query
          ? or(
              ilike(sql`${patients.fullName}->>'ru'`, containsPattern(query)),
              ilike(sql`${patients.fullName}->>'en'`, containsPattern(query)),
            )
          : undefined,
      ),
    )
    .groupBy(patients.id)
    .orderBy(asc(sql`${patients.fullName}->>'ru'`));
  return rows;
}
