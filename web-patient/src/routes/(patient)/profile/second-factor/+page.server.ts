import { fail, redirect } from '@sveltejs/kit';
import {
  beginOwnEnrolment,
  confirmOwnEnrolment,
  profileActionInput,
  RECOVERY_CODES_PATH,
} from '@telemed/web-shared/server';
import type { Actions, PageServerLoad } from './$types';

/** A patient turns on two-step sign-in: scan, confirm with a code, then see the recovery codes once. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
  const enrolment = await beginOwnEnrolment(locals.api);
  // Already on (or the api refused): the profile says so.
  if (!enrolment) redirect(303, '/profile');
  setHeaders({ 'cache-control': 'no-store' });
  return { qrSvg: enrolment.qrSvg, secret: enrolment.secret };
};

export const actions: Actions = {
  default: async (event) => {
    const outcome = await confirmOwnEnrolment(profileActionInput(event));
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, `${RECOVERY_CODES_PATH}?next=/profile`);
  },
};
