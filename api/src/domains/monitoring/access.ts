import type { Context } from 'hono';
import { requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';
import { requireEnrolment } from './readings.js';

/** The patient or guardian entering their own readings, or the assistant for an enrolled patient. */
export async function requireReadingWriter(c: Context<AppEnv>, patientId: string, action: string) {
  await requirePatientAccess(c, patientId, {
    action,
    resourceType: 'BpReading',
    allow: ['self', 'guardian', 'monitoring_assistant'],
    forbidden: 'Only the patient, their guardian or their assistant can add readings.',
  });
  await requireEnrolment(c.get('deps').database.db, patientId);
}

/**
 * Alerts, notes and contact attempts belong to the responsible assistant. Anyone else who may see the patient
 * (the patient, the treating doctor) is refused with 403, everyone else is told the patient does not exist; both
 * refusals are audited, which a role check in front of the relation check would skip.
 */
export async function requireAssistantFor(
  c: Context<AppEnv>,
  patientId: string | null,
  rule: { action: string; resourceType: string; resourceId?: string },
) {
  return requirePatientAccess(c, patientId, {
    ...rule,
    allow: ['monitoring_assistant'],
    forbidden: "Only the patient's monitoring assistant can do this.",
  });
}
