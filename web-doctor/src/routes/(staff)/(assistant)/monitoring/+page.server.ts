import { fail } from '@sveltejs/kit';
import { readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** The worklist re-loads under this key every few seconds: new alerts must show up without a reload. */
const LIVE = 'app:monitoring';

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const { items } = await locals.api.monitoring.worklist.$get().then(unwrap);
  return { items, now: new Date().toISOString(), live: LIVE };
};

const int = (value: FormDataEntryValue | null) => Number(String(value ?? '').trim() || Number.NaN);

export const actions: Actions = {
  /** The assistant enrols a patient with themselves. */
  enrol: async ({ locals, request }) => {
    const form = await request.formData();
    const values = {
      patientId: String(form.get('patientId') ?? '').trim(),
      targetSystolic: String(form.get('targetSystolic') ?? ''),
      targetDiastolic: String(form.get('targetDiastolic') ?? ''),
      note: String(form.get('note') ?? '').trim(),
    };
    const response = await locals.api.monitoring.enrolments.$post({
      json: {
        patientId: values.patientId,
        assistantId: locals.user?.practitioner?.id ?? '',
        targetSystolic: int(values.targetSystolic),
        targetDiastolic: int(values.targetDiastolic),
        ...(values.note ? { note: values.note } : {}),
      },
    });
    if (response.status === 201) return { enrolled: true };
    const problem = await readProblem(response);
    return fail(problem.status, { values, message: problem.detail });
  },
};
