import { loadClinicalContext, loadPreVisit } from '$lib/server/pre-visit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const visit = await loadPreVisit(locals.api, params.id);
  return { ...visit, ...(await loadClinicalContext(locals.api, visit.patient.id, visit.appointment.id)) };
};
