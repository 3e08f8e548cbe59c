import { problemMessage, type Locale } from '../i18n/index.js';
import type { ApiClient } from './api.js';
import { readProblem } from './api.js';

// Monitoring decisions as both apps' forms send them: the doctor on the patient page, the patient (or parent)
// on the blood-pressure page. The api decides who may; these only carry the choice.

export type MonitoringOutcome =
  { ok: true; done: 'accepted' | 'declined' | 'ended' } | { ok: false; status: number; message: string };

async function outcome(
  response: { status: number; statusText: string; json(): Promise<unknown> },
  done: 'accepted' | 'declined' | 'ended',
  locale: Locale,
): Promise<MonitoringOutcome> {
  if (response.status === 200) return { ok: true, done };
  const problem = await readProblem(response);
  return { ok: false, status: problem.status, message: problemMessage(problem, locale) };
}

/** Accepts or declines a proposal: the form sends `enrolmentId` and `decision`. */
export async function decideProposal(
  api: ApiClient,
  form: FormData,
  locale: Locale,
): Promise<MonitoringOutcome> {
  const id = String(form.get('enrolmentId') ?? '');
  const decision = form.get('decision') === 'accept' ? 'accept' : 'decline';
  const response = await api.monitoring.enrolments[':id'].decision.$post({
    param: { id },
    json: { decision },
  });
  return outcome(response, decision === 'accept' ? 'accepted' : 'declined', locale);
}

/** Ends the patient's monitoring; the assistant's access ends with it. */
export async function endMonitoring(
  api: ApiClient,
  patientId: string,
  locale: Locale,
): Promise<MonitoringOutcome> {
  return outcome(
    await api.monitoring.patients[':id'].enrolment.end.$post({ param: { id: patientId } }),
    'ended',
    locale,
  );
}
