import { requireRole } from '$lib/server/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
  requireRole(locals.user, ['assistant']);
};
