import { fail, redirect } from '@sveltejs/kit';
import { passwordResetRequestPage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { actions } = passwordResetRequestPage({
  apiUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
