import { fail, redirect } from '@sveltejs/kit';
import { signInPage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { actions } = signInPage({
  app: 'staff',
  apiUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
