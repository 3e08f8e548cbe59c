import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id, or somebody else's conclusion: the same "no such page".
  if (!isUuid(params.id)) error(404);
  return locals.api.conclusions[':id'].$get({ param: { id: params.id } }).then(unwrap);
};
