import { isUuid } from '@telemed/web-shared/server';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** A document's bytes, through this server (the browser never holds the api session); the api audits it. */
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
    },
  });
};
