import { expect, test, type Page } from '../fixtures.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL } from '../urls.js';

// Monitoring started from the interface: an assistant finds a new patient by name and date of birth and
// proposes; a doctor finds her patient by phone and enrols them from the patient page. Patients not enrolled
// in the seed (monitoring.spec.ts reads the seeded ones), and an assistant other specs do not use.
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function screenshots(page: Page, name: string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: test.info().outputPath(`${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

test('an assistant finds a new patient by name and date of birth and proposes monitoring', async ({
  browser,
}) => {
  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.karpov@demo.telemed', { viewport: DESKTOP });
  await expect(nurse).toHaveURL(new URL('/monitoring', DOCTOR_URL).href);
  await nurse.getByRole('link', { name: 'Propose monitoring for a patient' }).click();
  await expect(nurse.getByRole('heading', { level: 1 })).toHaveText('Propose blood-pressure monitoring');

  // Part of a name finds only her own patients: nobody she could browse through.
  await nurse.getByLabel('Name', { exact: true }).fill('Olga');
  await nurse.getByRole('button', { name: 'Search' }).click();
  await expect(nurse.getByText('Nobody found.')).toBeVisible();
  await expect(nurse.getByRole('radio')).toHaveCount(0);

  // Too short a name is refused beside the field, in the page's language.
  await nurse.getByLabel('Name', { exact: true }).fill('O');
  await nurse.getByRole('button', { name: 'Search' }).click();
  await expect(nurse.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // The whole name and the date of birth identify her.
  await nurse.getByLabel('Name', { exact: true }).fill('Olga Smirnova');
  await nurse.getByLabel('Date of birth').fill('2001-12-02');
  await nurse.getByRole('button', { name: 'Search' }).click();
  const result = nurse.getByTestId('search-result');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Olga Smirnova');
  await expect(result).toContainText('Not monitored by you');
  const pick = nurse.getByRole('radio', { name: /Olga Smirnova/ });
  await expect(pick).toBeChecked();
  await screenshots(nurse, 'assistant-search');

  await nurse
    .getByLabel('Why the patient needs monitoring')
    .fill('Readings of 150/95 at the workplace check-up');
  await nurse.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(nurse).toHaveURL(/\/monitoring\?proposed$/);
  await expect(nurse.getByTestId('proposal-sent')).toBeVisible();
  await expect(nurse.getByTestId('my-proposals')).toContainText('Waiting for a decision');

  // Found again, she is shown as proposed, no longer offered for a second proposal.
  await nurse.goto(new URL('/monitoring/propose?name=Olga', DOCTOR_URL).href);
  await expect(nurse.getByTestId('search-result')).toContainText('Your proposal is waiting');
  await expect(nurse.getByRole('radio')).toHaveCount(0);
});

test('a doctor finds her patient by phone and enrols them in monitoring from the patient page', async ({
  browser,
}) => {
  // A consultation with Dr Smirnova makes Elena Nikitina her patient.
  await urgentConsultationNow('elena.nikitina@demo.telemed', 'chat');
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', { viewport: DESKTOP });
  await doctor.goto(new URL('/patients', DOCTOR_URL).href);
  await doctor.getByLabel('Phone').fill('+7 (916) 000-00-06');
  await doctor.getByRole('button', { name: 'Search' }).click();
  const row = doctor.getByTestId('patient-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Elena Nikitina');
  await expect(row).toContainText('Your patient');
  await screenshots(doctor, 'doctor-search');

  await row.getByRole('link', { name: 'Elena Nikitina' }).click();
  const card = doctor.getByTestId('monitoring-card');
  await expect(card).toContainText('Not in blood-pressure monitoring.');
  await card.getByLabel('Assistant').selectOption({ label: 'Viktor Karpov' });
  await card.getByLabel('Target systolic, mmHg').fill('130');
  await card.getByRole('button', { name: 'Enrol' }).click();
  await expect(card.getByTestId('monitoring-done')).toHaveText('The patient is enrolled.');
  await expect(card.getByTestId('monitoring-active')).toContainText('Viktor Karpov');
  await expect(card.getByTestId('monitoring-active')).toContainText('130/85');
  await screenshots(doctor, 'doctor-enrolled');

  // A patient outside her relation is not found, however exactly she names him.
  await doctor.goto(new URL('/patients?q=Roman+Denisov&birthDate=1984-05-17', DOCTOR_URL).href);
  await expect(doctor.getByTestId('patient-row')).toHaveCount(0);
});
