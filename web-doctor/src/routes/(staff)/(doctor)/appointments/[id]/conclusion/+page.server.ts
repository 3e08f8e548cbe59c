import { error, fail, redirect } from '@sveltejs/kit';
import { isUuid, readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { readConclusionForm } from '$lib/server/conclusion-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  // Not an id, or somebody else's consultation: the same "no such page".
  if (!isUuid(params.id)) error(404);
  const api = locals.api;
  const [appointment, conclusion, catalogue, specialties, templates] = await Promise.all([
    api.appointments[':id'].$get({ param: { id: params.id } }).then(unwrap),
    api.appointments[':id'].conclusion.$get({ param: { id: params.id } }).then(unwrap),
    api.catalogue['lab-tests'].$get().then(unwrap),
    api.specialties.$get().then(unwrap),
    api.catalogue['conclusion-templates'].$get({ query: {} }).then(unwrap),
  ]);
  const ownSpecialty = appointment.practitioner?.specialty.code ?? '';
  return {
    appointment,
    conclusion,
    labTests: catalogue.items,
    specialties: specialties.items,
    // The doctor's own specialty first: those are the templates they reach for.
    templates: [...templates.items].sort(
      (a, b) =>
        Number(b.specialtyCodes.includes(ownSpecialty)) - Number(a.specialtyCodes.includes(ownSpecialty)),
    ),
    notice: url.searchParams.has('finalised')
      ? ('finalised' as const)
      : url.searchParams.has('corrected')
        ? ('corrected' as const)
        : null,
  };
};

async function saveDraft(locals: App.Locals, id: string, data: FormData) {
  const response = await locals.api.appointments[':id'].conclusion.draft.$put({
    param: { id },
    json: readConclusionForm(data),
  });
  return response.status === 200 ? null : readProblem(response);
}

export const actions: Actions = {
  save: async ({ locals, params, request }) => {
    const problem = await saveDraft(locals, params.id, await request.formData());
    if (problem) return fail(problem.status, { message: problem.detail, errors: problem.errors });
    return { saved: true };
  },
  /** Saves what is on the screen first, so the doctor finalises exactly what they see. */
  finalise: async ({ locals, params, request }) => {
    const problem = await saveDraft(locals, params.id, await request.formData());
    if (problem) return fail(problem.status, { message: problem.detail, errors: problem.errors });
    const response = await locals.api.appointments[':id'].conclusion.finalise.$post({
      param: { id: params.id },
    });
    if (response.status !== 200) {
      const refused = await readProblem(response);
      return fail(refused.status, { message: refused.detail, errors: refused.errors });
    }
    redirect(303, `/appointments/${params.id}/conclusion?finalised`);
  },
  correct: async ({ locals, params, request }) => {
    const data = await request.formData();
    const conclusionId = String(data.get('conclusionId') ?? '');
    if (!isUuid(conclusionId)) error(400);
    const response = await locals.api.conclusions[':id'].corrections.$post({
      param: { id: conclusionId },
      json: { reason: String(data.get('reason') ?? '').trim() },
    });
    if (response.status !== 201) {
      const refused = await readProblem(response);
      return fail(refused.status, { correctionMessage: refused.detail });
    }
    redirect(303, `/appointments/${params.id}/conclusion?corrected`);
  },
};
