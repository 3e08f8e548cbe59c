import { fail, redirect } from '@sveltejs/kit';
import { confirmPasswordReset, passwordResetMailbox, pendingPasswordReset } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
  const login = pendingPasswordReset(cookies);
  if (!login) redirect(303, '/forgot-password');
  // The demo mailbox link appears only where the api keeps one (never in production).
  return { login, demoMailbox: (await passwordResetMailbox(apiUrl(), login)) !== null };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await confirmPasswordReset({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, '/login?reset=done');
  },
};
