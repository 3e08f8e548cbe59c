import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/**
 * A patient's document through this server, for the attachment viewer (pdf.js reads the bytes; images are
 * shown in the page) and its download link: the browser never holds the api session. The api decides who
 * may read it and audits every read.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.files[':id'].$get({ param: { id: params.id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
