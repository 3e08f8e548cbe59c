import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { patientIdOf } from '../api.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// Issue 18, outreach: nurse Orlova sets Lidia Markova's home-measurement series and logs a contact attempt;
// Lidia sees the series on her pressure page and answers the symptom questionnaire; the nurse sees the
// answers. Lidia (api/src/seed/outreach.ts) is this journey's own demo patient: no other spec reads her.
const PATIENT = 'lidia.markova@demo.telemed';

test('the assistant sets a series and logs a contact; the patient sees it and answers; the assistant sees the answers', async ({
  browser,
}) => {
  const patientId = await patientIdOf(PATIENT);
  const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10); // Moscow

  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await nurse.goto(new URL('/monitoring', DOCTOR_URL).href);
  await expect(
    nurse
      .getByTestId('worklist-row')
      .filter({ hasText: 'Lidia Markova' })
      .getByTestId('worklist-series-task'),
  ).toHaveText('Series incomplete: 5 of 28 readings');
  await nurse.getByRole('link', { name: 'Lidia Markova' }).click();
  await expect(nurse).toHaveURL(new RegExp(`/monitoring/${patientId}$`));
  const series = nurse.getByTestId('outreach-series');
  await expect(series.getByTestId('series-task')).toContainText('Series incomplete: 5 of 28 readings');

  // A new standard series from today (ESH 2023: 7 days, 2 + 2 readings).
  await series.getByLabel('Start date').fill(today);
  await series.getByRole('button', { name: 'Set the series' }).click();
  await expect(series.getByRole('status')).toHaveText(
    'Saved: the patient will get reminders at these times.',
  );
  await expect(series.getByTestId('series-progress')).toContainText('Readings: 0 of 28');
  await expect(series.getByTestId('series-task')).toHaveCount(0);

  const contacts = nurse.getByTestId('outreach-contacts');
  await contacts.getByLabel('Channel').selectOption('call');
  await contacts.getByLabel('Outcome').selectOption('no_answer');
  await contacts.getByLabel('Note (optional)').fill('Will call again in the evening');
  await contacts.getByRole('button', { name: 'Log the attempt' }).click();
  // The attempt is listed once, in the contact timeline, with its outcome.
  await expect(contacts.getByRole('status')).toHaveText('The attempt is logged.');
  await expect(nurse.getByTestId('contact-attempts')).toHaveCount(0);
  await expect(nurse.getByTestId('notes').getByRole('listitem').first()).toContainText('No answer');
  await expect(nurse.getByTestId('notes').getByRole('listitem').first()).toContainText(
    'Will call again in the evening',
  );

  const patient = await signedIn(browser, PATIENT_URL, PATIENT);
  await patient.goto(new URL('/pressure', PATIENT_URL).href);
  await expect(patient.getByTestId('my-series-progress')).toContainText('Days done: 0 of 7');
  const questionnaire = patient.getByTestId('my-questionnaire');
  await questionnaire.getByLabel('Dry cough').check();
  await questionnaire.getByLabel('Swollen ankles').check();
  await questionnaire.getByRole('button', { name: 'Send answers' }).click();
  await expect(questionnaire.getByTestId('questionnaire-sent')).toBeVisible();
  await expect(questionnaire).toContainText('Swollen ankles, Dry cough');

  // Chest pain points to urgent care at once.
  await questionnaire.getByLabel('Chest pain').check();
  await questionnaire.getByRole('button', { name: 'Send answers' }).click();
  await expect(questionnaire.getByTestId('questionnaire-urgent')).toContainText('103');

  await nurse.reload();
  const answers = nurse.getByTestId('outreach-answers');
  await expect(answers).toContainText('Chest pain');
  await expect(answers).toContainText('Swollen ankles, Dry cough');
  // …and is an urgent alert for the assistant, naming what the patient reported.
  const alert = nurse.locator('[data-testid="alert"][data-kind="symptoms_reported"]');
  await expect(alert).toContainText('Chest pain or breathlessness reported');
  await expect(alert).toContainText('Urgent');
  await expect(alert).toContainText('Chest pain');
});
