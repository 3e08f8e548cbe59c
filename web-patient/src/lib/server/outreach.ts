import { problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem, type ApiClient } from '@telemed/web-shared/server';

const QUESTIONS = [
  'headache',
  'dizziness_on_standing',
  'ankle_swelling',
  'dry_cough',
  'palpitations',
  'fatigue',
  'chest_pain',
  'breathlessness',
] as const;

/** Sends the questionnaire: every question is answered, the ticked ones "yes". */
export async function answerQuestionnaire(api: ApiClient, form: FormData, locale: Locale) {
  const ticked = new Set(form.getAll('reported').map(String));
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q, ticked.has(q)])) as Record<
    (typeof QUESTIONS)[number],
    boolean
  >;
  const response = await api.patients[':id']['bp-questionnaire'].$post({
    param: { id: String(form.get('patientId') ?? '') },
    json: { answers },
  });
  if (response.status === 201) {
    const body = await response.json();
    return { ok: true as const, answered: { urgentAdvice: body.urgentAdvice } };
  }
  const problem = await readProblem(response);
  return { ok: false as const, status: problem.status, message: problemMessage(problem, locale) };
}
