import { expect, test } from '../fixtures.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { signConclusion } from '../conclusion.js';

// Consultation types by 323-FZ art. 36.2 part 3 and order 193n (2025). Artem Gusev had essential hypertension
// diagnosed at an in-person visit a month ago (seed/consultation-types.ts); no other journey reads his record.
// A first remote contact gives a preliminary diagnosis, prescribes nothing and recommends an in-person visit;
// a remote follow-up of the in-person diagnosis may correct its treatment.
const PATIENT = 'artem.gusev@demo.telemed';

test('a first remote contact: no prescriptions, an in-person visit is required, the patient reads it', async ({
  browser,
}) => {
  const { id } = await urgentConsultationNow(PATIENT, 'chat');
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL(`/appointments/${id}/conclusion`, DOCTOR_URL).href);
  await expect(doctor.getByRole('heading', { level: 1 })).toContainText('Artem Gusev');

  // The block offers the in-person diagnosis of the card; by default this is a first contact.
  const block = doctor.getByTestId('consultation-type');
  await expect(block.getByRole('radio', { name: /I10 — Essential/ })).toBeVisible();
  await expect(
    block.getByRole('radio', { name: 'No in-person diagnosis (a first contact)', exact: true }),
  ).toBeChecked();
  // Said once (the status), and the legend names the field once.
  await expect(doctor.getByText('First contact: no in-person diagnosis for this problem.')).toHaveCount(1);
  await expect(doctor.getByTestId('diagnosis-legend')).toHaveText(
    'Preliminary (suspected) diagnosis, ICD-10',
  );
  await expect(doctor.getByTestId('in-person-visit').locator('legend')).toHaveText(
    'In-person visit recommended · Required at a first contact',
  );
  // An urgent consultation starts when the doctor takes it: signing is open at once.
  await expect(doctor.getByTestId('sign-not-started')).toHaveCount(0);
  await expect(doctor.getByTestId('prescriptions-unavailable')).toContainText(
    'Treatment is not prescribed at a first remote contact',
  );
  await expect(doctor.getByRole('button', { name: '+ Add a medicine' })).toHaveCount(0);

  await doctor.getByLabel('Search ICD-10 by code or name').fill('R51');
  await doctor.getByTestId('icd-result').filter({ hasText: 'R51' }).first().click();
  await doctor
    .getByLabel('Recommendations')
    .fill('Питьё, отдых; при боли — парацетамол 500 мг по инструкции.');

  // Signing without the in-person visit is stopped next to its field.
  await doctor.getByRole('button', { name: 'Sign the conclusion…' }).click();
  await expect(doctor.getByRole('dialog')).toHaveCount(0);
  await expect(doctor.getByTestId('in-person-error')).toBeVisible();
  await doctor.getByLabel('Urgency').selectOption('planned');
  await doctor.getByTestId('in-person-visit').getByLabel('Specialty').selectOption('neurologist');
  await doctor.getByLabel('Within how many days').fill('5');
  await doctor.screenshot({ path: test.info().outputPath('first-contact-editor.png'), fullPage: true });

  await doctor.getByRole('button', { name: 'Sign the conclusion…' }).click();
  const dialog = doctor.getByRole('dialog', { name: 'Sign the conclusion?' });
  await expect(dialog).toContainText('Preliminary (suspected) diagnosis: R51');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(doctor.getByTestId('conclusion-notice')).toHaveText(
    'The conclusion is final and the patient has been notified.',
  );
  await expect(doctor.getByTestId('conclusion-type')).toHaveText('First remote consultation');

  // The patient sees the preliminary diagnosis and the recommended visit.
  const patient = await signedIn(browser, PATIENT_URL, PATIENT);
  await patient.goto(new URL('/archive', PATIENT_URL).href);
  const item = patient.getByTestId('archive-conclusion').filter({ hasText: 'R51' }).first();
  await expect(item.getByTestId('archive-preliminary')).toHaveText('preliminary');
  await item.getByRole('link').click();
  await expect(patient.getByTestId('conclusion-preliminary')).toHaveText(
    'Preliminary diagnosis — an in-person visit is recommended: Neurologist, within 5 days',
  );
  await expect(patient.getByTestId('conclusion-document')).toContainText(
    'No treatment is prescribed before an in-person examination.',
  );
  await doctor.context().close();
  await patient.context().close();
});

test('a remote follow-up of the in-person diagnosis corrects the treatment', async ({ browser }) => {
  const { id } = await urgentConsultationNow(PATIENT, 'video');
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL(`/appointments/${id}/conclusion`, DOCTOR_URL).href);

  await doctor
    .getByTestId('consultation-type')
    .getByRole('radio', { name: /I10 — Essential/ })
    .check();
  await expect(doctor.getByTestId('consultation-type-status')).toHaveText(
    'Follow-up of a diagnosis established in person.',
  );
  // The established diagnosis becomes the main one; prescriptions are open again.
  await expect(doctor.getByTestId('chosen-diagnosis')).toContainText('I10');
  await expect(doctor.getByTestId('diagnosis-legend')).toHaveText('Diagnosis (ICD-10)');
  await doctor.getByRole('button', { name: '+ Add a medicine' }).click();
  const row = doctor.getByTestId('prescription-row').first();
  await row.getByLabel('Medicine').fill('Амлодипин');
  await row.getByLabel('Dose').fill('5 mg');
  await row.getByLabel('Frequency').fill('once a day');
  await row.getByLabel('Duration').fill('continuously');
  await doctor.screenshot({ path: test.info().outputPath('follow-up-editor.png'), fullPage: true });

  await signConclusion(doctor);
  await expect(doctor.getByTestId('conclusion-type')).toHaveText(
    'Remote follow-up of an in-person diagnosis',
  );
  await expect(doctor.getByTestId('conclusion-established')).toContainText('I10');
  await expect(doctor.getByTestId('conclusion-document')).toContainText('Амлодипин');
  await expect(doctor.getByTestId('conclusion-preliminary')).toHaveCount(0);
  // A hypertension diagnosis (I10–I15) signed: home blood-pressure monitoring is offered right here.
  await expect(
    doctor.getByTestId('monitoring-offer').getByRole('heading', { name: 'Blood-pressure monitoring' }),
  ).toBeVisible();
  await doctor.context().close();
});
