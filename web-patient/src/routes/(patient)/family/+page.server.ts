import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
  family: await locals.api.me.family.$get().then(unwrap),
  added: url.searchParams.has('added'),
});
