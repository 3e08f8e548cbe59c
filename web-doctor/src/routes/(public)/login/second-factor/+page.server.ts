import { fail, redirect } from '@sveltejs/kit';
import { heldChallenge, safeRedirectPath, verifySignIn } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

/** The second step of sign-in; without a live challenge (expired, or opened directly) it starts over. */
export const load: PageServerLoad = ({ cookies, url }) => {
  const held = heldChallenge(cookies, 'staff', 'verify');
  if (!held)
    redirect(303, `/login?next=${encodeURIComponent(safeRedirectPath(url.searchParams.get('next')))}`);
  return { demo: held.demo };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await verifySignIn({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
      app: 'staff',
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, safeRedirectPath(url.searchParams.get('next')));
  },
};
