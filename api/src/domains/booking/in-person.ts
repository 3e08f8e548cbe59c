import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { clinicProgrammes, clinics, slots } from '../../db/schema/index.js';
import { findActivePolicy } from '../patients/queries.js';
import { ProblemError } from '../../http/problem.js';
import { coverageFor } from './coverage.js';

/** What a patient needs to know of the clinic an in-person visit happens at. */
export const clinicSummaryColumns = {
  id: clinics.id,
  name: clinics.name,
  address: clinics.address,
  phone: clinics.phone,
  latitude: clinics.latitude,
  longitude: clinics.longitude,
  metro: clinics.metro,
  onlineBooking: clinics.onlineBooking,
};

/**
 * An in-person slot is booked online only at a clinic that takes online bookings (the others show their phone
 * instead) and only when the patient's programme covers in-person visits.
 */
export async function assertInPersonBookable(db: Db, patientId: string, slot: typeof slots.$inferSelect) {
  const [clinic] = slot.clinicId
    ? await db.select(clinicSummaryColumns).from(clinics).where(eq(clinics.id, slot.clinicId))
    : [];
  if (!clinic) {
    throw new ProblemError(400, 'This time is not an in-person visit at a clinic.', {
      code: 'booking.format_unavailable',
    });
  }
  if (!clinic.onlineBooking) {
    throw new ProblemError(409, `This clinic books visits by phone only: call ${clinic.phone}.`, {
      code: 'booking.clinic_books_by_phone',
      params: { phone: clinic.phone },
    });
  }
  const coverage = await coverageFor(db, patientId, 'in_person');
  if (coverage.status === 'not_covered') {
    throw new ProblemError(409, 'Your insurance programme does not cover in-person visits to clinics.', {
      code: 'booking.in_person_not_covered',
    });
  }
  // A clinic listed for some programmes sees only their members; one listed for none is open to all covered.
  const [policy, network] = await Promise.all([
    findActivePolicy(db, patientId),
    db.select().from(clinicProgrammes).where(eq(clinicProgrammes.clinicId, clinic.id)),
  ]);
  if (network.length > 0 && !network.some((row) => row.programmeId === policy?.programme.id)) {
    throw new ProblemError(409, "This clinic is not in your insurance programme's network.", {
      code: 'booking.clinic_not_in_network',
    });
  }
  return clinic;
}
