import { fail } from '@sveltejs/kit';
import { isUuid, statusForApiProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  notifications: await locals.api.notifications.$get().then(unwrap),
});

export const actions: Actions = {
  read: async ({ request, locals }) => {
    const id = (await request.formData()).get('id');
    if (typeof id !== 'string' || !isUuid(id)) return fail(400);
    const response = await locals.api.notifications[':id'].read.$post({ param: { id } });
    if (!response.ok) return fail(statusForApiProblem(response.status));
  },
};
