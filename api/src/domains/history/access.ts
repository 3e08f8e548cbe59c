import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/problem.js';

/**
 * The clinical summary and history are the treating doctor's reading: a doctor with a relation to the patient
 * (auth/policy.ts) gets it; everybody else, including the patient's family, gets the same 404 as for a
 * patient that does not exist. Audited either way.
 */
export async function requireDoctorOfPatient(c: Context<AppEnv>, patientId: string, action: string) {
  const actor = requireActor(c);
  const db = c.var.deps.database.db;
  const relation = actor.role === 'doctor' ? await relationToPatient(db, actor, patientId) : null;
  await writeAudit(db, actor, c.var.requestId, {
    action,
    resourceType: 'Patient',
    resourceId: patientId,
    patientId: relation ? patientId : null,
    outcome: relation ? 'allowed' : 'denied',
  });
  if (!relation) throw notFound('The patient');
  return { actor, relation };
}
