import { expect, test, type Browser, type Page } from '../fixtures.js';
import { finishSignIn } from '../second-factor.js';

// Issue 18: Pavel Orlov (api/src/seed/titration.ts) is above his target for two weeks on step 1 of a titration
// protocol; the assistant sees the proposed step, the doctor approves it in one click, and the patient sees
// the new plan and the lab check. This journey changes Pavel's plan; no other spec reads it.
const PATIENT_URL = process.env.PATIENT_URL ?? 'http://127.0.0.1:5173';
const DOCTOR_URL = process.env.DOCTOR_URL ?? 'http://127.0.0.1:5174';
const PASSWORD = 'Telemed-Demo-2026';
const API_URL = process.env.API_URL ?? 'http://127.0.0.1:8787';
const PATIENT = 'pavel.orlov@demo.telemed';

async function signedIn(browser: Browser, appUrl: string, login: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: appUrl }]);
  const page = await context.newPage();
  await page.goto(new URL('/login', appUrl).href);
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await finishSignIn(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function patientIdOf(login: string) {
  const signIn = await fetch(`${API_URL}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const family = await fetch(`${API_URL}/me/family`, { headers: { cookie } });
  return ((await family.json()) as { self: { id: string } }).self.id;
}

test('above target for two weeks: proposed step, doctor approves, patient sees the plan and the lab check', async ({
  browser,
}) => {
  const patientId = await patientIdOf(PATIENT);

  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await nurse.goto(new URL(`/monitoring/${patientId}`, DOCTOR_URL).href);
  const proposal = nurse.getByTestId('titration-proposal');
  await expect(proposal).toContainText('Proposed: step 2 — ACEi + CCB, full dose, awaiting doctor');
  await expect(proposal).toContainText('target 135/85');
  await expect(nurse.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL('/titration', DOCTOR_URL).href);
  const card = doctor.getByTestId('titration-proposal').filter({ hasText: 'Pavel Orlov' });
  await expect(card).toContainText('Perindopril 10 mg + amlodipine 10 mg');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(doctor.getByRole('status')).toContainText('Approved');
  await expect(doctor.getByTestId('titration-proposal').filter({ hasText: 'Pavel Orlov' })).toHaveCount(0);

  const patient = await signedIn(browser, PATIENT_URL, PATIENT);
  await patient.goto(new URL('/pressure', PATIENT_URL).href);
  const plan = patient.getByTestId('my-plan');
  await expect(plan).toContainText(
    'Your plan: Perindopril 10 mg + amlodipine 10 mg once daily in the morning from',
  );
  await expect(plan).toContainText('Next check');
  await expect(plan).toContainText('Potassium and creatinine blood test by');
  await plan.getByRole('link', { name: 'Choose a lab for your tests' }).click();
  await expect(patient.getByText('Potassium').first()).toBeVisible();
});
