import { error, fail, redirect } from '@sveltejs/kit';
import {
  profileActionInput,
  RECOVERY_CODES_PATH,
  regenerateRecoveryCodes,
  secondFactorStatus,
  turnOffSecondFactor,
} from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const patientId = locals.user?.patient?.id;
  if (!patientId) error(404);
  const [profile, secondFactor] = await Promise.all([
    locals.api.patients[':id'].$get({ param: { id: patientId } }).then(unwrap),
    secondFactorStatus(locals.api),
  ]);
  return { profile, secondFactor };
};

/** Two-step sign-in, once on: new recovery codes, or off again (patients opt in and out). */
export const actions: Actions = {
  recoveryCodes: async (event) => {
    const outcome = await regenerateRecoveryCodes(profileActionInput(event));
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, `${RECOVERY_CODES_PATH}?next=/profile`);
  },
  turnOff: async (event) => {
    const outcome = await turnOffSecondFactor(profileActionInput(event));
    if (!outcome.ok) return fail(outcome.failure.status, outcome.failure);
    redirect(303, '/profile');
  },
};
