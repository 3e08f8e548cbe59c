import { fail, redirect } from '@sveltejs/kit';
import { signInSecondFactorPage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { load, actions } = signInSecondFactorPage({
  app: 'staff',
  apiUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
