import { unwrap } from '$lib/server/api';
import { loadClinicalContext, loadPreVisit } from '$lib/server/pre-visit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const visit = await loadPreVisit(locals.api, params.id);
  const [context, participants] = await Promise.all([
    loadClinicalContext(locals.api, visit.patient.id, visit.appointment.id),
    // Who else the doctor invited into the call, for the appointment's record.
    locals.api.appointments[':id'].participants.$get({ param: { id: visit.appointment.id } }).then(unwrap),
  ]);
  return { ...visit, ...context, guests: participants.guests };
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
