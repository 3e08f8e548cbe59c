import type { Queue } from 'bull';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { treatingDoctorSql } from '../../../auth/policy.js';
import type { Actor } from '../../../auth/sessions.js';
import type { Db } from '../../../db/client.js';
import {
  monitoringEnrolments,
  patients,
  titrationPlans,
  titrationProposals,
} from '../../../db/schema/index.js';
import { ProblemError } from '../../../http/problem.js';
import { prescribeLabOrder } from '../../labs/prescribe.js';
import { recipientAccount } from '../../notifications/recipient.js';
import { notify } from '../../notifications/service.js';
import { findEnrolment, readingsSince, requireEnrolment } from '../readings.js';
import { sideEffectEvidence } from '../outreach/questionnaire.js';
import { moscowDate } from '../outreach/series.js';
import { MIN_READINGS, sevenDayAverage } from '../rules/high-average.js';
import { findProtocol, findStep } from './protocols.js';
import type { ProposalEvidence } from './schemas.js';

type Plan = typeof titrationPlans.$inferSelect;
type Enrolment = typeof monitoringEnrolments.$inferSelect;
type Proposal = typeof titrationProposals.$inferSelect;

const DAY = 86_400_000;
/** Home BP morning and evening (ESH 2023 §5.2: two readings each time, twice a day): two a day expected. */
const EXPECTED_PER_DAY = 2;

const invalidStep = () =>
  new ProblemError(400, 'This protocol has no such step.', {
    code: 'titration.invalid_step',
    errors: [{ path: 'step', message: 'not a step of the protocol' }],
  });

export async function findPlan(db: Db, patientId: string) {
  const enrolment = await findEnrolment(db, patientId);
  if (!enrolment) return null;
  const [plan] = await db.select().from(titrationPlans).where(eq(titrationPlans.enrolmentId, enrolment.id));
  return plan ?? null;
}

/** A treating doctor attaches a protocol at a step to the patient's active enrolment (or changes it). */
export async function attachPlan(
  db: Db,
  doctor: Actor,
  patientId: string,
  input: { protocolCode: string; step: number },
) {
  const enrolment = await requireEnrolment(db, patientId);
  if (!findProtocol(input.protocolCode))
    throw new ProblemError(400, 'There is no such titration protocol.', {
      code: 'titration.unknown_protocol',
      errors: [{ path: 'protocolCode', message: 'unknown protocol' }],
    });
  if (!findStep(input.protocolCode, input.step)) throw invalidStep();
  const now = new Date();
  const [plan] = await db
    .insert(titrationPlans)
    .values({
      patientId,
      enrolmentId: enrolment.id,
      protocolCode: input.protocolCode,
      step: input.step,
      stepSince: now,
      attachedByAccountId: doctor.accountId,
    })
    .onConflictDoUpdate({
      target: titrationPlans.enrolmentId,
      set: {
        protocolCode: input.protocolCode,
        step: input.step,
        stepSince: now,
        updatedByAccountId: doctor.accountId,
      },
      // Saving the same protocol and step again (a double submit) keeps the step's start: restarting it would
      // put off the next proposal by a whole interval.
      setWhere: sql`(${titrationPlans.protocolCode}, ${titrationPlans.step}) is distinct from (excluded.protocol_code, excluded.step)`,
    })
    .returning();
  if (plan) return plan;
  const [unchanged] = await db
    .select()
    .from(titrationPlans)
    .where(eq(titrationPlans.enrolmentId, enrolment.id));
  return unchanged!;
}

/**
 * Proposes the next step when the interval of the current step has passed and the 7-day home average at the
 * review date is still above the patient's own target (strictly: an average at the target is at target).
 * A decided proposal restarts the interval as a changed step does: after a decline the same step is not
 * proposed again until a further interval of readings has passed. At most one open proposal per patient, so
 * a repeated evaluation changes nothing. Reads the active enrolment and its plan; the monitoring evaluation
 * (evaluation.ts), which has them already, calls `proposeNextStep`.
 */
export async function evaluateTitration(db: Db, patientId: string, now = new Date()) {
  const enrolment = await findEnrolment(db, patientId);
  if (!enrolment) return null;
  const [plan] = await db.select().from(titrationPlans).where(eq(titrationPlans.enrolmentId, enrolment.id));
  return plan ? proposeNextStep(db, enrolment, plan, now) : null;
}

