import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id } from './common.js';
import { patientIdColumn } from './patients.js';
import { checkupPackages, clinics } from './clinics.js';
import { practitioners, specialties } from './practitioners.js';

/** How the patient meets the doctor: online (audio, video, chat) or in person at a clinic. */
export const formatEnum = pgEnum('consult_format', ['audio', 'video', 'chat', 'in_person']);
export const urgencyEnum = pgEnum('consult_urgency', ['urgent', 'planned']);
export const appointmentStatusEnum = pgEnum('appointment_status', [
  'booked',
  'waiting',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
]);

/** A bookable piece of a doctor's working time, generated from their schedule. */
export const slots = pgTable(
  'slots',
  {
    id: id(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id').references(() => clinics.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    formats: formatEnum('formats').array().notNull(),
  },
  (t) => [
    uniqueIndex('slots_practitioner_start_uq').on(t.practitionerId, t.startsAt),
    index('slots_start_idx').on(t.startsAt),
    check('slots_positive_length', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    patientId: patientIdColumn(),
    /** Null while an urgent request waits in the queue for the first free doctor. */
    practitionerId: uuid('practitioner_id').references(() => practitioners.id),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    slotId: uuid('slot_id').references(() => slots.id),
    format: formatEnum('format').notNull(),
    urgency: urgencyEnum('urgency').notNull(),
    status: appointmentStatusEnum('status').notNull().default('booked'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    /** Where an in-person visit or check-up happens; null for online consultations. */
    clinicId: uuid('clinic_id').references(() => clinics.id),
    /** The check-up or screening package an in-person appointment is booked for. */
    checkupCode: text('checkup_code').references(() => checkupPackages.code),
    bookedByAccountId: uuid('booked_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    // One live booking per slot, enforced by the database so concurrent bookings cannot both win.
    uniqueIndex('appointments_live_slot_uq')
      .on(t.slotId)
      .where(sql`${t.status} <> 'cancelled'`),
    // A patient waits in the urgent queue once at a time.
    uniqueIndex('appointments_one_urgent_wait_uq')
      .on(t.patientId)
      .where(sql`${t.urgency} = 'urgent' and ${t.status} = 'waiting'`),
    index('appointments_patient_idx').on(t.patientId),
    index('appointments_practitioner_start_idx').on(t.practitionerId, t.startsAt),
  ],
);
