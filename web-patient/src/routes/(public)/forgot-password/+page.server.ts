import { fail, redirect } from '@sveltejs/kit';
import { requestPasswordReset } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await requestPasswordReset({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, '/forgot-password/reset');
  },
};
