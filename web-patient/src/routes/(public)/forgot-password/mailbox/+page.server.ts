import { error, redirect } from '@sveltejs/kit';
import { passwordResetMailbox, pendingPasswordReset } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/** Demo only: the messages the api could not deliver to this login (404 where it delivers them). */
export const load: PageServerLoad = async ({ cookies }) => {
  const login = pendingPasswordReset(cookies);
  if (!login) redirect(303, '/forgot-password');
  const boxes = await passwordResetMailbox(apiUrl(), login);
  if (!boxes) error(404);
  return { boxes };
};
