import { unwrap } from '$lib/server/api';
import { loadVisitRating, rateVisit } from '$lib/server/ratings';
import type { Actions, PageServerLoad } from './$types';

async function loadConclusion(api: App.Locals['api'], id: string) {
  // The route takes only UUIDs (src/params/uuid.ts); somebody else's conclusion is the same 404 from the api.
  return api.conclusions[':id'].$get({ param: { id } }).then(unwrap);
}

export const load: PageServerLoad = async ({ locals, params }) => {
  const view = await loadConclusion(locals.api, params.id);
  // The visit the conclusion closed can be rated from here too.
  return { ...view, visitRating: await loadVisitRating(locals.api, view.conclusion.appointmentId) };
};

export const actions: Actions = {
  rate: async ({ locals, params, request }) => {
    const { conclusion } = await loadConclusion(locals.api, params.id);
    return rateVisit(locals.api, conclusion.appointmentId, request, locals.locale);
  },
};
