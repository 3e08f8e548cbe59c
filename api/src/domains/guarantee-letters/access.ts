import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { findLetter, type LetterSide } from './queries.js';

/**
 * Loads a letter the caller may see, recording the access either way: the member (self, or guardian of a
 * child) and the insurer's coordinators. Another family gets the same 404 as for a letter that does not exist;
 * a role the route does not serve gets 403 before anything is read.
 */
export async function requireLetter(
  c: Context<AppEnv>,
  id: string,
  action: string,
  ...roles: Actor['role'][]
) {
  const actor = requireActor(c, ...(roles.length ? roles : (['patient', 'coordinator'] as const)));
  const db = c.get('deps').database.db;
  const letter = await findLetter(db, id);
  let side: LetterSide | null = null;
  if (letter && actor.role === 'coordinator') side = 'coordinator';
  if (letter && actor.role === 'patient') {
    const relation = await relationToPatient(db, actor, letter.patientId);
    if (relation === 'self' || relation === 'guardian') side = 'patient';
  }
  await writeAudit(db, actor, c.get('requestId'), {
    action,
    resourceType: 'GuaranteeLetter',
    resourceId: id,
    patientId: side ? letter!.patientId : null,
    outcome: side ? 'allowed' : 'denied',
  });
  if (!letter || !side) throw notFound();
  return { actor, letter, side };
}
