import { fail, redirect } from '@sveltejs/kit';
import { logIn, safeRedirectPath } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await logIn({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
      app: 'patient',
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, safeRedirectPath(url.searchParams.get('next')));
  },
};
