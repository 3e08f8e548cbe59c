import { requireRole } from '$lib/server/roles';
import type { LayoutServerLoad } from './$types';

/** The admin console: administrators only (the api refuses every other role on each call too). */
export const load: LayoutServerLoad = ({ locals }) => {
  requireRole(locals.user, ['admin']);
};
