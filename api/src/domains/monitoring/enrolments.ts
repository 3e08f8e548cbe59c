import { and, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { monitoringEnrolments, patients, practitioners, titrationProposals } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';

type Enrolment = typeof monitoringEnrolments.$inferSelect;

export interface TargetInput {
  targetSystolic: number;
  targetDiastolic: number;
  note?: string | undefined;
}

/** Proposed or active: the one live record a patient may have (a partial unique index). */
const LIVE = ['proposed', 'active'] as const;

const alreadyLive = () =>
  new ProblemError(
    409,
    'This patient is already in blood-pressure monitoring or has a proposal waiting for a decision.',
    { code: 'monitoring.already_enrolled' },
  );

async function insertLive(db: Db, values: typeof monitoringEnrolments.$inferInsert) {
  try {
    const [row] = await db.insert(monitoringEnrolments).values(values).returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyLive();
    throw error;
  }
}

async function requireAssistant(db: Db, assistantId: string) {
  const [assistant] = await db
    .select({ kind: practitioners.kind })
    .from(practitioners)
    .where(eq(practitioners.id, assistantId));
  if (assistant?.kind !== 'assistant') {
    throw new ProblemError(400, 'assistantId must name a medical assistant.', {
      code: 'monitoring.not_assistant',
      errors: [{ path: 'assistantId', message: 'not a medical assistant' }],
    });
  }
}

/** A treating doctor's decision: the patient is monitored by this assistant from now on. */
export async function enrol(
  db: Db,
  doctor: Actor,
  input: TargetInput & { patientId: string; assistantId: string },
) {
  await requireAssistant(db, input.assistantId);
  const now = new Date();
  return insertLive(db, {
    patientId: input.patientId,
    assistantId: input.assistantId,
    status: 'active',
    enrolledByAccountId: doctor.accountId,
    decidedByAccountId: doctor.accountId,
    decidedAt: now,
    targetSystolic: input.targetSystolic,
    targetDiastolic: input.targetDiastolic,
    note: input.note ?? null,
  });
}

/** An assistant's proposal to monitor a patient herself; it grants nothing until somebody decides. */
export async function propose(
  db: Db,
  assistant: Actor,
  input: TargetInput & { patientId: string; reason: string },
) {
  return insertLive(db, {
    patientId: input.patientId,
    assistantId: assistant.practitionerId!,
    status: 'proposed',
    enrolledByAccountId: assistant.accountId,
    proposalReason: input.reason,
    targetSystolic: input.targetSystolic,
    targetDiastolic: input.targetDiastolic,
    note: input.note ?? null,
  });
}

export async function findEnrolmentById(db: Db, id: string) {
  const [row] = await db.select().from(monitoringEnrolments).where(eq(monitoringEnrolments.id, id));
  return row ?? null;
}

/** The patient's proposal or monitoring, whichever is live; null when there is neither. */
export async function findLiveEnrolment(db: Db, patientId: string) {
  const [row] = await db
    .select()
    .from(monitoringEnrolments)
    .where(
      and(eq(monitoringEnrolments.patientId, patientId), inArray(monitoringEnrolments.status, [...LIVE])),
    );
  return row ?? null;
}

/** Accepts or declines a waiting proposal; a proposal someone already decided is a 409. */
export async function decide(db: Db, actor: Actor, enrolment: Enrolment, decision: 'accept' | 'decline') {
  const [row] = await db
    .update(monitoringEnrolments)
    .set({
      status: decision === 'accept' ? 'active' : 'declined',
      decidedByAccountId: actor.accountId,
      decidedAt: new Date(),
    })
    .where(and(eq(monitoringEnrolments.id, enrolment.id), eq(monitoringEnrolments.status, 'proposed')))
    .returning();
  if (!row)
    throw new ProblemError(409, 'This proposal has already been decided.', {
      code: 'monitoring.proposal_decided',
    });
  return row;
}

/**
 * Ends monitoring: the assistant's access ends with it (the policy counts active enrolments only), while the
 * readings, alerts and notes stay in the record.
 */
export async function endEnrolment(db: Db, actor: Actor, patientId: string) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(monitoringEnrolments)
      .set({ status: 'ended', endedByAccountId: actor.accountId, endedAt: now })
      .where(and(eq(monitoringEnrolments.patientId, patientId), eq(monitoringEnrolments.status, 'active')))
      .returning();
    if (!row)
      throw new ProblemError(409, 'This patient is not in blood-pressure monitoring.', {
        code: 'monitoring.not_enrolled',
      });
    // A titration step proposed in this monitoring cannot be decided after it; closing it also frees the
    // one-open-proposal slot for a later enrolment.
    await tx
      .update(titrationProposals)
      .set({
        status: 'declined',
        decidedByAccountId: actor.accountId,
        decidedAt: now,
        declineReason: 'Monitoring ended',
      })
      .where(and(eq(titrationProposals.patientId, patientId), eq(titrationProposals.status, 'open')));
    return row;
  });
}

