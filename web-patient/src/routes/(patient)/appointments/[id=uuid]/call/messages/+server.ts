import { historyResponse, postMessageResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** The chat history, replayed by the call page on open and after every reconnect. */
export const GET: RequestHandler = ({ locals, params }) => historyResponse(locals.api, params.id);

/** A chat message sent through the api while the sfu cannot be reached. */
export const POST: RequestHandler = ({ locals, params, request }) =>
  postMessageResponse(locals.api, params.id, request);
