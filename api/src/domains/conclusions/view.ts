import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { specialties } from '../../db/schema/index.js';
import { findLabTest } from '../catalogue/lab-tests.js';
import { type Conclusion, conclusionContext } from './queries.js';
import type { ConclusionView } from './schemas.js';

/** Lab tests as printed: catalogue names and LOINC codes (a code the catalogue dropped still shows). */
export function labTestEntries(codes: string[]) {
  return codes.map((code) => {
    const test = findLabTest(code);
    return test
      ? { code, loinc: test.loinc, name: test.name }
      : { code, loinc: null, name: { ru: code, en: code } };
  });
}

async function specialtyName(db: Db, code: string) {
  const [row] = await db
    .select({ name: specialties.name })
    .from(specialties)
    .where(eq(specialties.code, code));
  return row?.name ?? null;
}

/** A version is superseded once a later version that corrects it has been finalised. */
function supersededBy(row: Conclusion, versions: Conclusion[]) {
  return versions.find((v) => v.supersedesId === row.id && v.status === 'final')?.id ?? null;
}

export function versionSummaries(versions: Conclusion[]) {
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    status: v.status,
    supersedesId: v.supersedesId,
    correctionReason: v.correctionReason,
    finalisedAt: v.finalisedAt?.toISOString() ?? null,
    superseded: supersededBy(v, versions) !== null,
  }));
}

export async function conclusionView(
  db: Db,
  row: Conclusion,
  versions: Conclusion[],
): Promise<ConclusionView> {
  const context = await conclusionContext(db, row);
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    appointmentStartsAt: context.appointmentStartsAt.toISOString(),
    patient: context.patient,
    doctor: context.doctor,
    specialty: context.specialty,
    clinic: context.clinic,
    version: row.version,
    status: row.status,
    supersedesId: row.supersedesId,
    supersededById: supersededBy(row, versions),
    correctionReason: row.correctionReason,
    diagnosis: row.diagnosis,
    secondaryDiagnoses: row.secondaryDiagnoses,
    complaints: row.complaints,
    findings: row.findings,
    recommendations: row.recommendations,
    prescriptions: row.prescriptions,
    labTests: labTestEntries(row.labTestCodes),
    followUp: row.followUp,
    followUpSpecialtyName:
      row.followUp.kind === 'suggest' ? await specialtyName(db, row.followUp.specialtyCode) : null,
    consultationType: row.consultationType,
    diagnosisPreliminary: row.consultationType === 'first_contact',
    establishedDiagnosis: row.establishedDiagnosis,
    inPersonVisit: row.inPersonVisit,
    inPersonVisitSpecialtyName: row.inPersonVisit
      ? await specialtyName(db, row.inPersonVisit.specialtyCode)
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finalisedAt: row.finalisedAt?.toISOString() ?? null,
  };
}
