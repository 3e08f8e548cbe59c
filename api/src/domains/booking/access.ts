import type { Context } from 'hono';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';

/** Booking (and joining the urgent queue) is the patient's own act, for themself or a child they guard. */
export async function requireBookingPatient(c: Context<AppEnv>, patientId: string, action: string) {
  requireActor(c, 'patient');
  await requirePatientAccess(c, patientId, {
    action,
    resourceType: 'Appointment',
    allow: ['self', 'guardian'],
  });
}
