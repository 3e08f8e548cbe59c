import { error } from '@sveltejs/kit';
import { documentResponse, isUuid, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The card as a FHIR R4 Bundle, streamed through this server (the browser never holds the api session); audited by the api. */
export const GET: RequestHandler = async ({ locals, url }) => {
  const id = url.searchParams.get('patient') ?? locals.user?.patient?.id;
  if (!id || !isUuid(id)) error(404);
  const response = await locals.api.patients[':id'].medcard.fhir.$get({ param: { id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, {
    contentType: 'application/fhir+json; charset=utf-8',
    disposition: 'attachment; filename="medcard.fhir.json"',
  });
};
