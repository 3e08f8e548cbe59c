import type { FileInfo } from '@telemed/web-shared/types';

/** The api's limit (MAX_UPLOAD_BYTES); checked in the browser too so a too-large file fails at once. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type UploadOutcome =
  { ok: true; file: FileInfo } | { ok: false; status: number; message: string | null };

/**
 * Sends one document with XMLHttpRequest rather than fetch: only XMLHttpRequest reports upload progress.
 * `onProgress` gets whole percents; the endpoint answers the stored file or `{ message }`.
 */
export function uploadWithProgress(
  url: string,
  file: File,
  kind: string,
  onProgress: (percent: number) => void,
): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    });
    // A small file may be sent in one go without a progress event; its end is still 100 %.
    xhr.upload.addEventListener('load', () => onProgress(100));
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && body && typeof body === 'object')
        resolve({ ok: true, file: body as FileInfo });
      else {
        const message =
          body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
            ? body.message
            : null;
        resolve({ ok: false, status: xhr.status, message });
      }
    });
    xhr.addEventListener('error', () => resolve({ ok: false, status: 0, message: null }));
    xhr.send(form);
  });
}
