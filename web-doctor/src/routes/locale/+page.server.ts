import { redirect } from '@sveltejs/kit';
import { switchLocale } from '@telemed/web-shared/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ request, cookies, url, locals }) => {
    redirect(303, await switchLocale({ request, cookies, url, user: locals.user, api: locals.api }));
  },
};
