import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { appointmentPayments } from '../../db/schema/index.js';

export type PaymentMethod = (typeof appointmentPayments.$inferInsert)['method'];

/**
 * How a patient's share of a booking gets paid. Each method opens its payment in the booking's
 * transaction; a card acquirer would be one more implementation (and the one to mark payments paid from
 * its callback). None is connected yet: both methods settle outside the app.
 */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  open(tx: Tx, appointmentId: string, amountRub: number): Promise<typeof appointmentPayments.$inferSelect>;
}

/** Paid at the clinic's reception or to the operator before the consultation; nothing to issue now. */
const payAtClinic: PaymentProvider = {
  method: 'pay_at_clinic',
  async open(tx, appointmentId, amountRub) {
    const [row] = await tx
      .insert(appointmentPayments)
      .values({ appointmentId, method: 'pay_at_clinic', amountRub })
      .returning();
    return row!;
  },
};

/** A bank-transfer invoice with its own number, downloadable as a PDF (invoice-pdf.ts). */
const invoice: PaymentProvider = {
  method: 'invoice',
  async open(tx, appointmentId, amountRub) {
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const invoiceNumber = `INV-${today}-${randomBytes(4).toString('hex').toUpperCase()}`;
    const [row] = await tx
      .insert(appointmentPayments)
      .values({ appointmentId, method: 'invoice', amountRub, invoiceNumber })
      .returning();
    return row!;
  },
};

export const paymentProviders: Record<PaymentMethod, PaymentProvider> = {
  pay_at_clinic: payAtClinic,
  invoice,
};

/**
 * Takes the member's share of a completed in-person visit (the franchise) from whatever the insurer settles
 * with: a card on file, a payroll deduction, an invoice. The key is the adapter's idempotency key, so a retry
 * cannot charge twice there either. Only the demo adapter exists: no real provider is connected.
 */
export interface VisitChargeAdapter {
  readonly name: string;
  charge(input: { idempotencyKey: string; amountRub: number }): Promise<{ reference: string }>;
}

/** Accepts every charge and answers with a reference derived from the key, as a provider would echo it. */
export const demoVisitChargeAdapter: VisitChargeAdapter = {
  name: 'demo',
  async charge({ idempotencyKey }) {
    return {
      reference: `DEMO-${idempotencyKey
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(-12)
        .toUpperCase()}`,
    };
  },
};
