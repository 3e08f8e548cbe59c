import { fail, redirect } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { findingFacts, readAnswerForm, readNumber, readProblem } from '@telemed/web-shared/server';
import { childNamed, loadAnamnesis, nextStep } from '$lib/server/anamnesis';
import type { Actions, PageServerLoad } from './$types';

type Answer = { findingId: string; value: 'yes' | 'no' | 'unknown' | number };

/** What a refused step gives back to the page: which step, the typed values and the errors by field. */
interface StepFailure {
  step: 'confirm' | 'answer' | 'finish';
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  message: string | null;
}

const refuse = (status: number, failure: Partial<StepFailure> & Pick<StepFailure, 'step'>) =>
  fail(status, { values: {}, fieldErrors: {}, message: null, ...failure } satisfies StepFailure);

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const view = await loadAnamnesis(locals.api, params.id);
  if (view.status === 'completed') redirect(303, `/check/${view.id}/result`);
  // What the complaint said is confirmed once, before the first question; ?step=questions means it was.
  const confirming =
    view.recognized.length > 0 && view.answered.length === 0 && url.searchParams.get('step') !== 'questions';
  const [facts, child] = await Promise.all([
    findingFacts(locals.api, view.modelVersion),
    childNamed(locals.api, view.patientId),
  ]);
  return {
    view,
    child,
    step: confirming ? ('confirm' as const) : ('question' as const),
    measured: Object.fromEntries(
      view.recognized.flatMap((f) => {
        const measured = facts.measured.get(f.findingId);
        return measured ? [[f.findingId, measured]] : [];
      }),
    ),
    derived: view.recognized.filter((f) => facts.derived.has(f.findingId)).map((f) => f.findingId),
  };
};

export const actions: Actions = {
  /** The recognised findings as the patient confirmed them: only what they changed is sent, as answers. */
  confirm: async ({ request, locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    if (view.status === 'completed') nextStep(view);
    const data = await request.formData();
    const facts = await findingFacts(locals.api, view.modelVersion);
    const text = messages(locals.locale).triage.question;
    const corrections: Answer[] = [];
    const fieldErrors: Record<string, string> = {};
    for (const finding of view.recognized) {
      if (facts.derived.has(finding.findingId)) continue;
      const raw = data.get(`finding.${finding.findingId}`);
      if (typeof raw !== 'string') continue;
      const measured = facts.measured.get(finding.findingId);
      if (measured) {
        const number = readNumber(raw);
        if (!raw.trim()) {
          corrections.push({ findingId: finding.findingId, value: 'unknown' });
        } else if (number === null || number < measured.min || number > measured.max) {
          fieldErrors[finding.findingId] = text.numberInvalid(measured.min, measured.max);
        } else if (number !== finding.value) {
          corrections.push({ findingId: finding.findingId, value: number });
        }
      } else if ((raw === 'yes' || raw === 'no') && raw !== finding.value) {
        corrections.push({ findingId: finding.findingId, value: raw });
      }
    }
    if (Object.keys(fieldErrors).length > 0) {
      // Given back so the patient's other toggles survive the error.
      const values = Object.fromEntries(
        [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      return refuse(400, { step: 'confirm', fieldErrors, values });
    }
    if (corrections.length === 0) redirect(303, `/check/${view.id}?step=questions`);
    return sendAnswers(locals.api, view.id, corrections, 'confirm');
  },

  /** One question: yes / no / don't know, or a number within the finding's range. */
  answer: async ({ request, locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    const form = readAnswerForm(await request.formData());
    // A second click or an old tab answers a question that is no longer current: show the current one.
    if (!form || !view.question || form.findingId !== view.question.findingId) nextStep(view);
    const question = view.question;
    if (form.value !== 'number') {
      return sendAnswers(
        locals.api,
        view.id,
        [{ findingId: question.findingId, value: form.value }],
        'answer',
      );
    }
    const number = readNumber(form.number);
    const min = question.min ?? -Infinity;
    const max = question.max ?? Infinity;
    if (number === null || number < min || number > max) {
      const message = messages(locals.locale).triage.question.numberInvalid(
        question.min ?? 0,
        question.max ?? 0,
      );
      return refuse(400, {
        step: 'answer',
        fieldErrors: { number: message },
        values: { number: form.number },
      });
    }
    return sendAnswers(locals.api, view.id, [{ findingId: question.findingId, value: number }], 'answer');
  },

  /** Stop asking: the result from the answers so far. */
  finish: async ({ locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    const response = await locals.api.anamnesis[':id'].finish.$post({ param: { id: view.id } });
    if (response.status !== 200) {
      const problem = await readProblem(response);
      return refuse(problem.status, { step: 'finish', message: problem.detail });
    }
    nextStep(await response.json());
  },
};

async function sendAnswers(
  api: App.Locals['api'],
  id: string,
  answers: Answer[],
  step: 'confirm' | 'answer',
) {
  const response = await api.anamnesis[':id'].answers.$post({ param: { id }, json: { answers } });
  if (response.status === 200) nextStep(await response.json());
  // Completed meanwhile (another tab): the result is where the patient belongs.
  if (response.status === 409) redirect(303, `/check/${id}/result`);
  const problem = await readProblem(response);
  return refuse(problem.status, { step, message: problem.detail });
}
