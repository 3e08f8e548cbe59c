import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The conclusion's PDF, streamed through this server (the browser never holds the api session); audited by the api. */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!isUuid(params.id)) error(404);
  const response = await locals.api.conclusions[':id'].pdf.$get({
    param: { id: params.id },
    query: { locale: locals.locale },
  });
  if (response.status !== 200) error(response.status === 404 ? 404 : 502);
  return new Response(response.body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': response.headers.get('content-disposition') ?? 'attachment',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
