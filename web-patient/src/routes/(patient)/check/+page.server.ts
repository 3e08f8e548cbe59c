import { fail, redirect } from '@sveltejs/kit';
import { readProblem, readStartForm, type FormFailure, type StartField } from '@telemed/web-shared/server';
import { familyMembers } from '$lib/server/anamnesis';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const family = await locals.api.me.family.$get().then(unwrap);
  const people = familyMembers(family);
  // A link can start the checker for a child: ?patientId=… chooses them in advance.
  const chosen = url.searchParams.get('patientId');
  return {
    people,
    selfId: family.self.id,
    chosenId: people.some((person) => person.id === chosen) ? chosen : family.self.id,
  };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const form = readStartForm(await request.formData(), locals.locale);
    if (!form.ok) return fail(form.failure.status, form.failure);

    const { patientId, complaintText } = form;
    const response = await locals.api.anamnesis.$post({
      json: { patientId, locale: locals.locale, ...(complaintText ? { complaintText } : {}) },
    });
    if (response.status !== 201) {
      const problem = await readProblem(response);
      const failure: FormFailure<StartField> = {
        status: problem.status,
        values: { patientId, complaintText },
        fieldErrors: {},
        message: problem.detail,
      };
      return fail(failure.status, failure);
    }
    const view = await response.json();
    // An ambulance-level complaint is answered at once: straight to the result, no confirmation step.
    redirect(303, view.status === 'completed' ? `/check/${view.id}/result` : `/check/${view.id}`);
  },
};
