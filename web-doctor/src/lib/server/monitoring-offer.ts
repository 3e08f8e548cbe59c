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
