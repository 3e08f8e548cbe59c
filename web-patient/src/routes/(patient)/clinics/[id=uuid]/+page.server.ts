import { unwrap } from '$lib/server/api';
import { mapTileUrl } from '$lib/server/clinics';
import type { PageServerLoad } from './$types';

/** One clinic's card: address, metro, hours, phone, route, services and doctors. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const [clinic, specialties] = await Promise.all([
    locals.api.clinics[':id'].$get({ param: { id: params.id } }).then(unwrap),
    locals.api.specialties.$get().then(unwrap),
  ]);
  return { clinic, specialties: specialties.items, tileUrl: mapTileUrl() };
};
