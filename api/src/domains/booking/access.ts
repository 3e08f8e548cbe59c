import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';

/**
 * Booking (and joining the urgent queue) is the patient's own act, for themself or a child they guard. Staff
 * are refused with 403 as a role, and the attempt is recorded like any other refusal to touch a patient.
 */
export async function requireBookingPatient(c: Context<AppEnv>, patientId: string, action: string) {
  const actor = requireActor(c);
  const rule = { action, resourceType: 'Appointment' } as const;
  if (actor.role !== 'patient') {
    await writeAudit(c.var.deps.database.db, actor, c.var.requestId, {
      ...rule,
      resourceId: patientId,
      outcome: 'denied',
    });
    requireActor(c, 'patient'); // throws: the role's 403
  }
  await requirePatientAccess(c, patientId, { ...rule, allow: ['self', 'guardian'] });
}
