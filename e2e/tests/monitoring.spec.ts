import { expect, test, type Browser, type Page } from '@playwright/test';

// Remote blood-pressure monitoring end to end: a monitored patient (api/src/seed/demo-people.ts, `monitoredBy`)
// enters a crisis reading, their assistant sees the alert and escalates, and a therapist takes the urgent consult.
const PATIENT_URL = process.env.PATIENT_URL ?? 'http://127.0.0.1:5173';
const DOCTOR_URL = process.env.DOCTOR_URL ?? 'http://127.0.0.1:5174';
const PASSWORD = 'Telemed-Demo-2026';

async function signedIn(browser: Browser, appUrl: string, login: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: appUrl }]);
  const page = await context.newPage();
  await page.goto(new URL('/login', appUrl).href);
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

const appointmentUrl = /\/appointments\/([0-9a-f-]{36})$/;

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
