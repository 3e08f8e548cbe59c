import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import { contactFormSchema, type OutreachAction, type OutreachProblem } from '$lib/outreach';

/** The assistant's monitoring page names the patient `patientId`, the doctor's patient page `id`. */
type Params = Partial<Record<'patientId' | 'id', string>>;
const patientOf = (params: Params) => params.patientId ?? params.id ?? '';

/** A refused action answers with `outreachProblem`, which OutreachPanel shows beside the form it came from. */
const refused = (status: number, action: OutreachAction, message: string) =>
  fail(status, { outreachProblem: { action, message } satisfies OutreachProblem });

async function answer(
  locale: App.Locals['locale'],
  response: { status: number; statusText: string; json(): Promise<unknown> },
  done: OutreachAction,
) {
  if (response.status === 200 || response.status === 201) return { outreachDone: done };
  const problem = await readProblem(response);
  return refused(problem.status, done, problemMessage(problem, locale));
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
    // A channel or outcome the form does not offer is refused, never recorded as some other one.
    const parsed = contactFormSchema.safeParse({
      channel: form.get('channel'),
      outcome: form.get('outcome'),
      note: String(form.get('note') ?? ''),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'channel');
      const message = problemMessage(
        { status: 400, code: 'validation.invalid_choice', params: { field } },
        locals.locale,
      );
      return refused(400, 'contact', message);
    }
    const { channel, outcome, note } = parsed.data;
    const response = await locals.api.monitoring.patients[':id']['contact-attempts'].$post({
      param: { id: patientOf(params) },
      json: { channel, outcome, ...(note ? { note } : {}) },
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
