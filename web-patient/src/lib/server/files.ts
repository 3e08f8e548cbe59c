import { messages, type Locale } from '@telemed/web-shared/i18n';
import { readProblem, type ApiClient } from '@telemed/web-shared/server';
import { idempotencyHeader, isStillProcessing, sendIdempotent } from '$lib/server/idempotency-key';
import { uploadProblemMessage, type Documents } from '$lib/server/booking-forms';
import type { FileInfo } from '@telemed/web-shared/types';

/**
 * Passes the browser's multipart upload on to the api as it arrives, as the signed-in user (the client adds
 * the session and CSRF token), so a 20 MB file is never held in this server's memory and the browser's upload
 * progress is the api's. The typed call would build its own form from `form`; here the body, its boundary and
 * length come from the browser instead, so only the path parameter is given.
 */
export function streamUpload(api: ApiClient, patientId: string, request: Request) {
  const endpoint = api.patients[':id'].files;
  const length = request.headers.get('content-length');
  return endpoint.$post({ param: { id: patientId } } as Parameters<typeof endpoint.$post>[0], {
    headers: {
      'content-type': request.headers.get('content-type') ?? '',
      ...(length ? { 'content-length': length } : {}),
    },
    // `duplex` is what Node's fetch needs to send a stream; DOM's RequestInit type does not list it yet.
    init: { body: request.body, duplex: 'half' } as RequestInit,
  });
}

/**
 * Documents chosen in a form with JavaScript off: the file came with the form, so it is uploaded here first.
 * Returns the ids to attach, or the reason the upload was refused. `key` is the form's idempotency key, so a
 * repeated submission does not store the file twice.
 */
export async function uploadedDocuments(
  api: ApiClient,
  patientId: string,
  documents: Documents,
  locale: Locale,
  key: string | null,
): Promise<{ ok: true; fileIds: string[] } | { ok: false; message: string }> {
  const { file: upload, kind } = documents;
  if (!upload) return { ok: true, fileIds: documents.fileIds };
  const response = await sendIdempotent(() =>
    api.patients[':id'].files.$post({
      param: { id: patientId },
      form: { file: upload, kind },
      header: idempotencyHeader(key, 'upload'),
    }),
  );
  if (isStillProcessing(response)) return { ok: false, message: messages(locale).errors.stillProcessing };
  if (response.status !== 201)
    return { ok: false, message: uploadProblemMessage(await readProblem(response), locale) };
  const file: FileInfo = await response.json();
  return { ok: true, fileIds: [...documents.fileIds, file.id] };
}

/** Attaches documents to a consultation; the first refusal stops and is reported. `key` as for the upload. */
export async function attachDocuments(
  api: ApiClient,
  appointmentId: string,
  fileIds: string[],
  key: string | null,
) {
  for (const fileId of new Set(fileIds)) {
    const response = await sendIdempotent(() =>
      api.appointments[':id'].attachments.$post({
        param: { id: appointmentId },
        json: { fileId },
        header: idempotencyHeader(key, 'attach', fileId),
      }),
    );
    if (response.status !== 204) {
      const stillProcessing = isStillProcessing(response);
      return { ok: false as const, stillProcessing, problem: await readProblem(response) };
    }
  }
  return { ok: true as const, stillProcessing: false };
}
