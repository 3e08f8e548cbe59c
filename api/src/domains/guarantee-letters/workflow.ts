import type { Queue } from 'bull';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  clinics,
  files,
  guaranteeLetters,
  insurancePolicies,
  medicalServices,
} from '../../db/schema/index.js';
import { invalidChoice, ProblemError } from '../../http/problem.js';
import { isoDate } from '../../lib/dates.js';
import { letterValidity } from './coverage.js';
import { enqueueDelivery } from './delivery.js';
import { notifyDecision } from './notify.js';
import { findLetter, judgeCoverage, type LetterRow } from './queries.js';
import type { SubmitLetterBody } from './schemas.js';

/** Files a request after checking the clinic, that it performs the service, and that the referral is the patient's. */
export async function submitLetter(
  db: Db,
  input: SubmitLetterBody & { patientId: string; accountId: string },
) {
  const [clinic] = await db
    .select({ services: clinics.services })
    .from(clinics)
    .where(eq(clinics.id, input.clinicId));
  if (!clinic) throw invalidChoice('clinicId', 'no such clinic');
  const [service] = await db
    .select({ code: medicalServices.code })
    .from(medicalServices)
    .where(eq(medicalServices.code, input.serviceCode));
  if (!service) throw invalidChoice('serviceCode', 'no such service');
  if (!clinic.services.includes(input.serviceCode))
    throw invalidChoice('serviceCode', 'this clinic does not perform the service');
  if (input.referralFileId) {
    const [own] = await db
      .select({ id: files.id })
      .from(files)
      .where(and(eq(files.id, input.referralFileId), eq(files.patientId, input.patientId)));
    if (!own)
      throw invalidChoice('referralFileId', "only this patient's own uploaded documents can be attached");
  }
  const [row] = await db
    .insert(guaranteeLetters)
    .values({
      patientId: input.patientId,
      submittedByAccountId: input.accountId,
      clinicId: input.clinicId,
      serviceCode: input.serviceCode,
      reason: input.reason,
      referralFileId: input.referralFileId ?? null,
    })
    .returning();
  return row!;
}

const notOpen = (letter: LetterRow) =>
  new ProblemError(409, `This guarantee letter is already ${letter.status}.`, {
    code: 'guarantee_letter.already_decided',
    params: { status: letter.status },
  });

/** Every change of status is a conditional update on a letter still submitted: of two racing, the first wins. */
const stillSubmitted = (letter: LetterRow) =>
  and(eq(guaranteeLetters.id, letter.id), eq(guaranteeLetters.status, 'submitted'));

/** The member withdraws a letter nobody has decided yet. */
export async function cancelLetter(db: Db, letter: LetterRow) {
  const [row] = await db
    .update(guaranteeLetters)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(stillSubmitted(letter))
    .returning();
  // Decided meanwhile: name the status it has now.
  if (!row) throw notOpen((await findLetter(db, letter.id)) ?? letter);
  return row;
}

/** Stamps the coordinator's decision on an open letter; one already decided or cancelled answers 409. */
async function recordDecision(
  tx: Tx,
  letter: LetterRow,
  coordinatorAccountId: string,
  decision: Partial<typeof guaranteeLetters.$inferInsert> & { status: 'approved' | 'declined' },
) {
  const now = new Date();
  const [row] = await tx
    .update(guaranteeLetters)
    .set({ ...decision, decidedByAccountId: coordinatorAccountId, decidedAt: now, updatedAt: now })
    .where(stillSubmitted(letter))
    .returning();
  if (!row) throw notOpen(letter);
  return row;
}

/** `GL-<year>-<8 hex>`: unique (the column is), short enough to read out on the phone to a clinic. */
const letterNumber = (letter: LetterRow, today: string) =>
  `GL-${today.slice(0, 4)}-${letter.id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;

/**
 * Approves an open letter: numbers it, fixes the policy and validity, and in one transaction records the
 * member's notification and the delivery job to the clinic.
 */
export async function approveLetter(
  db: Db,
  queues: { notifications: Queue; guaranteeLetters: Queue },
  letter: LetterRow,
  coordinatorAccountId: string,
) {
  const today = isoDate(new Date());
  const verdict = await judgeCoverage(db, letter, today);
  if (!verdict.policyId)
    throw new ProblemError(409, 'The member has no policy valid today; a letter cannot be issued.', {
      code: 'guarantee_letter.no_active_policy',
    });
  const [policy] = await db
    .select({ validTo: insurancePolicies.validTo })
    .from(insurancePolicies)
    .where(eq(insurancePolicies.id, verdict.policyId));
  const validity = letterValidity(today, policy!.validTo);
  return db.transaction(async (tx) => {
    const row = await recordDecision(tx, letter, coordinatorAccountId, {
      status: 'approved',
      number: letterNumber(letter, today),
      policyId: verdict.policyId,
      ...validity,
    });
    await enqueueDelivery(tx, queues.guaranteeLetters, row.id);
    await notifyDecision(tx, queues.notifications, row, 'approved');
    return row;
  });
}

export async function declineLetter(
  db: Db,
  queue: Queue,
  letter: LetterRow,
  coordinatorAccountId: string,
  reason: string,
) {
  return db.transaction(async (tx) => {
    const row = await recordDecision(tx, letter, coordinatorAccountId, {
      status: 'declined',
      declineReason: reason,
    });
    await notifyDecision(tx, queue, row, 'declined');
    return row;
  });
}
