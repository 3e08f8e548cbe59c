import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** A final conclusion version as an HL7 CDA R2 document (XML), streamed through this server. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.conclusions[':id'].cda.$get({ param: { id: params.versionId } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, {
    contentType: 'application/xml; charset=utf-8',
    disposition: 'attachment',
  });
};
