import type { Db } from '../../db/client.js';
import { ProblemError } from '../../http/problem.js';
import { findSlotForBooking } from '../booking/queries.js';
import { consultationCharge } from './charge.js';
import { paymentProviders, type PaymentMethod, type PaymentProvider } from './provider.js';

const notCovered = (detail: string) => new ProblemError(409, detail, { code: 'booking.not_covered' });

export type BookingPayment = { provider: PaymentProvider; amountRub: number };

/**
 * The payment a planned booking needs, if any: the patient's share of the consultation's price, by the
 * method they chose. Without a chosen method (or without a price to charge) a consultation the programme
 * does not cover is refused, as before payments existed, with the coverage explanation.
 */
export async function paymentForBooking(
  db: Db,
  input: { patientId: string; slotId: string; payment?: PaymentMethod | undefined },
): Promise<BookingPayment | undefined> {
  const found = await findSlotForBooking(db, input.slotId);
  // An unknown slot is bookSlot's 404 to give.
  if (!found?.specialtyCode) return undefined;
  const { coverage, patientPaysRub } = await consultationCharge(db, input.patientId, found.specialtyCode);
  if (coverage.status === 'included') return undefined;
  if (patientPaysRub === null) {
    if (coverage.status === 'not_covered') throw notCovered(coverage.explanation.en);
    return undefined;
  }
  if (patientPaysRub === 0) return undefined;
  if (!input.payment) throw notCovered(coverage.explanation.en);
  return { provider: paymentProviders[input.payment], amountRub: patientPaysRub };
}
