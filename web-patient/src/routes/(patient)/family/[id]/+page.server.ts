import { isUuid } from '@telemed/web-shared/server';
import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id at all is the same "no such page" as an id the user may not see.
  if (!isUuid(params.id)) error(404);
  return { profile: await locals.api.patients[':id'].$get({ param: { id: params.id } }).then(unwrap) };
};
