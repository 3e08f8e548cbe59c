import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { consultationPrices } from '../../db/schema/index.js';
import { coverageFor } from '../booking/coverage.js';

/**
 * What an online consultation with a doctor of this specialty costs and what the patient pays of it: all
 * of it when the programme does not cover telemedicine (or there is no policy), the franchise share under
 * a franchise, nothing when covered. Null price: the specialty has no price, so it is offered only to
 * patients whose programme covers it.
 */
export async function consultationCharge(db: Db, patientId: string, specialtyCode: string) {
  const [coverage, [price]] = await Promise.all([
    coverageFor(db, patientId, 'telemedicine'),
    db.select().from(consultationPrices).where(eq(consultationPrices.specialtyCode, specialtyCode)),
  ]);
  const amountRub = price?.amountRub ?? null;
  const share =
    coverage.status === 'not_covered' ? 100 : coverage.status === 'franchise' ? coverage.franchisePercent : 0;
  return {
    coverage,
    amountRub,
    patientPaysRub: amountRub === null ? null : Math.round((amountRub * share) / 100),
  };
}
