import { json } from '@sveltejs/kit';
import { loadQueueStatus } from '$lib/server/queue';
import type { RequestHandler } from './$types';

/** What the waiting page polls every few seconds: the same view its load gives, as JSON. */
export const GET: RequestHandler = async ({ locals, params }) =>
  json(await loadQueueStatus(locals.api, params.id), { headers: { 'cache-control': 'no-store' } });
