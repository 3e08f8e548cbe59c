import { redirect } from '@sveltejs/kit';
import { homeByRole } from '$lib/nav';
import type { PageServerLoad } from './$types';

/** Doctors start at today's schedule, assistants at their worklist; administrators stay on this page. */
export const load: PageServerLoad = ({ locals }) => {
  const home = locals.user && homeByRole[locals.user.account.role];
  if (home) redirect(303, home);
};
