import { error } from '@sveltejs/kit';
import type { Role, SessionUser } from '@telemed/web-shared/types';

/**
 * A page that belongs to some staff roles only. The api enforces the same rule on every call; this answers
 * early with a clear page instead of a half-empty one.
 */
export function requireRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
  if (!user || !roles.includes(user.account.role)) error(403);
  return user;
}
