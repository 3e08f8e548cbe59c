import { date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { clinics, medicalServices } from './clinics.js';
import { createdAt, id, updatedAt } from './common.js';
import { insurancePolicies } from './insurance.js';
import { patientIdColumn } from './patients.js';
import { files } from './records.js';

export const guaranteeLetterStatusEnum = pgEnum('guarantee_letter_status', [
  'submitted',
  'approved',
  'declined',
  'cancelled',
]);

/**
 * A member's request for a guarantee letter: the insurer's promise to a clinic to pay for one service. The
 * insurer's medical coordinator approves (the letter gets a number and a PDF sent to the clinic) or declines
 * with a reason.
 */
export const guaranteeLetters = pgTable(
  'guarantee_letters',
  {
    id: id(),
    patientId: patientIdColumn(),
    submittedByAccountId: uuid('submitted_by_account_id')
      .notNull()
      .references(() => accounts.id),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    serviceCode: text('service_code')
      .notNull()
      .references(() => medicalServices.code),
    reason: text('reason').notNull(),
    /** The referral the member attached (their own uploaded document). */
    referralFileId: uuid('referral_file_id').references(() => files.id),
    status: guaranteeLetterStatusEnum('status').notNull().default('submitted'),
    /** Set on approval, e.g. `GL-2026-3F9A0C12`. */
    number: text('number').unique(),
    /** The policy the letter was issued under (approval). */
    policyId: uuid('policy_id').references(() => insurancePolicies.id),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id),
    /** Required when declined. */
    declineReason: text('decline_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('guarantee_letters_patient_idx').on(t.patientId, t.createdAt),
    index('guarantee_letters_inbox_idx').on(t.status, t.createdAt),
  ],
);

/** A letter handed to its clinic by a delivery adapter; one row per letter, so a retried job sends it once. */
export const guaranteeLetterDeliveries = pgTable('guarantee_letter_deliveries', {
  letterId: uuid('letter_id')
    .primaryKey()
    .references(() => guaranteeLetters.id, { onDelete: 'cascade' }),
  clinicId: uuid('clinic_id')
    .notNull()
    .references(() => clinics.id),
  adapter: text('adapter').notNull(),
  externalId: text('external_id').notNull(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
});
