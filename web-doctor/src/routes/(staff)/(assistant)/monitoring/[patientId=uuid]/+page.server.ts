import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { outreachActions } from '$lib/server/outreach';
import type { Actions, PageServerLoad } from './$types';

const DAYS = 28;

export const load: PageServerLoad = async ({ locals, params }) => {
  const patient = locals.api.monitoring.patients[':id'];
  const param = { id: params.patientId };
  const [view, titration, outreach] = await Promise.all([
    patient.$get({ param, query: { days: String(DAYS) } }).then(unwrap),
    patient.titration.$get({ param }).then(unwrap),
    patient.outreach.$get({ param }).then(unwrap),
  ]);
  return { view, titration, outreach, days: DAYS, now: new Date().toISOString() };
};

/** Every action answers the same way: done, or the api's reason in `message` for the alert it was about. */
async function outcome(
  locale: App.Locals['locale'],
  response: { status: number; statusText: string; json(): Promise<unknown> },
  alertId?: string,
) {
  if (response.status === 200 || response.status === 201) return { done: true, alertId: alertId ?? null };
  const problem = await readProblem(response);
  return fail(problem.status, { message: problemMessage(problem, locale), alertId: alertId ?? null });
}

const alertId = async (request: Request) => String((await request.formData()).get('alertId') ?? '');

export const actions: Actions = {
  acknowledge: async ({ locals, request }) => {
    const id = await alertId(request);
    return outcome(
      locals.locale,
      await locals.api.monitoring.alerts[':id'].acknowledge.$post({ param: { id } }),
      id,
    );
  },
  resolve: async ({ locals, request }) => {
    const id = await alertId(request);
    return outcome(
      locals.locale,
      await locals.api.monitoring.alerts[':id'].resolve.$post({ param: { id } }),
      id,
    );
  },
  escalate: async ({ locals, request }) => {
    const form = await request.formData();
    const id = String(form.get('alertId') ?? '');
    const note = String(form.get('note') ?? '').trim();
    const response = await locals.api.monitoring.alerts[':id'].escalate.$post({
      param: { id },
      json: { note },
    });
    if (response.status === 201) return { escalated: true, alertId: id };
    return outcome(locals.locale, response, id);
  },
  note: async ({ locals, request, params }) => {
    const form = await request.formData();
    const linked = String(form.get('alertId') ?? '');
    const channel = String(form.get('channel') ?? 'phone');
    const response = await locals.api.monitoring.patients[':id'].notes.$post({
      param: { id: params.patientId },
      json: {
        channel: (['phone', 'message', 'video', 'other'] as const).find((c) => c === channel) ?? 'other',
        text: String(form.get('text') ?? ''),
        ...(linked ? { alertId: linked } : {}),
      },
    });
    return outcome(locals.locale, response);
  },
  ...outreachActions,
  target: async ({ locals, request, params }) => {
    const form = await request.formData();
    const response = await locals.api.monitoring.patients[':id'].enrolment.$patch({
      param: { id: params.patientId },
      json: {
        targetSystolic: Number(form.get('targetSystolic')),
        targetDiastolic: Number(form.get('targetDiastolic')),
      },
    });
    // Answered beside the target form, not with the alerts.
    if (response.status === 200) return { targetChanged: true };
    const problem = await readProblem(response);
    return fail(problem.status, { targetMessage: problemMessage(problem, locals.locale) });
  },
};
