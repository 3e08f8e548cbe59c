import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';

/** The assistant's monitoring page names the patient `patientId`, the doctor's patient page `id`. */
type Params = Partial<Record<'patientId' | 'id', string>>;
const patientOf = (params: Params) => params.patientId ?? params.id ?? '';
const CHANNELS = ['call', 'message', 'video'] as const;
const OUTCOMES = ['reached', 'no_answer', 'left_message', 'wrong_number', 'declined'] as const;
const pick = <T extends string>(all: readonly T[], value: FormDataEntryValue | null, fallback: T) =>
  all.find((v) => v === value) ?? fallback;

async function answer(
  locale: App.Locals['locale'],
  response: { status: number; statusText: string; json(): Promise<unknown> },
  done: 'schedule' | 'contact' | 'task',
) {
  if (response.status === 200 || response.status === 201) return { outreachDone: done };
  const problem = await readProblem(response);
  return fail(problem.status, { message: problemMessage(problem, locale), alertId: null });
}

/** The outreach actions of OutreachPanel.svelte: the assistant's monitoring page, the doctor's patient page. */
type Event = { locals: App.Locals; request: Request; params: Params };

export const outreachActions = {
  schedule: async ({ locals, request, params }: Event) => {
    const form = await request.formData();
    const days = Number(form.get('days') || 7);
    const response = await locals.api.monitoring.patients[':id']['measurement-schedule'].$put({
      param: { id: patientOf(params) },
      json: {
        startDate: String(form.get('startDate') ?? ''),
        days,
        morningTime: String(form.get('morningTime') || '08:00'),
        eveningTime: String(form.get('eveningTime') || '20:00'),
      },
    });
    return answer(locals.locale, response, 'schedule');
  },
  contact: async ({ locals, request, params }: Event) => {
    const form = await request.formData();
    const note = String(form.get('note') ?? '').trim();
    const response = await locals.api.monitoring.patients[':id']['contact-attempts'].$post({
      param: { id: patientOf(params) },
      json: {
        channel: pick(CHANNELS, form.get('channel'), 'call'),
        outcome: pick(OUTCOMES, form.get('outcome'), 'reached'),
        ...(note ? { note } : {}),
      },
    });
    return answer(locals.locale, response, 'contact');
  },
  resolveTask: async ({ locals, params }: Event) => {
    const response = await locals.api.monitoring.patients[':id']['series-task'].resolve.$post({
      param: { id: patientOf(params) },
    });
    return answer(locals.locale, response, 'task');
  },
};
