import { json } from '@sveltejs/kit';
import { notificationSummary } from '$lib/server/notifications';
import type { RequestHandler } from './$types';

/** What the results pages poll: the unread count and the newest "results are ready" notification. */
export const GET: RequestHandler = async ({ locals }) =>
  json(await notificationSummary(locals.api), { headers: { 'cache-control': 'no-store' } });
