import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  family: await locals.api.me.family.$get().then(unwrap),
});
