import { redirect } from '@sveltejs/kit';
import { logOut } from '@telemed/web-shared/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ cookies, url, locals }) => {
    await logOut({ cookies, url, app: 'patient', api: locals.api });
    redirect(303, '/login');
  },
};
