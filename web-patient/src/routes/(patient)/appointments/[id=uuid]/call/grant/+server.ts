import { grantResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** A fresh join token for the sfu, asked for on every (re)connect of the call page. */
export const POST: RequestHandler = ({ locals, params }) => grantResponse(locals.api, params.id);
