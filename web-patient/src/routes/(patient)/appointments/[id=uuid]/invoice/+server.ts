import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The consultation's bank-transfer invoice (PDF), streamed through this server in the reader's language. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api.appointments[':id']['invoice.pdf'].$get({
    param: { id: params.id },
    query: { locale: locals.locale },
  });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { contentType: 'application/pdf', disposition: 'attachment' });
};
