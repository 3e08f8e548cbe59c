import { fail, redirect } from '@sveltejs/kit';
import { registrationCodePage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { load, actions } = registrationCodePage({
  apiUrl,
  fail: (status, data) => fail(status, data),
  redirect,
});
