import { isMonitored } from '$lib/server/monitoring';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
  locale: locals.locale,
  // The user's own account data; the CSRF token stays on the server.
  user: locals.user,
  // The blood-pressure section is shown only to families with someone enrolled in monitoring.
  monitoring: locals.user ? await isMonitored(locals.api) : false,
});
