import { fail, redirect } from '@sveltejs/kit';
import { logIn, safeRedirectPath, secondStepPath } from '@telemed/web-shared/server';
import { apiUrl, staffAppUrl } from '$lib/server/config';
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
    if (!outcome.ok) {
      // 403: a staff account; the page links to the staff app rather than leaving them at a dead end.
      const staffApp = outcome.failure.status === 403 ? staffAppUrl() : null;
      return fail(outcome.failure.status, { ...outcome.failure, staffAppUrl: staffApp });
    }
    const next = safeRedirectPath(url.searchParams.get('next'));
    // Second factor: a code (or, for new staff, enrolment) before the session exists.
    if ('secondStep' in outcome) redirect(303, secondStepPath(outcome.secondStep, next));
    redirect(303, next);
  },
};
