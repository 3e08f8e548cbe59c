import { readResult } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { loadClinicalContext, loadPreVisit } from '$lib/server/pre-visit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const visit = await loadPreVisit(locals.api, params.id);
  const [context, participants, consents] = await Promise.all([
    loadClinicalContext(locals.api, visit.patient.id, visit.appointment.id),
    // Who else the doctor invited into the call, for the appointment's record.
    locals.api.appointments[':id'].participants.$get({ param: { id: visit.appointment.id } }).then(unwrap),
    // The patient's consents (domains/consents): shown, never a reason for the page to fail.
    locals.api.patients[':id'].consents.$get({ param: { id: visit.patient.id } }).then(readResult),
  ]);
  return {
    ...visit,
    ...context,
    guests: participants.guests,
    consents: consents.ok ? consents.data : null,
  };
};

export const actions: Actions = {
  /** An in-person visit took place: the api completes it and charges the member's franchise share once. */
  visitDone: async ({ locals, params }) => {
    const charge = await locals.api.appointments[':id']['visit-completed']
      .$post({ param: { id: params.id } })
      .then(unwrap);
    return { charged: charge.amountRub };
  },
};
