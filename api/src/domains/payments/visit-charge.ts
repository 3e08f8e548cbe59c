import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appointments, clinics, visitCharges } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { inPersonCharge } from './charge.js';
import { demoVisitChargeAdapter, type VisitChargeAdapter } from './provider.js';

/** The calendar day of a visit where it happens: the temporary franchise counts days in the clinic's time. */
export const visitDay = (startsAt: Date, timeZone = 'Europe/Moscow') =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    startsAt,
  );

/**
 * Completes an in-person visit and charges the member's franchise share of it, once: the appointment row is
 * locked, an existing charge is returned as it is, and the adapter gets the visit's id as its idempotency key.
 */
export async function completeInPersonVisit(
  db: Db,
  appointment: typeof appointments.$inferSelect,
  adapter: VisitChargeAdapter = demoVisitChargeAdapter,
) {
  if (appointment.format !== 'in_person') {
    throw new ProblemError(409, 'This is an online consultation, not an in-person visit.', {
      code: 'booking.visit_not_in_person',
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ a: appointments, timezone: clinics.timezone })
      .from(appointments)
      .leftJoin(clinics, eq(clinics.id, appointments.clinicId))
      .where(eq(appointments.id, appointment.id))
      .for('update', { of: appointments });
    const visit = row!.a;
    const [existing] = await tx.select().from(visitCharges).where(eq(visitCharges.appointmentId, visit.id));
    if (existing) return existing;
    if (visit.status === 'cancelled' || visit.status === 'no_show') {
      throw new ProblemError(409, `A ${visit.status.replace('_', ' ')} consultation cannot be changed.`, {
        code: 'booking.not_changeable',
        params: { status: visit.status },
      });
    }
    const now = new Date();
    await tx
      .update(appointments)
      .set({ status: 'completed', endedAt: now })
      .where(
        and(
          eq(appointments.id, visit.id),
          inArray(appointments.status, ['booked', 'waiting', 'in_progress']),
        ),
      );
    const share = await inPersonCharge(
      db,
      visit.patientId,
      visit.specialtyCode,
      visitDay(visit.startsAt, row!.timezone ?? undefined),
    );
    const amountRub = share.patientPaysRub ?? 0;
    const { reference } =
      amountRub > 0
        ? await adapter.charge({ idempotencyKey: `visit:${visit.id}`, amountRub })
        : { reference: 'nothing-to-charge' };
    const [charge] = await tx
      .insert(visitCharges)
      .values({
        appointmentId: visit.id,
        priceRub: share.amountRub ?? 0,
        sharePercent: share.sharePercent,
        amountRub,
        adapter: adapter.name,
        reference,
        chargedAt: now,
      })
      .returning();
    return charge!;
  });
}
