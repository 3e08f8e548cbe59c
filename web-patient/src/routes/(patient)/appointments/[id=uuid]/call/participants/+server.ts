import { participantsResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** Who is in the consultation: the role labels of the call page's participant list. */
export const GET: RequestHandler = ({ locals, params }) => participantsResponse(locals.api, params.id);
