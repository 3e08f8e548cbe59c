import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Db } from '../db/client.js';
import type { AppEnv } from '../http/context.js';
import { notFound, ProblemError } from '../http/problem.js';
import { auditBatch, writeAudit } from './audit.js';
import { relationToPatient, type PatientRelation } from './policy.js';
import { findActor, SESSION_COOKIE, type Actor, type Role } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** The session token in a Cookie header; tokens are base64url, so nothing needs decoding. */
function sessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === SESSION_COOKIE) return pair.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * Resolves the session cookie to an actor (anonymous requests carry `actor = null`), and holds
 * cookie-authenticated writes to the session's CSRF token, echoed in a header: a cross-site form cannot set
 * headers, and a cross-site script cannot read the token.
 * A session in the cache (every poll of a signed-in screen) is resolved without awaiting; like the other
 * pass-through middleware, this one returns `next()` rather than awaiting it, which saves a promise per request.
 */
export const authenticate: MiddlewareHandler<AppEnv> = (c, next) => {
  const token = sessionToken(c.req.header('cookie'));
  const { database, sessions } = c.get('deps');
  const found = token ? findActor(database.db, token, sessions) : null;
  if (!(found instanceof Promise)) return admit(c, found, next);
  return found.then((actor) => admit(c, actor, next));
};

function admit(c: Context<AppEnv>, actor: Actor | null, next: Next) {
  c.set('actor', actor); // the request's log lines carry its account from here on (app.ts)
  if (actor && !SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== actor.csrfToken) {
    throw new ProblemError(
      403,
      'Missing or invalid CSRF token: send the X-CSRF-Token header from your session.',
      { code: 'auth.csrf' },
    );
  }
  return next();
}

export function requireActor(c: Context<AppEnv>, ...roles: Role[]): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ProblemError(401, 'Sign in to continue.', { code: 'auth.required' });
  if (roles.length && !roles.includes(actor.role)) {
    throw new ProblemError(403, `This action is not available to the ${actor.role} role.`, {
      code: 'auth.role_forbidden',
      params: { role: actor.role },
    });
  }
  return actor;
}

/** What a route asks of the policy: the audited action and the relations it serves. */
export interface PatientAccessRule {
  action: string;
  resourceType?: string;
  /** The audited resource, when it is not the patient (a file, an order…); defaults to the patient. */
  resourceId?: string;
  /** The relations this route serves; any relation by default. */
  allow?: readonly PatientRelation[];
  /**
   * For a relation outside `allow`: answer 403 with this message (the caller knows the patient, say a treating
   * doctor at a patient-only write). Without it the answer is the 404 every outsider gets.
   */
  forbidden?: string;
}

/**
 * Checks the actor's relation to this patient against the relations the route serves, and records what
 * actually happened in one step: an access the route refuses is audited as denied, never as allowed.
 * `patientId` is null when the resource that names the patient does not exist. Refusals answer 404, so a
 * stranger cannot learn that anything exists.
 */
export async function requirePatientAccess<R extends PatientRelation = PatientRelation>(
  c: Context<AppEnv>,
  patientId: string | null,
  rule: PatientAccessRule & { allow?: readonly R[] },
): Promise<{ actor: Actor; relation: R; patientId: string }> {
  const actor = requireActor(c);
  const db = c.get('deps').database.db;
  const relation = patientId ? await relationToPatient(db, actor, patientId) : null;
  const allowed = relation !== null && (!rule.allow || rule.allow.includes(relation as R));
  await auditBatch(db).write(actor, c.get('requestId'), {
    action: rule.action,
    resourceType: rule.resourceType ?? 'Patient',
    resourceId: rule.resourceId ?? patientId,
    patientId: allowed ? patientId : null,
    outcome: allowed ? 'allowed' : 'denied',
  });
  if (!allowed)
    throw relation && rule.forbidden
      ? new ProblemError(403, rule.forbidden, { code: 'auth.action_forbidden' })
      : notFound();
  return { actor, relation: relation as R, patientId: patientId! };
}

/**
 * Loads a resource that belongs to a patient and checks the actor's relation to that patient, audited under the
 * resource's id. A resource that does not exist gets the same audited 404 as another patient's.
 */
export async function requirePatientResource<
  T extends { patientId: string },
  R extends PatientRelation = PatientRelation,
>(
  c: Context<AppEnv>,
  id: string,
  find: (db: Db, id: string) => Promise<T | null>,
  rule: Omit<PatientAccessRule, 'resourceId'> & { allow?: readonly R[] },
) {
  const resource = await find(c.get('deps').database.db, id);
  const access = await requirePatientAccess(c, resource?.patientId ?? null, { ...rule, resourceId: id });
  return { ...access, resource: resource! };
}

/**
 * A patient's own act, for themself or a child they guard (booking, consents, requests, letters). Staff get the
 * role's 403, recorded like any other refusal to touch a patient; other families get the audited 404.
 */
export async function requireSelfOrGuardian(
  c: Context<AppEnv>,
  patientId: string,
  rule: { action: string; resourceType: string },
) {
  const actor = requireActor(c);
  if (actor.role !== 'patient') {
    await writeAudit(c.get('deps').database.db, actor, c.get('requestId'), {
      ...rule,
      resourceId: patientId,
      outcome: 'denied',
    });
    requireActor(c, 'patient'); // throws: the role's 403
  }
  return requirePatientAccess(c, patientId, { ...rule, allow: ['self', 'guardian'] as const });
}
