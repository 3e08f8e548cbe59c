import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { insurancePolicies, insuranceProgrammes, programmeCoverage } from '../../db/schema/index.js';
import { fieldProblem, ProblemError } from '../../http/problem.js';
import { isoDate } from '../../lib/dates.js';
import { findInsurer, insurers } from './insurers.js';
import { OMS_NO_EXPIRY } from './no-expiry.js';
import { normalisePolicyNumber, policyNumberProblem } from './number-rules.js';

/** A DMS policy is sold for a year or two; a later end date is a typing error. */
const DMS_MAX_YEARS = 5;

/** Programmes with what they cover, and the insurers whose policies the app accepts. */
export async function insuranceCatalogue(db: Db) {
  const [programmes, coverage] = await Promise.all([
    db.select().from(insuranceProgrammes).orderBy(insuranceProgrammes.kind, insuranceProgrammes.code),
    db.select().from(programmeCoverage).orderBy(programmeCoverage.service),
  ]);
  return {
    programmes: programmes.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      kind: p.kind,
      franchisePercent: p.franchisePercent,
      coverage: coverage
        .filter((c) => c.programmeId === p.id)
        .map((c) => ({
          service: c.service,
          covered: c.covered,
          franchisePercent: c.covered && c.inFranchise ? p.franchisePercent : 0,
          annualLimit: c.annualLimit,
        })),
    })),
    insurers: [...insurers],
  };
}

/**
 * Adds a policy the patient (or their guardian) typed in, checked against the programme list, the insurer
 * list and the number rules. A number belongs to one person: a number already registered is refused, with
 * a message that tells the owner apart from someone else without naming anyone.
 */
export async function addPolicy(
  db: Db,
  patientId: string,
  input: { programmeId: string; insurer: string; number: string; validTo?: string | undefined },
) {
  const [programme] = await db
    .select()
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.id, input.programmeId));
  if (!programme)
    throw fieldProblem('programmeId', 'Unknown insurance programme.', 'policy.unknown_programme');
  const insurer = findInsurer(input.insurer);
  if (!insurer)
    throw fieldProblem('insurer', 'Unknown insurer: choose one from the list.', 'policy.unknown_insurer');
  if (insurer.kind !== programme.kind) {
    throw fieldProblem(
      'insurer',
      `${insurer.name} does not issue policies of this programme.`,
      'policy.insurer_programme_mismatch',
      { insurer: insurer.name },
    );
  }
  const number = normalisePolicyNumber(programme.kind, input.number);
  const numberProblem = policyNumberProblem(programme.kind, number);
  if (numberProblem) throw fieldProblem('number', numberProblem.message, numberProblem.code);
  const validTo = programme.kind === 'oms' ? OMS_NO_EXPIRY : dmsValidTo(input.validTo);

  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ patientId: insurancePolicies.patientId })
      .from(insurancePolicies)
      .where(eq(insurancePolicies.number, number));
    if (taken) throw numberTaken(taken.patientId === patientId);
    if (programme.kind === 'oms') {
      const [oms] = await tx
        .select({ id: insurancePolicies.id })
        .from(insurancePolicies)
        .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
        .where(
          and(
            eq(insurancePolicies.patientId, patientId),
            eq(insuranceProgrammes.kind, 'oms'),
            sql`${insurancePolicies.validTo} >= current_date`,
          ),
        );
      if (oms)
        throw new ProblemError(
          409,
          'This person already has an OMS policy: the unified number is one for life.',
          { code: 'policy.oms_exists' },
        );
    }
    try {
      const [row] = await tx
        .insert(insurancePolicies)
        .values({
          patientId,
          programmeId: programme.id,
          number,
          insurer: insurer.name,
          validFrom: isoDate(new Date()),
          validTo,
        })
        .returning();
      return row!;
    } catch (error) {
      // Two people typing the same number at once: the unique index decides, the loser hears why.
      if (isUniqueViolation(error)) throw numberTaken(false);
      throw error;
    }
  });
}

function dmsValidTo(validTo: string | undefined) {
  if (!validTo)
    throw fieldProblem(
      'validTo',
      'Give the last day of the DMS policy, as printed on it.',
      'policy.valid_to_required',
    );
  const today = new Date();
  const latest = new Date(Date.UTC(today.getUTCFullYear() + DMS_MAX_YEARS, 11, 31));
  if (validTo < isoDate(today))
    throw fieldProblem('validTo', 'This policy has already ended.', 'policy.ended');
  if (validTo > isoDate(latest))
    throw fieldProblem('validTo', 'Check the end date: it is too far ahead.', 'policy.valid_to_too_far');
  return validTo;
}

const numberTaken = (own: boolean) =>
  new ProblemError(
    409,
    own
      ? 'This policy has already been added.'
      : 'This policy number is registered in Telemed to another person. If the policy is yours, contact support.',
    { code: own ? 'policy.already_added' : 'policy.number_taken' },
  );
