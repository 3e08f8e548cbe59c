import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import type { Actor } from '../../auth/sessions.js';
import type { AppEnv } from '../../http/context.js';

/** Every admin route answers other roles 403 (and anonymous callers 401) before it reads anything. */
export const requireAdmin = (c: Context<AppEnv>): Actor => requireActor(c, 'admin');

export const adminTags = ['Administration'];

/** The admin routes import their helpers from here; the 409 itself is the api's (http/schemas.ts). */
export { conflictProblem } from '../../http/schemas.js';

/**
 * Records an administrative write in the audit log (actor, what, which record and, for a policy, whose).
 * Awaited inside the request so no change is acknowledged without its record.
 */
export function auditAdminWrite(
  c: Context<AppEnv>,
  action: string,
  resource: { type: string; id: string; patientId?: string },
) {
  return writeAudit(c.get('deps').database.db, c.get('actor'), c.get('requestId'), {
    action,
    resourceType: resource.type,
    resourceId: resource.id,
    patientId: resource.patientId ?? null,
    outcome: 'allowed',
  });
}
