import { error, redirect } from '@sveltejs/kit';
import { devMailbox, pendingRegistration } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/** Demo only: the messages the api could not deliver for this registration (404 where it delivers them). */
export const load: PageServerLoad = async ({ cookies }) => {
  const pending = pendingRegistration(cookies);
  if (!pending) redirect(303, '/register');
  const boxes = await devMailbox(apiUrl(), pending);
  if (!boxes) error(404);
  return { boxes };
};
