import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The approved letter as a PDF in the reader's language, downloaded through this server. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api['guarantee-letters'][':id'].pdf.$get({
    param: { id: params.id },
    query: { locale: locals.locale },
  });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { contentType: 'application/pdf', disposition: 'attachment' });
};
