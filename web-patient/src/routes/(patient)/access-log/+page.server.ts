import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import { chosenPerson } from '$lib/server/medcard';
import type { PageServerLoad } from './$types';

/**
 * "Who saw my data" for the chosen person (`?patient=`: self or a child under 15), newest first. `?cursor=`
 * continues from a previous page (the "load more" link without JavaScript).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { people, person } = await chosenPerson(locals.api, url, locals.locale);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  if (cursor !== undefined && !/^[A-Za-z0-9_-]{1,120}$/.test(cursor)) error(400);
  const page = await locals.api.patients[':id']['access-log']
    .$get({ param: { id: person.id }, query: cursor ? { cursor } : {} })
    .then(unwrap);
  return { people, person, entries: page.items, next: page.nextCursor, paged: Boolean(cursor) };
};
