import { phoneCallResponse } from '@telemed/web-shared/call';
import type { RequestHandler } from './$types';

/** The doctor calls the patient by phone instead of video: the number, recorded on the appointment. */
export const POST: RequestHandler = ({ locals, params }) => phoneCallResponse(locals.api, params.id);
