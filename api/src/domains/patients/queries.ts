import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  insurancePolicies,
  insuranceProgrammes,
  patients,
  programmeCoverage,
} from '../../db/schema/index.js';
import { isGuardedChild, underGuardianshipAge } from '../../auth/policy.js';
import { ageInYears } from '../../lib/dates.js';

type PatientRow = typeof patients.$inferSelect;

export function toPatientSummary(p: PatientRow) {
  const ageYears = ageInYears(p.birthDate);
  return {
    id: p.id,
    fullName: p.fullName,
    birthDate: p.birthDate,
    sex: p.sex,
    ageYears,
    isChild: isGuardedChild(p.birthDate),
    guardianId: p.guardianId,
  };
}

export async function findPatient(db: Db, id: string) {
  const [row] = await db.select().from(patients).where(eq(patients.id, id));
  return row ?? null;
}

/** The children a guardian may act for: linked to them and still under the guardianship age. */
export async function findChildren(db: Db, guardianId: string) {
  return db
    .select()
    .from(patients)
    .where(and(eq(patients.guardianId, guardianId), underGuardianshipAge))
    .orderBy(patients.birthDate);
}

/** The patient's current policy with what its programme covers. */
export async function findActivePolicy(db: Db, patientId: string) {
  const [row] = await db
    .select({ policy: insurancePolicies, programme: insuranceProgrammes })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(and(eq(insurancePolicies.patientId, patientId), sql`${insurancePolicies.validTo} >= current_date`))
    .orderBy(sql`${insurancePolicies.validTo} desc`)
    .limit(1);
  if (!row) return null;
  const coverage = await db
    .select()
    .from(programmeCoverage)
    .where(eq(programmeCoverage.programmeId, row.programme.id))
    .orderBy(programmeCoverage.service);
  const telemedicine = coverage.find((c) => c.service === 'telemedicine');
  return {
    number: row.policy.number,
    insurer: row.policy.insurer,
    validTo: row.policy.validTo,
    programme: {
      id: row.programme.id,
      name: row.programme.name,
      kind: row.programme.kind,
      franchisePercent: row.programme.franchisePercent,
      telemedicineInFranchise: telemedicine?.inFranchise ?? true,
      coverage: coverage.map((c) => ({
        service: c.service,
        covered: c.covered,
        franchisePercent: c.covered && c.inFranchise ? row.programme.franchisePercent : 0,
        annualLimit: c.annualLimit,
      })),
    },
  };
}
