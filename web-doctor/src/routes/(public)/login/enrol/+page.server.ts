import { fail, redirect } from '@sveltejs/kit';
import {
  confirmEnrolmentAtSignIn,
  enrolmentAtSignIn,
  RECOVERY_CODES_PATH,
  safeRedirectPath,
} from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

const nextOf = (url: URL) => encodeURIComponent(safeRedirectPath(url.searchParams.get('next')));

/** A staff member's first sign-in: set up the authenticator app before any session exists. */
export const load: PageServerLoad = async ({ cookies, url, getClientAddress, setHeaders }) => {
  const enrolment = await enrolmentAtSignIn({
    cookies,
    apiUrl: apiUrl(),
    app: 'staff',
    clientAddress: getClientAddress(),
  });
  if (!enrolment) redirect(303, `/login?next=${nextOf(url)}`);
  // The page shows a secret: never keep it in a cache.
  setHeaders({ 'cache-control': 'no-store' });
  return { qrSvg: enrolment.qrSvg, secret: enrolment.secret };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const outcome = await confirmEnrolmentAtSignIn({
      request,
      cookies,
      url,
      apiUrl: apiUrl(),
      locale: locals.locale,
      clientAddress: getClientAddress(),
      app: 'staff',
    });
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, `${RECOVERY_CODES_PATH}?next=${nextOf(url)}`);
  },
};