export async function updateTarget(db: Db, patientId: string, input: TargetInput) {
  const [row] = await db
    .update(monitoringEnrolments)
    .set({
      targetSystolic: input.targetSystolic,
      targetDiastolic: input.targetDiastolic,
      ...(input.note !== undefined ? { note: input.note } : {}),
    })
    .where(and(eq(monitoringEnrolments.patientId, patientId), eq(monitoringEnrolments.status, 'active')))
    .returning();
  return row ?? null;
}

/** Proposals with the names the lists show; `where` picks which. */
const proposals = (db: Db, where: SQL | undefined) =>
  db
    .select({ e: monitoringEnrolments, assistant: practitioners.fullName, patient: patients.fullName })
    .from(monitoringEnrolments)
    .innerJoin(practitioners, eq(practitioners.id, monitoringEnrolments.assistantId))
    .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
    .where(where)
    .orderBy(desc(monitoringEnrolments.createdAt))
    .limit(100);

/** Proposals waiting for a decision, about these patients or (without a list) anyone. */
export const pendingProposals = (db: Db, patientIds?: string[]) =>
  proposals(
    db,
    and(
      eq(monitoringEnrolments.status, 'proposed'),
      patientIds ? inArray(monitoringEnrolments.patientId, patientIds) : undefined,
    ),
  );

/** What this assistant proposed, decided or not, newest first. */
export const proposalsBy = (db: Db, assistant: Actor) =>
  proposals(
    db,
    and(
      eq(monitoringEnrolments.enrolledByAccountId, assistant.accountId),
      isNotNull(monitoringEnrolments.proposalReason),
    ),
  );

type ProposalRow = Awaited<ReturnType<typeof proposals>>[number];

/**
 * A proposal as the lists show it. The patient's name is left out for an assistant who does not (yet)
 * monitor the patient: proposing must not turn a patient id into a name.
 */
export const proposalView = ({ e, assistant, patient }: ProposalRow, showPatient: boolean) => ({
  id: e.id,
  patientId: e.patientId,
  patientName: showPatient ? patient : null,
  assistant,
  status: e.status,
  reason: e.proposalReason ?? '',
  target: { systolic: e.targetSystolic, diastolic: e.targetDiastolic },
  proposedAt: e.createdAt.toISOString(),
  decidedAt: e.decidedAt?.toISOString() ?? null,
});

export const enrolmentView = (e: Enrolment) => ({
  id: e.id,
  patientId: e.patientId,
  assistantId: e.assistantId,
  status: e.status,
  targetSystolic: e.targetSystolic,
  targetDiastolic: e.targetDiastolic,
  note: e.note,
  reason: e.proposalReason,
  createdAt: e.createdAt.toISOString(),
  decidedAt: e.decidedAt?.toISOString() ?? null,
  endedAt: e.endedAt?.toISOString() ?? null,
});
