import { callEventResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** The call page reports that it could not reach the sfu; the api records it on the appointment. */
export const POST: RequestHandler = ({ locals, params, request }) =>
  callEventResponse(locals.api, params.id, request);
