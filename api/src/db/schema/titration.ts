import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id } from './common.js';
import { labOrders } from './labs.js';
import { monitoringEnrolments } from './monitoring.js';
import { patientIdColumn } from './patients.js';

/**
 * A step-up titration protocol (domains/monitoring/titration/protocols.ts) a treating doctor attached to an
 * active monitoring enrolment, and the step the patient is on now. One plan per enrolment; the step changes
 * only by a doctor's decision.
 */
export const titrationPlans = pgTable(
  'titration_plans',
  {
    id: id(),
    patientId: patientIdColumn(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => monitoringEnrolments.id),
    protocolCode: text('protocol_code').notNull(),
    step: integer('step').notNull(),
    /** When the patient started the current step: the review interval counts from here. */
    stepSince: timestamp('step_since', { withTimezone: true }).notNull(),
    attachedByAccountId: uuid('attached_by_account_id')
      .notNull()
      .references(() => accounts.id),
    updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('titration_plans_enrolment_uq').on(t.enrolmentId)],
);

export const titrationProposalStatusEnum = pgEnum('titration_proposal_status', [
  'open',
  'approved',
  'declined',
]);

/** The system's proposal of the next step, with its evidence, waiting for the doctor; at most one open per patient. */
export const titrationProposals = pgTable(
  'titration_proposals',
  {
    id: id(),
    patientId: patientIdColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => titrationPlans.id),
    fromStep: integer('from_step').notNull(),
    proposedStep: integer('proposed_step').notNull(),
    status: titrationProposalStatusEnum('status').notNull().default('open'),
    /** The 7-day average, the target, readings counted and expected over the interval. */
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The step the doctor chose (the proposed one, or another). */
    approvedStep: integer('approved_step'),
    declineReason: text('decline_reason'),
    labOrderId: uuid('lab_order_id').references(() => labOrders.id),
  },
  (t) => [
    uniqueIndex('titration_proposals_open_uq')
      .on(t.patientId)
      .where(sql`${t.status} = 'open'`),
    index('titration_proposals_plan_idx').on(t.planId, t.createdAt),
  ],
);
