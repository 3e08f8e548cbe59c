import { fail, redirect } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { logOut } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { formProblem } from '$lib/server/onboarding';
import type { Actions, PageServerLoad } from './$types';

/** What deleting the account removes and keeps, and whether anything stops it now. */
export const load: PageServerLoad = async ({ locals }) => ({
  status: await locals.api.me['account-deletion'].$get().then(unwrap),
});

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const text = messages(locals.locale).accountDeletion;
    const data = await request.formData();
    const password = data.get('password');
    const understood = data.get('understand') === 'yes';
    const fieldErrors: { password?: string; understand?: string } = {};
    if (typeof password !== 'string' || !password) fieldErrors.password = text.passwordRequired;
    if (!understood) fieldErrors.understand = text.mustUnderstand;
    if (typeof password !== 'string' || !password || !understood)
      return fail(400, { fieldErrors, message: null });
    const status = await locals.api.me['account-deletion'].$get().then(unwrap);
    const response = await locals.api.me['account-deletion'].$post({ json: { password, confirm: true } });
    if (response.status !== 204) {
      const problem = await formProblem(response, ['password'] as const, locals.locale);
      const apiErrors: typeof fieldErrors = problem.fieldErrors;
      return fail(problem.status, { fieldErrors: apiErrors, message: problem.message });
    }
    // The api has ended the session; this forgets the cookie too.
    await logOut({ cookies, url, app: 'patient', api: locals.api });
    redirect(303, `/account-deleted?years=${status.retentionYears}`);
  },
};
