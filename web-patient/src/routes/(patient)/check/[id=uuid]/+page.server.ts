import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { findingFacts, readProblem } from '@telemed/web-shared/server';
import { readAnswerForm, readNumber } from '$lib/server/anamnesis-forms';
import { childNamed, loadAnamnesis, nextStep, type AnamnesisView } from '$lib/server/anamnesis';
import type { Actions, PageServerLoad } from './$types';

type Answer = { findingId: string; value: 'yes' | 'no' | 'unknown' | number };

/** What a refused step gives back to the page: which step, the typed values and the errors by field. */
interface StepFailure {
  step: 'confirm' | 'answer' | 'change' | 'finish';
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  message: string | null;
}

const refuse = (status: number, failure: Partial<StepFailure> & Pick<StepFailure, 'step'>) =>
  fail(status, { values: {}, fieldErrors: {}, message: null, ...failure } satisfies StepFailure);

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const view = await loadAnamnesis(locals.api, params.id);
  if (view.status === 'completed') redirect(303, `/check/${view.id}/result`);
  // What the complaint said is confirmed once, before the first question (?step=questions means it was), and can
  // be corrected again later from the answers (?step=confirm).
  const requested = url.searchParams.get('step');
  const confirming =
    view.recognized.length > 0 &&
    (requested === 'confirm' || (view.answered.length === 0 && requested !== 'questions'));
  // ?change=<finding> shows an answered question again, to change its answer.
  const changing = view.answered.find((a) => a.findingId === url.searchParams.get('change')) ?? null;
  const [facts, child] = await Promise.all([
    findingFacts(locals.api, view.modelVersion),
    childNamed(locals.api, view.patientId),
  ]);
  return {
    view,
    child,
    step: confirming ? ('confirm' as const) : changing ? ('change' as const) : ('question' as const),
    changing: changing && {
      ...changing,
      ...(changing.kind === 'numeric' ? facts.measured.get(changing.findingId) : {}),
    },
    measured: Object.fromEntries(
      [...view.recognized, ...view.answered].flatMap((f) => {
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
    return sendAnswers(locals, view.id, corrections, 'confirm');
  },

  /** One question: yes / no / don't know, or a number within the finding's range. */
  answer: async ({ request, locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    const form = readAnswerForm(await request.formData());
    // A second click or an old tab answers a question that is no longer current: show the current one.
    if (!form || !view.question || form.findingId !== view.question.findingId) nextStep(view);
    const value = readValue(form, view.question, locals.locale);
    if ('error' in value) return value.error;
    return sendAnswers(locals, view.id, [{ findingId: form.findingId, value: value.value }], 'answer');
  },

  /** A new answer to a question answered before: a correction, which does not use the question budget. */
  change: async ({ request, locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    if (view.status === 'completed') nextStep(view);
    const form = readAnswerForm(await request.formData());
    const answered = view.answered.find((a) => a.findingId === form?.findingId);
    if (!form || !answered) nextStep(view);
    const facts = await findingFacts(locals.api, view.modelVersion);
    const value = readValue(form, { ...facts.measured.get(answered.findingId) }, locals.locale, 'change');
    if ('error' in value) return value.error;
    // The same answer again changes nothing: straight back to the questions.
    if (value.value === answered.value) nextStep(view);
    const response = await locals.api.anamnesis[':id'].answers[':findingId'].$put({
      param: { id: view.id, findingId: answered.findingId },
      json: { value: value.value },
    });
    return afterAnswer(response, view.id, 'change', locals.locale);
  },

  /** Stop asking: the result from the answers so far. */
  finish: async ({ locals, params }) => {
    const view = await loadAnamnesis(locals.api, params.id);
    const response = await locals.api.anamnesis[':id'].finish.$post({ param: { id: view.id } });
    if (response.status !== 200) {
      const problem = await readProblem(response);
      return refuse(problem.status, { step: 'finish', message: problemMessage(problem, locals.locale) });
    }
    nextStep(await response.json());
  },
};

/** The answer from the form: the button pressed, or the typed number checked against the question's range. */
function readValue(
  form: NonNullable<ReturnType<typeof readAnswerForm>>,
  range: { min?: number | undefined; max?: number | undefined },
  locale: App.Locals['locale'],
  step: 'answer' | 'change' = 'answer',
): { value: Answer['value'] } | { error: ReturnType<typeof refuse> } {
  if (form.value !== 'number') return { value: form.value };
  const number = readNumber(form.number);
  if (number !== null && number >= (range.min ?? -Infinity) && number <= (range.max ?? Infinity)) {
    return { value: number };
  }
  const message = messages(locale).triage.question.numberInvalid(range.min ?? 0, range.max ?? 0);
  return { error: refuse(400, { step, fieldErrors: { number: message }, values: { number: form.number } }) };
}

async function sendAnswers(locals: App.Locals, id: string, answers: Answer[], step: 'confirm' | 'answer') {
  return afterAnswer(
    await locals.api.anamnesis[':id'].answers.$post({ param: { id }, json: { answers } }),
    id,
    step,
    locals.locale,
  );
}

/** On to the next question or the result; a refusal is shown on the step that caused it. */
async function afterAnswer(
  response: { status: number; statusText: string; json(): Promise<unknown> },
  id: string,
  step: 'confirm' | 'answer' | 'change',
  locale: App.Locals['locale'],
) {
  if (response.status === 200) nextStep((await response.json()) as AnamnesisView);
  // Completed meanwhile (another tab): the result is where the patient belongs.
  if (response.status === 409) redirect(303, `/check/${id}/result`);
  const problem = await readProblem(response);
  return refuse(problem.status, { step, message: problemMessage(problem, locale) });
}
