import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id at all is the same "no such page" as an id the user may not see.
  if (!UUID.test(params.id)) error(404);
  return { profile: await locals.api.patients[':id'].$get({ param: { id: params.id } }).then(unwrap) };
};
