import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import { careRequests } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { findRequest, visibleToDoctor, type CareRequestRow } from './queries.js';

export type RequestSide = 'patient' | 'doctor';

/** Whether this actor sees this request, and from which side; null for everyone else. */
async function sideOf(
  c: Context<AppEnv>,
  actor: Actor,
  request: CareRequestRow,
): Promise<RequestSide | null> {
  const db = c.get('deps').database.db;
  if (actor.role === 'patient') {
    const relation = await relationToPatient(db, actor, request.patientId);
    return relation === 'self' || relation === 'guardian' ? 'patient' : null;
  }
  if (actor.role === 'doctor' && actor.practitionerId) {
    const [visible] = await db
      .select({ id: careRequests.id })
      .from(careRequests)
      .where(and(eq(careRequests.id, request.id), visibleToDoctor(db, actor.practitionerId)));
    return visible ? 'doctor' : null;
  }
  return null;
}

/**
 * Loads a request the caller may see, recording the access either way. Anyone else (another family, a doctor
 * of another specialty before it is claimed, a doctor after a colleague claimed it) gets the same 404 as for
 * a request that does not exist.
 */
export async function requireRequest(
  c: Context<AppEnv>,
  id: string,
  action: string,
  ...roles: Actor['role'][]
) {
  const actor = requireActor(c, ...roles);
  const db = c.get('deps').database.db;
  const request = await findRequest(db, id);
  const side = request ? await sideOf(c, actor, request) : null;
  await writeAudit(db, actor, c.get('requestId'), {
    action,
    resourceType: 'CareRequest',
    resourceId: id,
    patientId: side ? request!.patientId : null,
    outcome: side ? 'allowed' : 'denied',
  });
  if (!request || !side) throw notFound();
  return { actor, request, side };
}
