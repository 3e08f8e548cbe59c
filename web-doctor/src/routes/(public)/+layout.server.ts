import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Signed-in users have nothing to do on the sign-in and registration pages. */
export const load: LayoutServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, '/');
};
