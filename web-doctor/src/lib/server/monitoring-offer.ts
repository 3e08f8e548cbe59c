import { unwrap } from './api';

/**
 * What the "enrol in blood-pressure monitoring" offer after a signed conclusion needs: whether the patient is
 * already in monitoring (or has a proposal waiting), and the assistants to choose from.
 */
export async function loadMonitoringOffer(api: App.Locals['api'], patientId: string) {
  const [live, assistants] = await Promise.all([
    api.monitoring.patients[':id'].enrolment.$get({ param: { id: patientId } }).then(unwrap),
    api.monitoring.assistants.$get().then(unwrap),
  ]);
  return { patientId, live: live.enrolment !== null, assistants: assistants.items };
}

/** ICD-10 I10–I15, the hypertensive diseases: the diagnoses home blood-pressure monitoring is offered for. */
const HYPERTENSIVE = /^I1[0-5]/;

export function diagnosesHypertension(conclusion: {
  diagnosis: { code: string } | null;
  secondaryDiagnoses: { code: string }[];
}) {
  return [conclusion.diagnosis, ...conclusion.secondaryDiagnoses].some((d) => d && HYPERTENSIVE.test(d.code));
}
