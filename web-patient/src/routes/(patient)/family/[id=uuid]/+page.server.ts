import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  return { profile: await locals.api.patients[':id'].$get({ param: { id: params.id } }).then(unwrap) };
};
