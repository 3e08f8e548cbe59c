import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  careRequestFiles,
  careRequestLabReports,
  careRequests,
  files,
  labReports,
  practitionerSpecialties,
  specialties,
} from '../../db/schema/index.js';
import { invalidChoice } from '../../http/problem.js';
import type { SubmitRequestBody } from './schemas.js';

/** Ids from `wanted` that are not among `owned`: another family's or made-up ids look the same. */
const missing = (wanted: string[], owned: { id: string }[]) =>
  wanted.filter((id) => !owned.some((row) => row.id === id));

/**
 * Files a request after checking what the body cannot check alone: the specialty exists, the chosen doctor
 * practises it, and every document and lab report is this patient's own. Written in one transaction, so a
 * request never appears without its attachments.
 */
export async function submitRequest(
  db: Db,
  input: SubmitRequestBody & { patientId: string; accountId: string },
) {
  const [specialty] = await db
    .select({ code: specialties.code })
    .from(specialties)
    .where(eq(specialties.code, input.specialtyCode));
  if (!specialty) throw invalidChoice('specialtyCode', 'no such specialty');
  if (input.practitionerId) {
    const [practises] = await db
      .select({ id: practitionerSpecialties.practitionerId })
      .from(practitionerSpecialties)
      .where(
        and(
          eq(practitionerSpecialties.practitionerId, input.practitionerId),
          eq(practitionerSpecialties.specialtyCode, input.specialtyCode),
        ),
      );
    if (!practises)
      throw invalidChoice('practitionerId', 'this doctor does not practise the chosen specialty');
  }
  const fileIds = [...new Set(input.fileIds)];
  const reportIds = [...new Set(input.labReportIds)];
  if (fileIds.length) {
    const owned = await db
      .select({ id: files.id })
      .from(files)
      .where(and(inArray(files.id, fileIds), eq(files.patientId, input.patientId)));
    if (missing(fileIds, owned).length)
      throw invalidChoice('fileIds', "only this patient's own uploaded documents can be attached");
  }
  if (reportIds.length) {
    const owned = await db
      .select({ id: labReports.id })
      .from(labReports)
      .where(and(inArray(labReports.id, reportIds), eq(labReports.patientId, input.patientId)));
    if (missing(reportIds, owned).length)
      throw invalidChoice('labReportIds', "only lab reports from this patient's card can be picked");
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(careRequests)
      .values({
        kind: input.kind,
        patientId: input.patientId,
        submittedByAccountId: input.accountId,
        specialtyCode: input.specialtyCode,
        addressedToPractitionerId: input.practitionerId ?? null,
        format: input.format,
        complaints: input.complaints ?? '',
        // Each kind keeps only its own clinical fields.
        diagnosisGiven: input.kind === 'second_opinion' ? (input.diagnosisGiven ?? null) : null,
        treatmentGiven: input.kind === 'second_opinion' ? (input.treatmentGiven ?? null) : null,
        purpose: input.kind === 'test_decoding' ? (input.purpose ?? null) : null,
      })
      .returning();
    if (fileIds.length)
      await tx.insert(careRequestFiles).values(fileIds.map((fileId) => ({ requestId: row!.id, fileId })));
    if (reportIds.length)
      await tx
        .insert(careRequestLabReports)
        .values(reportIds.map((reportId) => ({ requestId: row!.id, reportId })));
    return row!;
  });
}