/** `evaluateTitration` for an active enrolment and its plan already read. */
export async function proposeNextStep(db: Db, enrolment: Enrolment, plan: Plan, now = new Date()) {
  const patientId = plan.patientId;
  const step = findStep(plan.protocolCode, plan.step);
  const next = findStep(plan.protocolCode, plan.step + 1);
  if (!step || !next) return null;
  const intervalStart = new Date(now.getTime() - step.intervalDays * DAY);
  if (plan.stepSince > intervalStart) return null;
  const [recentlyDecided] = await db
    .select({ id: titrationProposals.id })
    .from(titrationProposals)
    .where(and(eq(titrationProposals.planId, plan.id), gt(titrationProposals.decidedAt, intervalStart)))
    .limit(1);
  if (recentlyDecided) return null;
  const readings = (await readingsSince(db, patientId, intervalStart)).filter((r) => r.measuredAt <= now);
  const average = sevenDayAverage(readings, now);
  // ESC 2024: at least 6 home readings before the average is judged (rules/high-average.ts).
  if (!average || average.count < MIN_READINGS) return null;
  const above = average.systolic > enrolment.targetSystolic || average.diastolic > enrolment.targetDiastolic;
  if (!above) return null;
  const expected = step.intervalDays * EXPECTED_PER_DAY;
  const evidence: ProposalEvidence = {
    averageSystolic: average.systolic,
    averageDiastolic: average.diastolic,
    averageReadings: average.count,
    targetSystolic: enrolment.targetSystolic,
    targetDiastolic: enrolment.targetDiastolic,
    intervalDays: step.intervalDays,
    readings: readings.length,
    expectedReadings: expected,
    adherence: Math.min(1, Math.round((readings.length / expected) * 100) / 100),
    // The patient's latest questionnaire answers, side effects of the current drug class flagged (outreach).
    sideEffects: await sideEffectEvidence(db, patientId, step.drugClass.en),
  };
  const [created] = await db
    .insert(titrationProposals)
    .values({
      patientId,
      planId: plan.id,
      fromStep: plan.step,
      proposedStep: next.step,
      createdAt: now,
      evidence,
    })
    .onConflictDoNothing()
    .returning();
  return created ?? null;
}

export async function findProposal(db: Db, id: string) {
  const [row] = await db.select().from(titrationProposals).where(eq(titrationProposals.id, id));
  return row ?? null;
}

export async function openProposal(db: Db, patientId: string) {
  const [row] = await db
    .select()
    .from(titrationProposals)
    .where(and(eq(titrationProposals.patientId, patientId), eq(titrationProposals.status, 'open')));
  return row ?? null;
}

const decided = () =>
  new ProblemError(409, 'This proposal has already been decided.', { code: 'titration.proposal_decided' });

/**
 * The plan a proposal belongs to, while the monitoring it was made in is still going: a proposal left open
 * when the patient left monitoring (or was enrolled again, with a new plan) can no longer be decided.
 */
async function livePlanOf(db: Db, proposal: Proposal) {
  const [plan] = await db.select().from(titrationPlans).where(eq(titrationPlans.id, proposal.planId));
  const enrolment = await findEnrolment(db, proposal.patientId);
  if (!plan || enrolment?.id !== plan.enrolmentId)
    throw new ProblemError(409, 'The patient is no longer in the monitoring this proposal was made in.', {
      code: 'titration.plan_ended',
    });
  return plan;
}

/**
 * The doctor's one click: the plan moves to the chosen step (the proposed one unless the doctor picks
 * another), the step's lab checks become a lab order, and the patient is told.
 */
export async function approveProposal(
  db: Db,
  queue: Queue | null,
  doctor: Actor,
  proposal: Proposal,
  chosenStep?: number,
) {
  const plan = await livePlanOf(db, proposal);
  const stepNumber = chosenStep ?? proposal.proposedStep;
  const step = findStep(plan.protocolCode, stepNumber);
  if (!step) throw invalidStep();
  const result = await db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(titrationProposals)
      .set({
        status: 'approved',
        decidedByAccountId: doctor.accountId,
        decidedAt: now,
        approvedStep: step.step,
      })
      .where(and(eq(titrationProposals.id, proposal.id), eq(titrationProposals.status, 'open')))
      .returning();
    if (!row) throw decided();
    const [updated] = await tx
      .update(titrationPlans)
      .set({ step: step.step, stepSince: now, updatedByAccountId: doctor.accountId })
      .where(eq(titrationPlans.id, plan.id))
      .returning();
    const order = await prescribeLabOrder(tx, {
      patientId: proposal.patientId,
      practitionerId: doctor.practitionerId ?? null,
      testCodes: step.labTestCodes,
    });
    const [final] = order
      ? await tx
          .update(titrationProposals)
          .set({ labOrderId: order.id })
          .where(eq(titrationProposals.id, row.id))
          .returning()
      : [row];
    return { proposal: final!, plan: updated!, labOrder: order };
  });
  if (queue) await notifyPlan(db, queue, result.plan, result.proposal);
  return result;
}

