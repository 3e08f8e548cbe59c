import { isUuid } from '@telemed/web-shared/server';
import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  // Somebody else's consultation is the same "no such page" as one that does not exist.
  if (!isUuid(params.id) || !locals.user) error(404);
  const appointment = await locals.api.appointments[':id'].$get({ param: { id: params.id } }).then(unwrap);
  return { appointment, selfAccountId: locals.user.account.id };
};
