import { error, fail, redirect } from '@sveltejs/kit';
import { fieldProblemMessages, problemMessage } from '@telemed/web-shared/i18n';
import { isUuid, readProblem, type Problem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { readConclusionForm } from '$lib/server/conclusion-form';
import { diagnosesHypertension, loadMonitoringOffer } from '$lib/server/monitoring-offer';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const api = locals.api;
  const [appointment, conclusion, catalogue, specialties, templates, established] = await Promise.all([
    api.appointments[':id'].$get({ param: { id: params.id } }).then(unwrap),
    api.appointments[':id'].conclusion.$get({ param: { id: params.id } }).then(unwrap),
    api.catalogue['lab-tests'].$get().then(unwrap),
    api.specialties.$get().then(unwrap),
    api.catalogue['conclusion-templates'].$get({ query: {} }).then(unwrap),
    // In-person diagnoses in the card a remote consultation may follow up (order 193n).
    api.appointments[':id'].conclusion['established-diagnoses']
      .$get({ param: { id: params.id } })
      .then(unwrap),
  ]);
  const ownSpecialty = appointment.practitioner?.specialty.code ?? '';
  // Sex-specific tests (PSA, hCG) are offered only for the patient's sex; the api refuses the others too.
  const patient = await api.patients[':id'].$get({ param: { id: appointment.patient.id } }).then(unwrap);
  // Once a hypertension diagnosis is signed, the doctor may enrol the patient in blood-pressure monitoring
  // right here (other patients are enrolled from their page).
  const signed = conclusion.current !== null && conclusion.current.status !== 'draft';
  return {
    monitoringOffer:
      signed && diagnosesHypertension(conclusion.current!)
        ? await loadMonitoringOffer(api, appointment.patient.id)
        : null,
    appointment,
    conclusion,
    establishedInCard: established.items,
    labTests: catalogue.items.filter((test) => !test.sex || test.sex === patient.sex),
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

/** A refused save or finalise, worded in the doctor's language, field by field where the api names fields. */
const refusal = (problem: Problem, locals: App.Locals) =>
  fail(problem.status, {
    message: problemMessage(problem, locals.locale),
    errors: fieldProblemMessages(problem, locals.locale),
  });

/** The saved draft's time, or the api's refusal. */
async function saveDraft(locals: App.Locals, id: string, data: FormData) {
  const response = await locals.api.appointments[':id'].conclusion.draft.$put({
    param: { id },
    json: readConclusionForm(data),
  });
  return response.status === 200
    ? { savedAt: (await response.json()).updatedAt, problem: null }
    : { savedAt: null, problem: await readProblem(response) };
}

export const actions: Actions = {
  /** The editor's autosave and its "save draft" button. */
  save: async ({ locals, params, request }) => {
    const { savedAt, problem } = await saveDraft(locals, params.id, await request.formData());
    if (problem) return refusal(problem, locals);
    return { saved: true, savedAt };
  },
  /** Saves what is on the screen first, so the doctor finalises exactly what they see. */
  finalise: async ({ locals, params, request }) => {
    const data = await request.formData();
    const { savedAt, problem } = await saveDraft(locals, params.id, data);
    if (problem) return refusal(problem, locals);
    // Signing is confirmed in the page's dialog; without JavaScript the page asks here first.
    if (data.get('confirmed') !== 'yes') return { saved: true, savedAt, confirmSign: true };
    const response = await locals.api.appointments[':id'].conclusion.finalise.$post({
      param: { id: params.id },
    });
    if (response.status !== 200) {
      const refused = await readProblem(response);
      return refusal(refused, locals);
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
      return fail(refused.status, { correctionMessage: problemMessage(refused, locals.locale) });
    }
    redirect(303, `/appointments/${params.id}/conclusion?corrected`);
  },
};
