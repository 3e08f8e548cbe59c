import { error, json } from '@sveltejs/kit';
import { statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** ICD-10 type-ahead for the conclusion editor, through this server (the browser never holds the api session). */
export const GET: RequestHandler = async ({ locals, url }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 80);
  if (q.length < 2) return json({ items: [] });
  const response = await locals.api.catalogue.icd10.$get({ query: { q, limit: '20' } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  const { items } = await response.json();
  return json({ items }, { headers: { 'cache-control': 'private, max-age=300' } });
};
