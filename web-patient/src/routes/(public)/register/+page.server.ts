import { fail, redirect } from '@sveltejs/kit';
import { registrationPage } from '@telemed/web-shared/server';
import { apiUrl } from '$lib/server/config';

export const { actions } = registrationPage({ apiUrl, fail: (status, data) => fail(status, data), redirect });
