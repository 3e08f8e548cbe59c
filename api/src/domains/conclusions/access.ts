import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { cancelledWithoutLink, findAppointment } from '../consultations/access.js';
import { findConclusion } from './queries.js';

/** FHIR's name for a clinical document, used as the audit resource type of a conclusion. */
export const AUDIT_RESOURCE = 'Composition';

/**
 * Only the doctor who holds the consultation writes its conclusion. Everybody else, including other
 * doctors of the same patient, gets the 404 of a consultation that does not exist; the attempt is audited.
 * `readsRecord`: the route reads the patient's card, which a cancelled consultation alone no longer opens to its
 * doctor (auth/policy.ts): they get the same 404 unless they still treat or were asked about the patient.
 */
export async function requireConsultingDoctor(
  c: Context<AppEnv>,
  appointmentId: string,
  action: string,
  opts: { readsRecord?: boolean } = {},
) {
  const actor = requireActor(c, 'doctor');
  const db = c.get('deps').database.db;
  const appointment = await findAppointment(db, appointmentId);
  const allowed = Boolean(
    appointment &&
    actor.practitionerId &&
    appointment.practitionerId === actor.practitionerId &&
    !(opts.readsRecord && (await cancelledWithoutLink(db, actor, appointment))),
  );
  await writeAudit(db, actor, c.get('requestId'), {
    action,
    resourceType: AUDIT_RESOURCE,
    resourceId: appointmentId,
    patientId: allowed ? appointment!.patientId : null,
    outcome: allowed ? 'allowed' : 'denied',
  });
  if (!appointment || !allowed) throw notFound();
  return { actor, appointment, practitionerId: actor.practitionerId! };
}

/**
 * A conclusion version for anyone who may see its patient (the patient, a guardian, doctors allowed by the
 * policy). Drafts are the author's working copy: only the consultation's doctor sees them.
 */
export async function requireConclusionReader(c: Context<AppEnv>, conclusionId: string, action: string) {
  const actor = requireActor(c);
  const db = c.get('deps').database.db;
  const row = await findConclusion(db, conclusionId);
  const relation = row ? await relationToPatient(db, actor, row.patientId) : null;
  const visible =
    row !== null &&
    relation !== null &&
    (row.status === 'final' || (actor.role === 'doctor' && actor.practitionerId === row.practitionerId));
  await writeAudit(db, actor, c.get('requestId'), {
    action,
    resourceType: AUDIT_RESOURCE,
    resourceId: conclusionId,
    patientId: visible ? row.patientId : null,
    outcome: visible ? 'allowed' : 'denied',
  });
  if (!visible) throw notFound();
  return { actor, row, relation };
}
