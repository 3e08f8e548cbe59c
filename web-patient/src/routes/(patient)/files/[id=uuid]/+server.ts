import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** A document's bytes, through this server (the browser never holds the api session); the api audits it. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.files[':id'].$get({ param: { id: params.id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
