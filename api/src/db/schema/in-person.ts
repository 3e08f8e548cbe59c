import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './common.js';
import { specialties } from './practitioners.js';
import { appointments } from './scheduling.js';

/** What an in-person visit to a doctor of a specialty costs at a network clinic: the base of the franchise share. */
export const inPersonPrices = pgTable('in_person_prices', {
  specialtyCode: text('specialty_code')
    .primaryKey()
    .references(() => specialties.code),
  amountRub: integer('amount_rub').notNull(),
});

/**
 * The member's share of a completed in-person visit, charged once through a payment adapter
 * (payments/visit-charge.ts): the primary key makes a repeated completion a no-op.
 */
export const visitCharges = pgTable('visit_charges', {
  appointmentId: uuid('appointment_id')
    .primaryKey()
    .references(() => appointments.id, { onDelete: 'cascade' }),
  priceRub: integer('price_rub').notNull(),
  sharePercent: integer('share_percent').notNull(),
  amountRub: integer('amount_rub').notNull(),
  /** Which adapter took the charge and its reference there. */
  adapter: text('adapter').notNull(),
  reference: text('reference').notNull(),
  chargedAt: timestamp('charged_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});
