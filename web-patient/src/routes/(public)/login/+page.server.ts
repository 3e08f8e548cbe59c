import { fail, redirect } from '@sveltejs/kit';
import { signInPage } from '@telemed/web-shared/server';
import { apiUrl, staffAppUrl } from '$lib/server/config';

export const { actions } = signInPage({
  app: 'patient',
  apiUrl,
  staffAppUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
