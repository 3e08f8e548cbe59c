import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, params }) => {
  // Somebody else's consultation is the same "no such page" as one that does not exist.
  if (!UUID.test(params.id) || !locals.user) error(404);
  const appointment = await locals.api.appointments[':id'].$get({ param: { id: params.id } }).then(unwrap);
  return { appointment, selfAccountId: locals.user.account.id };
};
