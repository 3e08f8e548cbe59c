import { integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './common.js';
import { specialties } from './practitioners.js';
import { appointments } from './scheduling.js';

/** What an online consultation with a doctor of a specialty costs when the programme does not pay for it. */
export const consultationPrices = pgTable('consultation_prices', {
  specialtyCode: text('specialty_code')
    .primaryKey()
    .references(() => specialties.code),
  amountRub: integer('amount_rub').notNull(),
});

export const paymentMethodEnum = pgEnum('payment_method', ['pay_at_clinic', 'invoice']);
export const paymentStatusEnum = pgEnum('payment_status', ['pending', 'paid', 'cancelled']);

/** The patient's share of a booked consultation and how they chose to pay it. */
export const appointmentPayments = pgTable('appointment_payments', {
  appointmentId: uuid('appointment_id')
    .primaryKey()
    .references(() => appointments.id, { onDelete: 'cascade' }),
  method: paymentMethodEnum('method').notNull(),
  status: paymentStatusEnum('status').notNull().default('pending'),
  amountRub: integer('amount_rub').notNull(),
  /** Only for bank transfer: the number the payer quotes. */
  invoiceNumber: text('invoice_number').unique(),
  createdAt: createdAt(),
});
