import { isUuid } from '@telemed/web-shared/server';

/**
 * One key per rendering of a form that makes a write a browser may repeat: a double click, a re-POST after a
 * timeout, "resend the form?" on reload. The page's `load` makes the key, the form posts it back in a hidden
 * field, and every api write of that submission carries it as `Idempotency-Key`, so the api answers a repeat
 * with its first answer instead of booking or submitting twice. A fresh rendering (or a refusal the patient
 * corrects) gets a fresh key.
 */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';

/** How often to ask again while the first copy of a repeated submission is still running. */
const STILL_RUNNING_TRIES = 10;

export const newIdempotencyKey = (): string => crypto.randomUUID();

/** The key posted back with a form, or null when missing or not ours (the write then goes without one). */
export function readIdempotencyKey(data: FormData): string | null {
  const key = data.get(IDEMPOTENCY_FIELD);
  return typeof key === 'string' && isUuid(key) ? key.toLowerCase() : null;
}

/**
 * The typed client's `header` for one api write of a submission. `step` tells apart the writes one submission
 * makes (the upload, the booking, each attachment), because the api ties a key to one route and body.
 */
export function idempotencyHeader(key: string | null, ...step: string[]): { 'idempotency-key'?: string } {
  return key ? { 'idempotency-key': [key, ...step].join(':') } : {};
}

/** The api's "the first request with this key is still being processed" (the only 409 with Retry-After). */
export const isStillProcessing = (response: { status: number; headers: Headers }) =>
  response.status === 409 && response.headers.has('retry-after');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends an idempotent write. A repeat that arrives while the first copy is still running is asked again as
 * the api's Retry-After says, so it ends with the first answer (replayed, `Idempotency-Replayed: true`). If
 * the first copy is still not done after a few tries, the last 409 is returned: show `isStillProcessing`'s
 * calm message, not an error.
 */
export async function sendIdempotent<R extends { status: number; headers: Headers }>(
  send: () => Promise<R>,
  tries = STILL_RUNNING_TRIES,
): Promise<R> {
  let response = await send();
  for (let left = tries - 1; left > 0 && isStillProcessing(response); left--) {
    const seconds = Number(response.headers.get('retry-after'));
    await pause((Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 5) : 1) * 1000);
    response = await send();
  }
  return response;
}
