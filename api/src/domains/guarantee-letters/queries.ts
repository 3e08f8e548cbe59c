import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  clinicProgrammes,
  clinics,
  files,
  guaranteeLetterDeliveries,
  guaranteeLetters,
  insurancePolicies,
  insuranceProgrammes,
  medicalServices,
  patients,
  programmeCoverage,
} from '../../db/schema/index.js';
import { isoDate } from '../../lib/dates.js';
import { toFileInfo } from '../files/service.js';
import { toPatientSummary } from '../patients/queries.js';
import { coverageVerdict, type CoverageVerdict } from './coverage.js';
import type { LetterDetail, LetterListItem } from './schemas.js';

export type LetterRow = typeof guaranteeLetters.$inferSelect;

export async function findLetter(db: Db, id: string) {
  const [row] = await db.select().from(guaranteeLetters).where(eq(guaranteeLetters.id, id));
  return row ?? null;
}

const clinicRef = (c: typeof clinics.$inferSelect) => ({
  id: c.id,
  name: c.name,
  address: c.address,
  phone: c.phone,
});

/** Letters matching `where`: submitted ones first (oldest first, as a queue), then the rest newest first. */
export async function listLetters(db: Db, where: SQL | undefined): Promise<LetterListItem[]> {
  const rows = await db
    .select({ l: guaranteeLetters, p: patients, c: clinics, s: medicalServices })
    .from(guaranteeLetters)
    .innerJoin(patients, eq(patients.id, guaranteeLetters.patientId))
    .innerJoin(clinics, eq(clinics.id, guaranteeLetters.clinicId))
    .innerJoin(medicalServices, eq(medicalServices.code, guaranteeLetters.serviceCode))
    .where(where)
    .orderBy(
      sql`case when ${guaranteeLetters.status} = 'submitted' then 0 else 1 end`,
      sql`case when ${guaranteeLetters.status} = 'submitted' then ${guaranteeLetters.createdAt} end asc`,
      desc(guaranteeLetters.updatedAt),
    )
    .limit(200);
  return rows.map(({ l, p, c, s }) => ({
    id: l.id,
    status: l.status,
    number: l.number,
    patient: toPatientSummary(p),
    clinic: clinicRef(c),
    service: { code: s.code, name: s.name, kind: s.kind, priceRub: s.priceRub },
    validTo: l.validTo,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  }));
}

/** Everything the coverage rule needs for this patient, clinic and service, judged on `today`. */
export async function judgeCoverage(
  db: Db,
  input: { patientId: string; clinicId: string; serviceCode: string },
  today = isoDate(new Date()),
): Promise<CoverageVerdict> {
  const [service] = await db
    .select({ kind: medicalServices.kind })
    .from(medicalServices)
    .where(eq(medicalServices.code, input.serviceCode));
  const policies = await db
    .select({
      id: insurancePolicies.id,
      programmeId: insurancePolicies.programmeId,
      validFrom: insurancePolicies.validFrom,
      validTo: insurancePolicies.validTo,
    })
    .from(insurancePolicies)
    .where(eq(insurancePolicies.patientId, input.patientId));
  const programmeIds = [...new Set(policies.map((p) => p.programmeId))];
  const clinicProgrammeIds = programmeIds.length
    ? (
        await db
          .select({ id: clinicProgrammes.programmeId })
          .from(clinicProgrammes)
          .where(
            and(
              eq(clinicProgrammes.clinicId, input.clinicId),
              inArray(clinicProgrammes.programmeId, programmeIds),
            ),
          )
      ).map((r) => r.id)
    : [];
  const coverage = programmeIds.length
    ? await db
        .select({
          programmeId: programmeCoverage.programmeId,
          service: programmeCoverage.service,
          covered: programmeCoverage.covered,
        })
        .from(programmeCoverage)
        .where(inArray(programmeCoverage.programmeId, programmeIds))
    : [];
  return coverageVerdict({
    policies,
    clinicProgrammeIds,
    coverage,
    serviceKind: service?.kind ?? 'diagnostics',
    today,
  });
}

export type LetterSide = 'patient' | 'coordinator';

/** One letter as its member or the coordinator sees it, with the rule's verdict and what the caller may do. */
export async function letterDetail(db: Db, letter: LetterRow, side: LetterSide): Promise<LetterDetail> {
  const [item] = await listLetters(db, eq(guaranteeLetters.id, letter.id));
  const [file] = letter.referralFileId
    ? await db.select().from(files).where(eq(files.id, letter.referralFileId))
    : [];
  const verdict = await judgeCoverage(db, letter);
  // A decided letter names the policy it was issued under; an open one the policy the rule would use.
  const policyId = letter.policyId ?? verdict.policyId;
  const [policy] = policyId
    ? await db
        .select({ p: insurancePolicies, programme: insuranceProgrammes })
        .from(insurancePolicies)
        .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
        .where(eq(insurancePolicies.id, policyId))
    : [];
  const [delivery] = await db
    .select({ at: guaranteeLetterDeliveries.deliveredAt })
    .from(guaranteeLetterDeliveries)
    .where(eq(guaranteeLetterDeliveries.letterId, letter.id));
  const open = letter.status === 'submitted';
  return {
    ...item!,
    reason: letter.reason,
    referralFile: file ? toFileInfo(file) : null,
    policy: policy
      ? {
          number: policy.p.number,
          insurer: policy.p.insurer,
          validFrom: policy.p.validFrom,
          validTo: policy.p.validTo,
          programme: { code: policy.programme.code, name: policy.programme.name },
        }
      : null,
    coverage: { covered: verdict.covered, problems: verdict.problems },
    validFrom: letter.validFrom,
    declineReason: letter.declineReason,
    decidedAt: letter.decidedAt?.toISOString() ?? null,
    deliveredAt: delivery?.at.toISOString() ?? null,
    actions: {
      cancel: side === 'patient' && open,
      // Approving needs a policy to name in the letter.
      approve: side === 'coordinator' && open && verdict.policyId !== null,
      decline: side === 'coordinator' && open,
      downloadPdf: letter.status === 'approved',
    },
  };
}

/** Clinics and services a member can ask a letter for, each clinic marked by whether their programme covers it. */
export async function letterOptions(db: Db, patientId: string, today = isoDate(new Date())) {
  const clinicRows = await db
    .select()
    .from(clinics)
    .orderBy(asc(clinics.region), sql`${clinics.name}->>'ru'`);
  const services = await db.select().from(medicalServices).orderBy(asc(medicalServices.code));
  const programmeIds = (
    await db
      .select({ id: insurancePolicies.programmeId })
      .from(insurancePolicies)
      .where(
        and(
          eq(insurancePolicies.patientId, patientId),
          sql`${insurancePolicies.validFrom} <= ${today}`,
          sql`${insurancePolicies.validTo} >= ${today}`,
        ),
      )
  ).map((r) => r.id);
  const covering = programmeIds.length
    ? new Set(
        (
          await db
            .select({ id: clinicProgrammes.clinicId })
            .from(clinicProgrammes)
            .where(inArray(clinicProgrammes.programmeId, programmeIds))
        ).map((r) => r.id),
      )
    : new Set<string>();
  return {
    clinics: clinicRows.map((c) => ({ ...clinicRef(c), services: c.services, covered: covering.has(c.id) })),
    services: services.map((s) => ({ code: s.code, name: s.name, kind: s.kind, priceRub: s.priceRub })),
  };
}
