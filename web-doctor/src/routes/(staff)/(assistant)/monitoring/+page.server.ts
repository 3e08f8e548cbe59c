import { fail } from '@sveltejs/kit';
import { readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** The worklist re-loads under this key every few seconds: new alerts must show up without a reload. */
const LIVE = 'app:monitoring';

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const [{ items }, proposals] = await Promise.all([
    locals.api.monitoring.worklist.$get().then(unwrap),
    locals.api.monitoring.proposals.$get().then(unwrap),
  ]);
  return { items, proposals: proposals.items, now: new Date().toISOString(), live: LIVE };
};

const int = (value: FormDataEntryValue | null) => Number(String(value ?? '').trim() || Number.NaN);

export const actions: Actions = {
  /**
   * The assistant proposes to monitor a patient herself. It opens nothing: a doctor who treats the patient,
   * or the patient, decides.
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
    if (response.status === 201) return { proposed: true };
    const problem = await readProblem(response);
    return fail(problem.status, { values, message: problem.detail });
  },
};
