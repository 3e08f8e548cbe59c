import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The assistant's population: their enrolled patients by HEARTS / Simple.org status. */
export const load: PageServerLoad = async ({ locals }) => ({
  view: await locals.api.monitoring.population.$get().then(unwrap),
});
