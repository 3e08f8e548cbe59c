import { expect, test, type Page } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { patientIdOf } from '../api.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// Remote blood-pressure monitoring end to end: a monitored patient (api/src/seed/demo-people.ts, `monitoredBy`)
// enters a crisis reading, their assistant sees the alert and escalates, and a therapist takes the urgent consult.

const appointmentUrl = /\/appointments\/([0-9a-f-]{36})$/;

/** The assistant finds the patient by the whole name and date of birth, picks them and proposes. */
async function propose(nurse: Page, patient: { name: string; birthDate: string }, reason: string) {
  await nurse.goto(new URL('/monitoring/propose', DOCTOR_URL).href);
  await nurse.getByLabel('Name', { exact: true }).fill(patient.name);
  await nurse.getByLabel('Date of birth').fill(patient.birthDate);
  await nurse.getByRole('button', { name: 'Search' }).click();
  await nurse.getByRole('radio', { name: new RegExp(patient.name) }).check();
  await nurse.getByLabel('Why the patient needs monitoring').fill(reason);
  await nurse.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(nurse.getByTestId('proposal-sent')).toBeVisible();
}

/** The assistant's page for the patient: 404 until someone decides, and again once monitoring ends. */
async function assistantPageStatus(nurse: Page, patientId: string) {
  const response = await nurse.goto(new URL(`/monitoring/${patientId}`, DOCTOR_URL).href);
  return response?.status();
}

test('a crisis reading reaches the assistant within seconds and, escalated, the therapist’s urgent queue', async ({
  browser,
}) => {
  const patient = await signedIn(browser, PATIENT_URL, 'nikolai.volkov@demo.telemed');
  await patient.getByRole('navigation').getByRole('link', { name: 'Blood pressure', exact: true }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Blood pressure' })).toBeVisible();
  // Four weeks of seeded readings are already charted.
  await expect(patient.getByTestId('bp-chart')).toBeVisible();

  await patient.getByLabel('Upper (systolic), mmHg').fill('185');
  await patient.getByLabel('Lower (diastolic), mmHg').fill('118');
  await patient.getByLabel('Pulse, beats/min (optional)').fill('92');
  await patient.getByLabel('Severe headache').check();
  await patient.getByRole('button', { name: 'Save reading' }).click();
  await expect(patient.getByTestId('ambulance')).toContainText('Call an ambulance: 103 / 112');

  // The assistant's worklist refreshes by itself; the bull job raises the alert in the background.
  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await expect(nurse).toHaveURL(new URL('/monitoring', DOCTOR_URL).href);
  const row = nurse.getByTestId('worklist-row').filter({ hasText: 'Nikolai Volkov' });
  await expect(row.getByTestId('worklist-alert').filter({ hasText: 'Hypertensive crisis' })).toBeVisible({
    timeout: 30_000,
  });
  // Most urgent first.
  await expect(nurse.getByTestId('worklist-row').first()).toContainText('Nikolai Volkov');

  await row.getByRole('link', { name: 'Nikolai Volkov' }).click();
  const crisis = nurse.locator('[data-testid="alert"][data-kind="crisis"]').filter({ hasText: '185/118' });
  await expect(crisis).toBeVisible();
  await crisis
    .getByLabel('Note for the doctor')
    .fill('Severe headache since morning; 185/118 on two readings.');
  await crisis.getByRole('button', { name: 'Escalate to a doctor' }).click();
  await expect(nurse.getByTestId('escalated')).toBeVisible();
  await expect(crisis).toHaveCount(0);

  // The target form answers beside itself: a refused target with the api's reason, a change with a confirmation.
  const target = nurse.getByTestId('target');
  const systolic = target.getByLabel('Target systolic, mmHg');
  const diastolic = target.getByLabel('Target diastolic, mmHg');
  const was = [await systolic.inputValue(), await diastolic.inputValue()] as const;
  await systolic.fill('100');
  await diastolic.fill('100');
  await target.getByRole('button', { name: 'Change target' }).click();
  await expect(target.getByTestId('form-error')).toHaveText(
    'The diastolic (lower) target must be below the systolic (upper) target.',
  );
  await systolic.fill(was[0]);
  await diastolic.fill(was[1]);
  await target.getByRole('button', { name: 'Change target' }).click();
  await expect(target.getByTestId('target-changed')).toHaveText('Target changed.');
  await expect(target.getByTestId('form-error')).toHaveCount(0);

  // The therapist takes the waiting patients in turn until this one is hers.
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL('/today', DOCTOR_URL).href);
  await expect(doctor.getByTestId('urgent-waiting')).toBeVisible();
  for (let taken = 0; taken < 10; taken++) {
    await doctor.goto(new URL('/today', DOCTOR_URL).href);
    await doctor.getByRole('button', { name: 'Take next urgent patient' }).click();
    await expect(doctor).toHaveURL(appointmentUrl);
    if ((await doctor.getByRole('heading', { level: 1 }).textContent())?.includes('Nikolai Volkov')) break;
  }
  await expect(doctor.getByRole('heading', { level: 1 })).toContainText('Nikolai Volkov');
});

