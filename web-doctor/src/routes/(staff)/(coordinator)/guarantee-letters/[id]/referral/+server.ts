import { error } from '@sveltejs/kit';
import { documentResponse, isUuid, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The letter's referral, as a download only (the api decides who may read it and audits the read). */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!isUuid(params.id)) error(404);
  const response = await locals.api['guarantee-letters'][':id'].referral.$get({ param: { id: params.id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
