import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  // The user's own account data; the CSRF token stays on the server.
  user: locals.user,
});
