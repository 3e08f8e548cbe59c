import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { loadQueueStatus } from '$lib/server/queue';
import type { Actions, PageServerLoad } from './$types';

/** The waiting room of an urgent request: place in the queue and wait, then "the doctor is ready". */
export const load: PageServerLoad = async ({ locals, params }) => ({
  queue: await loadQueueStatus(locals.api, params.id),
});

export const actions: Actions = {
  leave: async ({ locals, params }) => {
    const response = await locals.api['urgent-queue'][':id'].leave.$post({ param: { id: params.id } });
    const status: number = response.status;
    if (status === 204) redirect(303, `/urgent/${params.id}`);
    const problem = await readProblem(response);
    // 409: a doctor took the request a moment ago; the page shows "the doctor is ready" after this.
    return fail(status, {
      message:
        status === 409
          ? messages(locals.locale).booking.urgent.takenAlready
          : problemMessage(problem, locals.locale),
    });
  },
};