export async function declineProposal(db: Db, doctor: Actor, proposal: Proposal, reason: string) {
  const plan = await livePlanOf(db, proposal);
  const [row] = await db
    .update(titrationProposals)
    .set({
      status: 'declined',
      decidedByAccountId: doctor.accountId,
      decidedAt: new Date(),
      declineReason: reason,
    })
    .where(and(eq(titrationProposals.id, proposal.id), eq(titrationProposals.status, 'open')))
    .returning();
  if (!row) throw decided();
  return { proposal: row, plan };
}

async function notifyPlan(db: Db, queue: Queue, plan: Plan, proposal: Proposal) {
  const recipient = await recipientAccount(db, plan.patientId);
  if (!recipient) return;
  const step = findStep(plan.protocolCode, plan.step)!;
  // The calendar day in Moscow, where the clinic and its patients are, not the UTC one.
  const nextCheck = moscowDate(new Date(planView(plan).nextCheckAt));
  await notify(db, queue, {
    accountId: recipient.accountId,
    kind: 'treatment_plan',
    title: { ru: 'Врач изменил лечение давления', en: 'Your doctor changed your blood-pressure treatment' },
    body: {
      ru: `${step.example.ru}. Следующая проверка: ${nextCheck}.${proposal.labOrderId ? ' Назначены анализы: калий и креатинин.' : ''}`,
      en: `${step.example.en}. Next check: ${nextCheck}.${proposal.labOrderId ? ' Tests prescribed: potassium and creatinine.' : ''}`,
    },
    data: { patientId: plan.patientId, proposalId: proposal.id, labOrderId: proposal.labOrderId },
    idempotencyKey: `titration-approved:${proposal.id}`,
  });
}

export function planView(plan: Plan) {
  const protocol = findProtocol(plan.protocolCode)!;
  const step = findStep(plan.protocolCode, plan.step)!;
  return {
    id: plan.id,
    protocolCode: plan.protocolCode,
    protocolName: protocol.name,
    step: plan.step,
    steps: protocol.steps.length,
    drugClass: step.drugClass,
    prescription: step.example,
    contraindications: step.contraindications,
    since: plan.stepSince.toISOString(),
    nextCheckAt: new Date(plan.stepSince.getTime() + step.intervalDays * DAY).toISOString(),
    labCheckAt:
      step.labCheckDays === null
        ? null
        : new Date(plan.stepSince.getTime() + step.labCheckDays * DAY).toISOString(),
  };
}

export function proposalView(p: Proposal, protocolCode: string) {
  const step = findStep(protocolCode, p.proposedStep);
  return {
    id: p.id,
    patientId: p.patientId,
    status: p.status,
    fromStep: p.fromStep,
    proposedStep: p.proposedStep,
    proposedDrugClass: step?.drugClass ?? { ru: '', en: '' },
    proposedPrescription: step?.example ?? { ru: '', en: '' },
    // Written only by `proposeNextStep`, in this shape.
    evidence: p.evidence as ProposalEvidence,
    createdAt: p.createdAt.toISOString(),
    decidedAt: p.decidedAt?.toISOString() ?? null,
    approvedStep: p.approvedStep,
    declineReason: p.declineReason,
    labOrderId: p.labOrderId,
  };
}

/** The open proposals of the doctor's patients (`treating_doctor`), with the plan and the patient's name. */
export function openProposals(db: Db, practitionerId: string) {
  return db
    .select({ proposal: titrationProposals, plan: titrationPlans, patient: patients.fullName })
    .from(titrationProposals)
    .innerJoin(titrationPlans, eq(titrationPlans.id, titrationProposals.planId))
    .innerJoin(patients, eq(patients.id, titrationProposals.patientId))
    .where(
      and(
        eq(titrationProposals.status, 'open'),
        treatingDoctorSql(practitionerId, titrationProposals.patientId),
      ),
    )
    .orderBy(desc(titrationProposals.createdAt))
    .limit(200);
}

/** The lab order of the plan's latest approved step, if it ordered one: the patient's next blood test. */
export async function latestLabOrderId(db: Db, planId: string) {
  const [row] = await db
    .select({ labOrderId: titrationProposals.labOrderId })
    .from(titrationProposals)
    .where(and(eq(titrationProposals.planId, planId), eq(titrationProposals.status, 'approved')))
    .orderBy(desc(titrationProposals.decidedAt))
    .limit(1);
  return row?.labOrderId ?? null;
}
