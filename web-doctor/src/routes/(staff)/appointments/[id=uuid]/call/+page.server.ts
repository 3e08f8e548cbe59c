import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import { loadPreVisit } from '$lib/server/pre-visit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  if (!locals.user) error(404);
  // The api says who the caller is here: the consultation's doctor, or a colleague she invited (any role).
  const param = { id: params.id };
  const { you } = await locals.api.appointments[':id'].participants.$get({ param }).then(unwrap);
  const role = you === 'doctor' ? ('doctor' as const) : ('guest' as const);
  if (role === 'guest') {
    // A guest is in the call only: the patient's record stays closed to them.
    const appointment = await locals.api.appointments[':id'].$get({ param }).then(unwrap);
    // An in-person visit has no call (the api refuses to join it too).
    if (appointment.format === 'in_person') error(404);
    return {
      appointment,
      media: appointment.format,
      patient: null,
      anamnesis: null,
      units: {},
      escalations: [],
      selfAccountId: locals.user.account.id,
      role,
    };
  }
  // The pre-visit summary beside the video, read as on the pre-visit page.
  const preVisit = await loadPreVisit(locals.api, params.id);
  if (preVisit.appointment.format === 'in_person') error(404);
  return {
    ...preVisit,
    media: preVisit.appointment.format,
    selfAccountId: locals.user.account.id,
    role,
  };
};
