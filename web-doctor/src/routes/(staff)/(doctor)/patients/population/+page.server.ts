import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The doctor's monitored patients (enrolled, and treated by this doctor) by HEARTS / Simple.org status. */
export const load: PageServerLoad = async ({ locals }) => ({
  view: await locals.api.monitoring.population.$get().then(unwrap),
});
