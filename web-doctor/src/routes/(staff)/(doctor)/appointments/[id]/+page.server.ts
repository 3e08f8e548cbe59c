import { unwrap } from '$lib/server/api';
import { loadClinicalContext, loadPreVisit } from '$lib/server/pre-visit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const visit = await loadPreVisit(locals.api, params.id);
  const [context, participants] = await Promise.all([
    loadClinicalContext(locals.api, visit.patient.id, visit.appointment.id),
    // Who else the doctor invited into the call, for the appointment's record.
    locals.api.appointments[':id'].participants.$get({ param: { id: visit.appointment.id } }).then(unwrap),
  ]);
  return { ...visit, ...context, guests: participants.guests };
};
