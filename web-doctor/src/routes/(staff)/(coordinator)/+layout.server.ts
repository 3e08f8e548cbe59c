import { requireRole } from '$lib/server/roles';
import type { LayoutServerLoad } from './$types';

/** The insurer's medical coordinator: guarantee letters only (the api refuses every other role too). */
export const load: LayoutServerLoad = ({ locals }) => {
  requireRole(locals.user, ['coordinator']);
};
