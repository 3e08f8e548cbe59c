import { guestCandidatesResponse, inviteGuestResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** The colleagues the consulting doctor can invite into the call. */
export const GET: RequestHandler = ({ locals, params }) => guestCandidatesResponse(locals.api, params.id);

/** The doctor invites a colleague (by account) or a relative (by e-mail or phone). */
export const POST: RequestHandler = ({ locals, params, request }) =>
  inviteGuestResponse(locals.api, params.id, request);
