import { historyResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** The chat history, replayed by the call page on open and after every reconnect. */
export const GET: RequestHandler = ({ locals, params }) => historyResponse(locals.api, params.id);
