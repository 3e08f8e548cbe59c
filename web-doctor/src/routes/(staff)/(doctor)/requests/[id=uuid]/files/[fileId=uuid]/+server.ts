import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/**
 * A document attached to a request, for the attachment viewer (pdf.js reads the bytes) and as a download;
 * never for the browser's own PDF viewer, which would run the document's scripts. Served only when it is one of this request's
 * documents; the api checks the doctor may see the patient and audits the download.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
  const request = await locals.api.requests[':id'].$get({ param: { id: params.id } });
  if (request.status !== 200) error(404);
  const { files } = await request.json();
  if (!files.some((file) => file.id === params.fileId)) error(404);
  const response = await locals.api.files[':id'].$get({ param: { id: params.fileId } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
