import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.js';
import { notFound, ProblemError } from '../http/problem.js';
import { writeAudit } from './audit.js';
import { relationToPatient, type PatientRelation } from './policy.js';
import { findActor, SESSION_COOKIE, type Actor, type Role } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** Resolves the session cookie to an actor; anonymous requests carry `actor = null`. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const actor = token ? await findActor(c.var.deps.database.db, token) : null;
  c.set('actor', actor);
  if (actor) c.set('log', c.var.log.child({ accountId: actor.accountId }));
  await next();
};

/**
 * Cookie-authenticated writes must echo the session's CSRF token in a header: a cross-site form
 * cannot set headers, and a cross-site script cannot read the token.
 */
export const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.var.actor;
  if (actor && !SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== actor.csrfToken) {
    throw new ProblemError(
      403,
      'Missing or invalid CSRF token: send the X-CSRF-Token header from your session.',
    );
  }
  await next();
};

export function requireActor(c: Context<AppEnv>, ...roles: Role[]): Actor {
  const actor = c.var.actor;
  if (!actor) throw new ProblemError(401, 'Sign in to continue.');
  if (roles.length && !roles.includes(actor.role)) {
    throw new ProblemError(403, `This action is not available to the ${actor.role} role.`);
  }
  return actor;
}

/**
 * Checks the actor may see this patient and records the access either way. Refusals answer 404,
 * so a stranger cannot learn that the patient exists.
 */
export async function requirePatientAccess(
  c: Context<AppEnv>,
  patientId: string,
  action: string,
  resourceType = 'Patient',
): Promise<{ actor: Actor; relation: PatientRelation }> {
  const actor = requireActor(c);
  const db = c.var.deps.database.db;
  const relation = await relationToPatient(db, actor, patientId);
  await writeAudit(db, actor, c.var.requestId, {
    action,
    resourceType,
    resourceId: patientId,
    patientId: relation ? patientId : null,
    outcome: relation ? 'allowed' : 'denied',
  });
  if (!relation) throw notFound('The patient');
  return { actor, relation };
}
