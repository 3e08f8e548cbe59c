import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/**
 * A patient's document through this server, to view inline (PDF in a frame, images in the page): the browser
 * never holds the api session. The api decides who may read it and audits every read.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!isUuid(params.id)) error(404);
  const response = await locals.api.files[':id'].$get({ param: { id: params.id } });
  if (response.status !== 200) error(response.status === 404 ? 404 : 502);
  return new Response(response.body, {
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': response.headers.get('content-disposition') ?? 'attachment',
      'cache-control': 'private, no-store',
      // The api checked the content; the browser must not guess another type from it.
      'x-content-type-options': 'nosniff',
      // Only this app's own pages may frame it.
      'x-frame-options': 'SAMEORIGIN',
    },
  });
};
