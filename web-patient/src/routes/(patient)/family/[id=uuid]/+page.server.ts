import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id at all is the same "no such page" as an id the user may not see.
  return { profile: await locals.api.patients[':id'].$get({ param: { id: params.id } }).then(unwrap) };
};
