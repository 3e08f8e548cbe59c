import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { appointments, practitioners, ratings } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { invalidateReads } from '../../lib/read-cache.js';
import { DOCTORS_READS } from '../booking/queries.js';

export type RatedAppointment = Pick<
  typeof appointments.$inferSelect,
  'id' | 'patientId' | 'practitionerId' | 'clinicId' | 'status'
>;

/** The clinic a visit's rating goes to: the visit's own, else the doctor's (an online doctor of a clinic). */
export async function clinicToRate(db: Db, appointment: RatedAppointment): Promise<string | null> {
  if (appointment.clinicId) return appointment.clinicId;
  if (!appointment.practitionerId) return null;
  const [row] = await db
    .select({ clinicId: practitioners.clinicId })
    .from(practitioners)
    .where(eq(practitioners.id, appointment.practitionerId));
  return row?.clinicId ?? null;
}

/**
 * Stores the member's one rating of a completed appointment. Only a completed visit is rated (booked,
 * cancelled or missed ones answer 409 `rating.not_completed`), and only once: a second attempt is 409
 * `rating.already_given` rather than an edit, so a rating stays what the member said right after the visit and
 * a comment staff hid cannot come back by being edited. The unique index decides between concurrent attempts.
 */
export async function rateAppointment(
  db: Db,
  appointment: RatedAppointment,
  accountId: string,
  input: { doctorStars: number; clinicStars?: number | undefined; comment?: string | undefined },
) {
  if (appointment.status !== 'completed' || !appointment.practitionerId) {
    throw new ProblemError(409, `Only a completed visit can be rated; this one is ${appointment.status}.`, {
      code: 'rating.not_completed',
      params: { status: appointment.status },
    });
  }
  const clinicId = await clinicToRate(db, appointment);
  if (input.clinicStars !== undefined && !clinicId) {
    throw new ProblemError(400, 'This visit belongs to no clinic, so there is no clinic to rate.', {
      code: 'rating.no_clinic',
    });
  }
  try {
    const [row] = await db
      .insert(ratings)
      .values({
        appointmentId: appointment.id,
        patientId: appointment.patientId,
        practitionerId: appointment.practitionerId,
        clinicId,
        doctorStars: input.doctorStars,
        clinicStars: input.clinicStars ?? null,
        comment: input.comment ?? null,
        ratedByAccountId: accountId,
      })
      .returning();
    // Doctor search shows the rating: drop the cached searches so the new count shows at once.
    await invalidateReads(DOCTORS_READS);
    return row!;
  } catch (error) {
    if (isUniqueViolation(error, 'ratings_appointment_uq')) {
      throw new ProblemError(409, 'This visit has already been rated; a rating cannot be changed.', {
        code: 'rating.already_given',
      });
    }
    throw error;
  }
}

/** Hides a comment from patients for good (its stars still count); null when there is no such rating. */
export async function hideComment(db: Db, ratingId: string, accountId: string, reason: string) {
  const [row] = await db
    .update(ratings)
    .set({ hiddenAt: new Date(), hiddenReason: reason, hiddenByAccountId: accountId })
    .where(eq(ratings.id, ratingId))
    .returning();
  return row ?? null;
}
