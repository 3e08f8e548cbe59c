import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/**
 * A document attached to a request, for reading in the browser. Served only when it is one of this request's
 * documents; the api checks the doctor may see the patient and audits the download.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!isUuid(params.id) || !isUuid(params.fileId)) error(404);
  const request = await locals.api.requests[':id'].$get({ param: { id: params.id } });
  if (request.status !== 200) error(404);
  const { files } = await request.json();
  if (!files.some((file) => file.id === params.fileId)) error(404);
  const response = await locals.api.files[':id'].$get({ param: { id: params.fileId } });
  if (response.status !== 200) error(response.status === 404 ? 404 : 502);
  return new Response(response.body, {
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': response.headers.get('content-disposition') ?? 'inline',
      'cache-control': 'private, no-store',
      // The api checked the content; the browser must not guess another type from it.
      'x-content-type-options': 'nosniff',
    },
  });
};
