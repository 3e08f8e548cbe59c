import { fail, redirect } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import { formProblem } from '$lib/server/onboarding';
import type { Actions, PageServerLoad } from './$types';

/**
 * The target of the insurance page's region form; the page itself only shows a refusal. Opened directly (a
 * bookmark, the address typed), it leads to the insurance page, where the form is.
 */
export const load: PageServerLoad = ({ request, url }) => {
  if (request.method !== 'GET') return;
  const patientId = url.searchParams.get('patientId') ?? '';
  redirect(303, isUuid(patientId) ? `/insurance?patientId=${patientId}` : '/insurance');
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const data = await request.formData();
    const patientId = String(data.get('patientId') ?? '');
    if (!isUuid(patientId)) return fail(400, { message: null });
    const regions = data.getAll('region').map(String);
    const response = await locals.api.patients[':id'].regions.$put({
      param: { id: patientId },
      json: { regions },
    });
    if (response.status !== 200) {
      const problem = await formProblem(response, [], locals.locale);
      return fail(problem.status, { message: problem.message });
    }
    redirect(303, `/insurance?patientId=${encodeURIComponent(patientId)}&regions=saved`);
  },
};
