import { fail, redirect } from '@sveltejs/kit';
import {
  profileActionInput,
  RECOVERY_CODES_PATH,
  regenerateRecoveryCodes,
  secondFactorStatus,
} from '@telemed/web-shared/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  secondFactor: await secondFactorStatus(locals.api),
});

export const actions: Actions = {
  recoveryCodes: async (event) => {
    const outcome = await regenerateRecoveryCodes(profileActionInput(event));
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, `${RECOVERY_CODES_PATH}?next=/profile`);
  },
};
