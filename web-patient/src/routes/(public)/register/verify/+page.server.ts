import { fail, redirect } from '@sveltejs/kit';
import { confirmRegistration, devMailbox, pendingRegistration } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
  const pending = pendingRegistration(cookies);
  if (!pending) redirect(303, '/register');
  // The demo mailbox link appears only where the api keeps one (never in production).
  return { pending, demoMailbox: (await devMailbox(apiUrl(), pending)) !== null };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await confirmRegistration({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, '/');
  },
};
