import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import type { RequestHandler } from './$types';

/** The letter's referral, as a download only (the api decides who may read it and audits the read). */
export const GET: RequestHandler = async ({ locals, params }) => {
  const response = await locals.api['guarantee-letters'][':id'].referral.$get({ param: { id: params.id } });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
