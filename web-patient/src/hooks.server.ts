import { error, type Handle } from '@sveltejs/kit';
import { createSessionHandle } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const handle: Handle = createSessionHandle({
  app: 'patient',
  apiUrl,
  badRequest: (message) => error(400, message),
});
