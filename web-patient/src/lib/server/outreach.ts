import { messages, problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem, type ApiClient } from '@telemed/web-shared/server';
import type { OutreachQuestion } from '@telemed/web-shared/types';

// The questions are the keys of the questionnaire's texts, which the api's answer type names one by one.
const QUESTIONS = Object.keys(messages('en').outreach.questions) as OutreachQuestion[];

/** Sends the questionnaire: every question is answered, the ticked ones "yes". */
export async function answerQuestionnaire(api: ApiClient, form: FormData, locale: Locale) {
  const ticked = new Set(form.getAll('reported').map(String));
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q, ticked.has(q)])) as Record<
    OutreachQuestion,
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
