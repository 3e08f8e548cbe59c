import type { Context } from 'hono';
import { requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';

/**
 * The clinical summary and history are the treating doctor's reading: a doctor with a relation to the patient
 * (auth/policy.ts) gets it; everybody else, including the patient's family, gets the same 404 as for a
 * patient that does not exist. Audited either way.
 */
export const requireDoctorOfPatient = (c: Context<AppEnv>, patientId: string, action: string) =>
  requirePatientAccess(c, patientId, { action, allow: ['treating_doctor', 'consulted_doctor'] });
