import { error, json } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** The next page of a person's access log, for the page's "load more" button (the api checks who may see it). */
export const GET: RequestHandler = async ({ locals, url }) => {
  const patient = url.searchParams.get('patient') ?? '';
  const cursor = url.searchParams.get('cursor') ?? '';
  if (!isUuid(patient) || !/^[A-Za-z0-9_-]{1,120}$/.test(cursor)) error(400);
  const page = await locals.api.patients[':id']['access-log']
    .$get({ param: { id: patient }, query: { cursor } })
    .then(unwrap);
  return json(page, { headers: { 'cache-control': 'no-store' } });
};
