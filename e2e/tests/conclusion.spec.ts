import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL, idIn } from '../urls.js';
import { signConclusion } from '../conclusion.js';
import { openSection } from '../nav.js';

// A doctor takes the next urgent patient, reads the pre-visit summary, writes and finalises a conclusion with
// an ICD-10 diagnosis and a lab order; the patient finds it in the archive and downloads the PDF.

const appointmentUrl = /\/appointments\/([0-9a-f-]{36})/;
const queueUrl = /\/urgent\/([0-9a-f-]{36})$/;

test('a doctor finalises a conclusion with a diagnosis and a lab order, and the patient reads it', async ({
  browser,
}) => {
  // A patient no other journey queues.
  const patient = await signedIn(browser, PATIENT_URL, 'olga.smirnova@demo.telemed');
  await patient.goto(new URL('/urgent', PATIENT_URL).href);
  await patient.getByRole('radio', { name: /^Me/ }).check();
  await patient.getByLabel('What happened?').fill('Sore throat and 38.2 °C since yesterday.');
  await patient.getByRole('button', { name: 'Join the queue' }).click();
  await expect(patient).toHaveURL(queueUrl);
  const id = idIn(patient, queueUrl);

  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  // Somebody may have queued before this patient: the doctor takes patients until this one is theirs.
  for (let taken = 0; taken < 10; taken++) {
    await doctor.goto(new URL('/today', DOCTOR_URL).href);
    await doctor.getByRole('button', { name: 'Take next urgent patient' }).click();
    await expect(doctor).toHaveURL(appointmentUrl);
    if (idIn(doctor, appointmentUrl) === id) break;
  }
  expect(idIn(doctor, appointmentUrl)).toBe(id);

  // The pre-visit summary, then the conclusion editor.
  await expect(doctor.getByRole('heading', { level: 1 })).toContainText('Olga Smirnova');
  await expect(doctor.getByTestId('patient-basics')).toContainText('Olga Smirnova');
  await doctor.getByRole('link', { name: 'Conclusion', exact: true }).click();
  await expect(doctor).toHaveURL(new RegExp(`/appointments/${id}/conclusion$`));
  await expect(doctor.getByRole('heading', { level: 1 })).toContainText('Conclusion · Olga Smirnova');

  // Olga saw a therapist in person two days ago (seed/consultation-types.ts): this consultation follows up
  // that diagnosis, so treatment may be prescribed (order 193n).
  await doctor
    .getByTestId('consultation-type')
    .getByRole('radio', { name: /J06\.9/ })
    .check();
  await expect(doctor.getByTestId('consultation-type-status')).toHaveText(
    'Follow-up of a diagnosis established in person.',
  );
  await doctor.getByLabel('Search ICD-10 by code or name').fill('J06');
  await doctor.getByTestId('icd-result').filter({ hasText: 'J06.9' }).click();
  await expect(doctor.getByTestId('chosen-diagnosis')).toContainText('J06.9');
  await doctor
    .getByLabel('Findings and history')
    .fill('Зев гиперемирован, налётов нет. Лимфоузлы не увеличены.');
  await doctor.getByLabel('Recommendations').fill('Тёплое питьё, полоскания горла, контроль температуры.');
  await doctor.getByRole('button', { name: '+ Add a medicine' }).click();
  const row = doctor.getByTestId('prescription-row').first();
  await row.getByLabel('Medicine').fill('Парацетамол');
  await row.getByLabel('Dose').fill('500 mg');
  await row.getByLabel('Frequency').fill('up to 3 times a day');
  await row.getByLabel('Duration').fill('3 days');
  const labTest = doctor.getByRole('group', { name: 'Tests ordered' }).getByRole('checkbox').first();
  await labTest.check();
  const labTestName = ((await labTest.locator('xpath=..').textContent()) ?? '').split('·')[0]!.trim();

  await doctor.getByRole('button', { name: 'Save draft' }).click();
  await expect(doctor.getByTestId('draft-saved')).toContainText('Draft saved at');
  await expect(doctor.getByTestId('conclusion-versions')).toContainText('Version 1 · draft');

  // Signing is confirmed in the page (conclusion-editor.spec.ts covers the dialog).
  await signConclusion(doctor);
  await expect(doctor.getByTestId('conclusion-diagnosis')).toContainText('J06.9');
  await expect(doctor.getByTestId('conclusion-versions')).toContainText('Version 1 · final');
  await expect(doctor.getByRole('button', { name: 'Start a correction' })).toBeVisible();

  // Monitoring is offered where a hypertension diagnosis is signed (consultation-type.spec.ts), not here.
  await expect(doctor.getByTestId('monitoring-offer')).toHaveCount(0);

  // The patient finds it in the archive and downloads the PDF.
  await openSection(patient, 'Archive');
  await expect(patient.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  const item = patient.getByTestId('archive-conclusion').filter({ hasText: 'J06.9' }).first();
  await expect(item).toContainText('Elena Smirnova');
  await item.getByRole('link').click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Doctor’s conclusion' })).toBeVisible();
  await expect(patient.getByTestId('conclusion-diagnosis')).toContainText('J06.9');
  await expect(patient.getByTestId('conclusion-lab-tests')).toContainText(labTestName);
  await expect(patient.getByTestId('conclusion-document')).toContainText('Парацетамол');

  const link = patient.getByTestId('download-pdf');
  const [download] = await Promise.all([patient.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await patient.request.get(new URL((await link.getAttribute('href'))!, PATIENT_URL).href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
