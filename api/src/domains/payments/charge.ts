import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { consultationPrices, inPersonPrices } from '../../db/schema/index.js';
import { isoDate } from '../../lib/dates.js';
import { coverageFor, type CoveredService } from '../booking/coverage.js';
import { findActivePolicy } from '../patients/queries.js';

type Policy = NonNullable<Awaited<ReturnType<typeof findActivePolicy>>>;

/**
 * The temporary franchise at the start of a contract, if the service falls under it on `day` (YYYY-MM-DD):
 * for `days` days counted from the policy's first day (day 1 = `validFrom`), a service in the franchise costs
 * the member `percent` of its price, even where the usual share is lower or nil. A service the programme keeps
 * outside the franchise (`inFranchise` false, e.g. telemedicine) is not touched.
 */
export function temporaryFranchiseOn(policy: Policy | null, service: CoveredService, day: string) {
  if (!policy) return null;
  const { days, percent } = policy.programme.temporaryFranchise;
  const item = policy.programme.coverage.find((c) => c.service === service);
  if (days <= 0 || percent <= 0 || !item?.covered || !item.inFranchise) return null;
  const until = isoDate(new Date(Date.parse(`${policy.validFrom}T00:00:00Z`) + days * 86_400_000));
  // `until` is the first day the usual share applies again: day `days` is the last one at `percent`.
  if (day < policy.validFrom || day >= until) return null;
  return { days, percent, from: policy.validFrom, until };
}

/**
 * What a covered service costs the member: all of it when the programme does not cover it (or there is no
 * policy), the franchise share under a franchise (the temporary one at the start of the contract where it is
 * higher), nothing when covered. A null price stays null: not sold to the uninsured.
 */
export async function serviceCharge(
  db: Db,
  patientId: string,
  service: CoveredService,
  amountRub: number | null,
  day: string = isoDate(new Date()),
) {
  const [coverage, policy] = await Promise.all([
    coverageFor(db, patientId, service),
    findActivePolicy(db, patientId),
  ]);
  const temporary = coverage.status === 'not_covered' ? null : temporaryFranchiseOn(policy, service, day);
  const usual =
    coverage.status === 'not_covered' ? 100 : coverage.status === 'franchise' ? coverage.franchisePercent : 0;
  const sharePercent = temporary ? Math.max(usual, temporary.percent) : usual;
  return {
    coverage: temporary
      ? {
          ...coverage,
          status: 'franchise' as const,
          franchisePercent: sharePercent,
          explanation: {
            ru: `Первые ${temporary.days} дней договора (до ${temporary.until}) действует временная франшиза: вы оплачиваете ${sharePercent}% стоимости.`,
            en: `In the first ${temporary.days} days of your contract (until ${temporary.until}) a temporary franchise applies: you pay ${sharePercent}% of the price.`,
          },
        }
      : coverage,
    temporaryFranchise: temporary,
    sharePercent,
    amountRub,
    patientPaysRub: amountRub === null ? null : Math.round((amountRub * sharePercent) / 100),
  };
}

/**
 * What an online consultation with a doctor of this specialty costs and what the patient pays of it. Null
 * price: the specialty has no price, so it is offered only to patients whose programme covers it.
 */
export async function consultationCharge(db: Db, patientId: string, specialtyCode: string) {
  const [price] = await db
    .select()
    .from(consultationPrices)
    .where(eq(consultationPrices.specialtyCode, specialtyCode));
  return serviceCharge(db, patientId, 'telemedicine', price?.amountRub ?? null);
}

/** The member's share of an in-person visit to a doctor of this specialty on `day` (the visit's date). */
export async function inPersonCharge(db: Db, patientId: string, specialtyCode: string, day?: string) {
  const [price] = await db
    .select()
    .from(inPersonPrices)
    .where(eq(inPersonPrices.specialtyCode, specialtyCode));
  return serviceCharge(db, patientId, 'in_person', price?.amountRub ?? null, day);
}