test('an assistant’s proposal opens nothing until the patient accepts, and the patient can stop monitoring', async ({
  browser,
}) => {
  const patientId = await patientIdOf('john.miller@demo.telemed');
  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await propose(
    nurse,
    { name: 'John Miller', birthDate: '1979-05-25' },
    'Home readings of 150/95 reported by phone',
  );
  await expect(nurse.getByTestId('my-proposals')).toContainText('Waiting for a decision');
  // Her list keeps the name hidden until the patient or a doctor accepts, and the record stays closed.
  await expect(nurse.getByTestId('my-proposals')).not.toContainText('John Miller');
  expect(await assistantPageStatus(nurse, patientId)).toBe(404);

  const patient = await signedIn(browser, PATIENT_URL, 'john.miller@demo.telemed');
  await patient.getByRole('navigation').getByRole('link', { name: 'Blood pressure', exact: true }).click();
  const proposal = patient.getByTestId('monitoring-proposal');
  await expect(proposal).toContainText('Home readings of 150/95 reported by phone');
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await expect(patient.getByTestId('monitoring-done')).toHaveText('Monitoring has started.');
  await expect(patient.getByLabel('Upper (systolic), mmHg')).toBeVisible();
  expect(await assistantPageStatus(nurse, patientId)).toBe(200);
  await expect(nurse.getByRole('heading', { level: 1 })).toHaveText('John Miller');

  await patient.getByRole('button', { name: 'End monitoring' }).click();
  await expect(patient.getByTestId('monitoring-done')).toHaveText('Monitoring has ended.');
  expect(await assistantPageStatus(nurse, patientId)).toBe(404);
});

test('the treating doctor approves a proposal on the patient page and ends monitoring there', async ({
  browser,
}) => {
  // Dr Smirnova has a consultation booked with Ivan Sokolov (demo seed), so she decides for him.
  const patientId = await patientIdOf('ivan.sokolov@demo.telemed');
  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await propose(
    nurse,
    { name: 'Ivan Sokolov', birthDate: '1983-09-30' },
    'Blood pressure 160/100 at the pharmacy',
  );
  expect(await assistantPageStatus(nurse, patientId)).toBe(404);

  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL('/patients', DOCTOR_URL).href);
  await doctor.getByTestId('monitoring-proposals').getByRole('link', { name: 'Ivan Sokolov' }).click();
  const card = doctor.getByTestId('monitoring-card');
  await expect(card.getByTestId('monitoring-proposal')).toContainText('Tatiana Orlova');
  await expect(card).toContainText('Blood pressure 160/100 at the pharmacy');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(card.getByTestId('monitoring-done')).toHaveText('Monitoring has started.');
  await expect(card.getByTestId('monitoring-active')).toContainText('Tatiana Orlova');
  expect(await assistantPageStatus(nurse, patientId)).toBe(200);

  await card.getByRole('button', { name: 'End monitoring' }).click();
  await expect(card.getByTestId('monitoring-done')).toHaveText('Monitoring has ended.');
  await expect(card.getByRole('button', { name: 'Enrol' })).toBeVisible();
  expect(await assistantPageStatus(nurse, patientId)).toBe(404);
});
