import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { clinics } from './clinics.js';
import { createdAt, id } from './common.js';
import { patientIdColumn } from './patients.js';
import { practitioners } from './practitioners.js';
import { appointments } from './scheduling.js';

/**
 * A member's rating of one completed appointment: the doctor's stars and, when the visit belongs to a clinic,
 * the clinic's, with an optional plain-text comment. One per appointment, never edited (domains/ratings).
 * Staff may hide an abusive comment: its text is then never shown to patients, its stars still count.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: id(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    patientId: patientIdColumn(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id),
    clinicId: uuid('clinic_id').references(() => clinics.id),
    doctorStars: integer('doctor_stars').notNull(),
    clinicStars: integer('clinic_stars'),
    comment: text('comment'),
    ratedByAccountId: uuid('rated_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    hiddenByAccountId: uuid('hidden_by_account_id').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('ratings_appointment_uq').on(t.appointmentId),
    index('ratings_practitioner_idx').on(t.practitionerId, t.createdAt),
    index('ratings_clinic_idx').on(t.clinicId, t.createdAt),
    check('ratings_doctor_stars_range', sql`${t.doctorStars} between 1 and 5`),
    check('ratings_clinic_stars_range', sql`${t.clinicStars} is null or ${t.clinicStars} between 1 and 5`),
    check('ratings_clinic_stars_need_clinic', sql`${t.clinicStars} is null or ${t.clinicId} is not null`),
  ],
);
