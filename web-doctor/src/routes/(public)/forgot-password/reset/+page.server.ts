import { fail, redirect } from '@sveltejs/kit';
import { passwordResetPage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { load, actions } = passwordResetPage({
  apiUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
