import { json } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { uploadProblemMessage } from '$lib/server/booking-forms';
import { streamUpload } from '$lib/server/files';
import type { RequestHandler } from './$types';

/**
 * The upload the booking pages send with XMLHttpRequest (for its progress events): streamed on to the api.
 * Answers the stored file's description, or `{ message }` in the reader's language.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    return json({ message: messages(locals.locale).booking.attachments.uploadFailed }, { status: 400 });
  }
  const response = await streamUpload(locals.api, params.id, request);
  if (response.status === 201) return json(await response.json(), { status: 201 });
  const problem = await readProblem(response);
  return json({ message: uploadProblemMessage(problem, locals.locale) }, { status: problem.status });
};
