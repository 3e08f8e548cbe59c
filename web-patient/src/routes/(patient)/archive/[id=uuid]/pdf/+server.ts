import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The conclusion's PDF, streamed through this server (the browser never holds the api session); audited by the api. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.conclusions[':id'].pdf.$get({
    param: { id: params.id },
    query: { locale: locals.locale },
  });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { contentType: 'application/pdf', disposition: 'attachment' });
};
