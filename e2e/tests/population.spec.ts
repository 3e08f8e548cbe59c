import { expect, test, type Browser, type Page } from '../fixtures.js';
import { apiSignIn, finishSignIn } from '../second-factor.js';

// The population view (HEARTS / Simple.org statuses): nurse Orlova's page shows the counts the api gives her,
// and Dr Smirnova reaches the same view of the monitored patients she treats from her patient list.
const DOCTOR_URL = process.env.DOCTOR_URL ?? 'http://127.0.0.1:5174';
const API_URL = process.env.API_URL ?? 'http://127.0.0.1:8787';
const PASSWORD = 'Telemed-Demo-2026';
const STATUSES = ['controlled', 'uncontrolled', 'no_reading_3m', 'lost_to_follow_up', 'first_3_months'];

async function signedIn(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: DOCTOR_URL }]);
  const page = await context.newPage();
  await page.goto(new URL('/login', DOCTOR_URL).href);
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await finishSignIn(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function apiCounts(login: string) {
  const session = await apiSignIn(API_URL, login, PASSWORD);
  const res = await fetch(`${API_URL}/monitoring/population`, { headers: { cookie: session.cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as { total: number; counts: Record<string, number> };
}

async function expectCounts(page: Page, view: { total: number; counts: Record<string, number> }) {
  for (const status of STATUSES)
    await expect(
      page
        .getByTestId('population-count')
        .and(page.locator(`[data-status="${status}"]`))
        .getByTestId('population-count-value'),
    ).toHaveText(String(view.counts[status]));
  await expect(page.getByTestId('population-trend').locator('tbody tr')).toHaveCount(12);
}

test('the assistant sees her enrolled patients by status, as the api counts them', async ({ browser }) => {
  const view = await apiCounts('nurse.orlova@demo.telemed');
  expect(view.total).toBeGreaterThan(0);
  const nurse = await signedIn(browser, 'nurse.orlova@demo.telemed');
  await nurse.getByRole('navigation').getByRole('link', { name: 'Population' }).click();
  await expect(nurse.getByRole('heading', { level: 1 })).toHaveText(
    'Population: blood pressure under control',
  );
  await expectCounts(nurse, view);
  await expect(nurse.getByTestId('population-total')).toHaveText(
    view.total === 1 ? '1 enrolled patient' : `${view.total} enrolled patients`,
  );
});

test('the doctor sees the monitored patients she treats', async ({ browser }) => {
  const view = await apiCounts('dr.smirnova@demo.telemed');
  const doctor = await signedIn(browser, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL('/patients', DOCTOR_URL).href);
  await doctor.getByRole('link', { name: 'My monitored patients: blood pressure under control' }).click();
  await expect(doctor).toHaveURL(/\/patients\/population$/);
  await expectCounts(doctor, view);
});
