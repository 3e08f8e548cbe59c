import { unwrap } from '$lib/server/api';
import { clinicFilters, clinicQuery, mapTileUrl } from '$lib/server/clinics';
import type { PageServerLoad } from './$types';

/** The clinic network with the list's filters (a GET form: every state of the list has its own URL). */
export const load: PageServerLoad = async ({ locals, url }) => {
  const filters = clinicFilters(url);
  const family = await locals.api.me.family.$get().then(unwrap);
  const [specialties, clinics] = await Promise.all([
    locals.api.specialties.$get().then(unwrap),
    locals.api.clinics.$get({ query: clinicQuery(filters, family.self.id) }).then(unwrap),
  ]);
  return {
    filters,
    specialties: specialties.items,
    clinics: clinics.items,
    tileUrl: mapTileUrl(),
  };
};
