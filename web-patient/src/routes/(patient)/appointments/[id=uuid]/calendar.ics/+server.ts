import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** "Add to calendar": the api's iCalendar file for the consultation, downloaded through this server. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.appointments[':id']['calendar.ics'].$get({ param: { id: params.id } });
  if (response.status !== 200) error(response.status === 404 ? 404 : 502);
  return new Response(await response.text(), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition':
        response.headers.get('content-disposition') ?? 'attachment; filename="telemed-consultation.ics"',
      'cache-control': 'private, no-store',
    },
  });
};
