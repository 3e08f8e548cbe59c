import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { loadRequest } from '$lib/server/requests';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
  request: await loadRequest(locals.api, params.id),
  justSent: url.searchParams.get('sent') === '1',
});

export const actions: Actions = {
  cancel: async ({ locals, params }) => {
    const response = await locals.api.requests[':id'].cancel.$post({ param: { id: params.id } });
    if (response.status !== 200)
      return fail(response.status, { message: problemMessage(await readProblem(response), locals.locale) });
    return { message: null };
  },
};
