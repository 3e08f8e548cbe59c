import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  proposals: (await locals.api.monitoring.titration.proposals.$get().then(unwrap)).items,
});

async function outcome(
  locale: App.Locals['locale'],
  response: { status: number; statusText: string; json(): Promise<unknown> },
  done: 'approved' | 'declined',
  id: string,
) {
  if (response.status === 200) return { done, id };
  const problem = await readProblem(response);
  return fail(problem.status, { message: problemMessage(problem, locale), id });
}

export const actions: Actions = {
  approve: async ({ locals, request }) => {
    const form = await request.formData();
    const id = String(form.get('id') ?? '');
    const step = Number(form.get('step') ?? '');
    const response = await locals.api.monitoring.titration.proposals[':id'].approve.$post({
      param: { id },
      json: Number.isInteger(step) && step > 0 ? { step } : {},
    });
    return outcome(locals.locale, response, 'approved', id);
  },
  decline: async ({ locals, request }) => {
    const form = await request.formData();
    const id = String(form.get('id') ?? '');
    const response = await locals.api.monitoring.titration.proposals[':id'].decline.$post({
      param: { id },
      json: { reason: String(form.get('reason') ?? '') },
    });
    return outcome(locals.locale, response, 'declined', id);
  },
};
