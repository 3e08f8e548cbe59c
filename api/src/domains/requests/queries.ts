import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import {
  careRequestFiles,
  careRequestLabReports,
  careRequests,
  files,
  labObservations,
  labReports,
  patients,
  practitioners,
  practitionerSpecialties,
  specialties,
} from '../../db/schema/index.js';
import { toFileInfo } from '../files/service.js';
import { observationView } from '../labs/analytes.js';
import { toPatientSummary } from '../patients/queries.js';
import type { RequestListItem } from './schemas.js';

export type CareRequestRow = typeof careRequests.$inferSelect;

const addressed = alias(practitioners, 'addressed');
const assigned = alias(practitioners, 'assigned');

export async function findRequest(db: Db, id: string) {
  const [row] = await db.select().from(careRequests).where(eq(careRequests.id, id));
  return row ?? null;
}

/** Requests with their patient, specialty and doctors, in the list shape; newest first. */
export async function listRequests(db: Db, where: SQL | undefined): Promise<RequestListItem[]> {
  const rows = await db
    .select({
      r: careRequests,
      patient: patients,
      specialty: { code: specialties.code, name: specialties.name },
      addressed: { id: addressed.id, fullName: addressed.fullName },
      assigned: { id: assigned.id, fullName: assigned.fullName },
    })
    .from(careRequests)
    .innerJoin(patients, eq(patients.id, careRequests.patientId))
    .innerJoin(specialties, eq(specialties.code, careRequests.specialtyCode))
    .leftJoin(addressed, eq(addressed.id, careRequests.addressedToPractitionerId))
    .leftJoin(assigned, eq(assigned.id, careRequests.assignedPractitionerId))
    .where(where)
    .orderBy(desc(careRequests.createdAt))
    .limit(200);
  return rows.map(({ r, patient, specialty, addressed, assigned }) => {
    const { guardianId: _guardian, ...person } = toPatientSummary(patient);
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      format: r.format,
      specialty,
      patient: person,
      addressedTo: addressed?.id ? addressed : null,
      assignedTo: assigned?.id ? assigned : null,
      complaints: r.complaints,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/** The specialties a doctor practises, as a subquery. */
export const specialtiesOf = (db: Db, practitionerId: string) =>
  db
    .select({ code: practitionerSpecialties.specialtyCode })
    .from(practitionerSpecialties)
    .where(eq(practitionerSpecialties.practitionerId, practitionerId));

/**
 * Which requests a doctor may see: the ones they claimed, and unclaimed ones addressed to them or (when
 * addressed to nobody) to one of their specialties. The same rule as the policy's "consulted doctor".
 */
export function visibleToDoctor(db: Db, practitionerId: string) {
  return and(
    inArray(careRequests.status, ['submitted', 'in_review', 'answered', 'consult_booked']),
    or(
      eq(careRequests.assignedPractitionerId, practitionerId),
      and(
        isNull(careRequests.assignedPractitionerId),
        or(
          eq(careRequests.addressedToPractitionerId, practitionerId),
          and(
            isNull(careRequests.addressedToPractitionerId),
            inArray(careRequests.specialtyCode, specialtiesOf(db, practitionerId)),
          ),
        ),
      ),
    ),
  )!;
}

export async function requestFiles(db: Db, requestId: string) {
  const rows = await db
    .select({ f: files })
    .from(careRequestFiles)
    .innerJoin(files, eq(files.id, careRequestFiles.fileId))
    .where(eq(careRequestFiles.requestId, requestId))
    .orderBy(asc(files.createdAt));
  return rows.map((r) => r.f);
}

/** Lab reports with their values, for the doctor to read next to the question. */
export async function labReportSummaries(db: Db, reportIds: string[]) {
  if (!reportIds.length) return [];
  const reports = await db
    .select()
    .from(labReports)
    .where(inArray(labReports.id, reportIds))
    .orderBy(desc(labReports.issuedAt));
  const observations = await db
    .select()
    .from(labObservations)
    .where(inArray(labObservations.reportId, reportIds))
    .orderBy(asc(labObservations.loinc));
  return reports.map((report) => ({
    id: report.id,
    issuedAt: report.issuedAt.toISOString(),
    observations: observations.filter((o) => o.reportId === report.id).map(observationView),
  }));
}

export async function requestLabReportIds(db: Db, requestId: string) {
  const rows = await db
    .select({ id: careRequestLabReports.reportId })
    .from(careRequestLabReports)
    .where(eq(careRequestLabReports.requestId, requestId));
  return rows.map((r) => r.id);
}

/** A patient's lab reports, to pick from in the request form. */
export async function patientLabReportIds(db: Db, patientId: string) {
  const rows = await db
    .select({ id: labReports.id })
    .from(labReports)
    .where(eq(labReports.patientId, patientId))
    .orderBy(desc(labReports.issuedAt))
    .limit(50);
  return rows.map((r) => r.id);
}

export async function requestDetail(db: Db, row: CareRequestRow) {
  const [item] = await listRequests(db, eq(careRequests.id, row.id));
  const [attached, reportIds] = await Promise.all([
    requestFiles(db, row.id),
    requestLabReportIds(db, row.id),
  ]);
  return {
    ...item!,
    diagnosisGiven: row.diagnosisGiven,
    treatmentGiven: row.treatmentGiven,
    purpose: row.purpose,
    answer: row.answer,
    appointmentId: row.appointmentId,
    claimedAt: row.claimedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    files: attached.map(toFileInfo),
    labReports: await labReportSummaries(db, reportIds),
  };
}
