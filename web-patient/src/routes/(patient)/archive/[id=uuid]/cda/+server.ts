import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The conclusion as an HL7 CDA R2 document (XML), streamed through this server; audited by the api. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.conclusions[':id'].cda.$get({ param: { id: params.id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, {
    contentType: 'application/xml; charset=utf-8',
    disposition: 'attachment',
  });
};
