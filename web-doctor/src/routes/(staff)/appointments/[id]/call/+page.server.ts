import { error } from '@sveltejs/kit';
import { loadPreVisit } from '$lib/server/pre-visit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  if (!locals.user) error(404);
  return {
    // The pre-visit summary beside the video, read as on the pre-visit page.
    ...(await loadPreVisit(locals.api, params.id)),
    selfAccountId: locals.user.account.id,
    role: locals.user.account.role === 'doctor' ? ('doctor' as const) : ('guest' as const),
  };
};
