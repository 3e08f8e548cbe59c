import { and, eq, inArray, sql } from 'drizzle-orm';
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

/**
 * The patient's policies in force with what each programme covers, the voluntary (DMS) ones first: a
 * member with both is served under DMS, which covers more.
 */
export async function findActivePolicies(db: Db, patientId: string) {
  const rows = await db
    .select({ policy: insurancePolicies, programme: insuranceProgrammes })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(and(eq(insurancePolicies.patientId, patientId), sql`${insurancePolicies.validTo} >= current_date`))
    .orderBy(sql`${insuranceProgrammes.kind} = 'dms' desc`, sql`${insurancePolicies.validTo} desc`);
  if (rows.length === 0) return [];
  const coverage = await db
    .select()
    .from(programmeCoverage)
    .where(inArray(programmeCoverage.programmeId, [...new Set(rows.map((row) => row.programme.id))]))
    .orderBy(programmeCoverage.service);
  return rows.map(({ policy, programme }) => {
    const items = coverage.filter((c) => c.programmeId === programme.id);
    const telemedicine = items.find((c) => c.service === 'telemedicine');
    return {
      number: policy.number,
      insurer: policy.insurer,
      validFrom: policy.validFrom,
      validTo: policy.validTo,
      programme: {
        id: programme.id,
        name: programme.name,
        kind: programme.kind,
        franchisePercent: programme.franchisePercent,
        temporaryFranchise: {
          days: programme.temporaryFranchiseDays,
          percent: programme.temporaryFranchisePercent,
        },
        telemedicineInFranchise: telemedicine?.inFranchise ?? true,
        coverage: items.map((c) => ({
          service: c.service,
          covered: c.covered,
          franchisePercent: c.covered && c.inFranchise ? programme.franchisePercent : 0,
          inFranchise: c.inFranchise,
          annualLimit: c.annualLimit,
        })),
      },
    };
  });
}

/** The policy the patient is served under now (see `findActivePolicies`), or null. */
export async function findActivePolicy(db: Db, patientId: string) {
  return (await findActivePolicies(db, patientId))[0] ?? null;
}
