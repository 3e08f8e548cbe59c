import { fail, redirect } from '@sveltejs/kit';
import { readProblem } from '@telemed/web-shared/server';
import { findPatients, searchValues } from '$lib/server/patient-search';
import type { Actions, PageServerLoad } from './$types';

/** The assistant finds the patient (the api decides whom she may find, and audits it), then proposes. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const values = searchValues(url);
  const searched = Object.values(values).some((value) => value !== '');
  return { values, found: searched ? await findPatients(locals.api, values) : null };
};

const int = (value: FormDataEntryValue | null) => Number(String(value ?? '').trim() || Number.NaN);

export const actions: Actions = {
  /**
   * The proposal opens nothing: a doctor who treats the patient, or the patient, decides. The api still takes
   * the patient's id; the page turned the name the assistant typed into it.
   */
  propose: async ({ locals, request }) => {
    const form = await request.formData();
    const values = {
      patientId: String(form.get('patientId') ?? '').trim(),
      targetSystolic: String(form.get('targetSystolic') ?? ''),
      targetDiastolic: String(form.get('targetDiastolic') ?? ''),
      reason: String(form.get('reason') ?? '').trim(),
    };
    const response = await locals.api.monitoring.proposals.$post({
      json: {
        patientId: values.patientId,
        targetSystolic: int(values.targetSystolic),
        targetDiastolic: int(values.targetDiastolic),
        reason: values.reason,
      },
    });
    if (response.status !== 201)
      return fail(response.status, { values, problem: await readProblem(response) });
    redirect(303, '/monitoring?proposed');
  },
};
