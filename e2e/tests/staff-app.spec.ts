import { expect, test, type Browser, type Page } from '../fixtures.js';
import { finishSignIn } from '../second-factor.js';
import { DOCTOR_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// The web-doctor app (doctors, medical assistants, administrators) against the seeded demo world.
const PASSWORD = 'Telemed-Demo-2026';

const at = (path: string) => new URL(path, DOCTOR_URL).href;

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', DOCTOR_URL));
  return context.newPage();
}

async function signIn(page: Page, login: string) {
  await page.goto(at('/login'));
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await finishSignIn(page, login);
}

test("a doctor signs in to today's schedule and sees their profile", async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'dr.smirnova@demo.telemed');
  await expect(page).toHaveURL(at('/today'));
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s schedule' })).toBeVisible();
  await expect(page.getByTestId('today-schedule')).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Profile' }).click();
  const practitioner = page.getByTestId('practitioner');
  await expect(practitioner).toContainText('Elena Smirnova');
  await expect(practitioner).toContainText('Therapist');
});

test('a medical assistant signs in to the monitoring worklist', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'nurse.orlova@demo.telemed');
  await expect(page).toHaveURL(at('/monitoring'));
  await expect(page.getByTestId('role-line')).toHaveText('You are signed in as a medical assistant.');
  await expect(page.getByRole('heading', { name: 'Patients to review' })).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText(['Monitoring', 'Population', 'Profile']);

  // The doctor's schedule is not an assistant's page.
  const response = await page.goto(at('/today'));
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
});

test('a worklist page past the last one shows the last page', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'nurse.orlova@demo.telemed');
  await expect(page).toHaveURL(at('/monitoring'));
  // The demo assistant's patients fit on one page: a stale link to page 999 shows them, not an empty table.
  await page.goto(at('/monitoring?page=999'));
  await expect(page.getByTestId('worklist-row').first()).toBeVisible();
});

test('an administrator can sign in', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'admin@demo.telemed');
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByTestId('role-line')).toHaveText('You are signed in as an administrator.');
});

test('a patient account is refused by the staff app', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'anna.petrova@demo.telemed');
  await expect(page.getByRole('alert')).toHaveText(
    'This app is for clinic staff. Patients sign in to the patient app.',
  );
  await expect(page).toHaveURL(/\/login/);
});

test('a doctor signs out', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'dr.kuznetsov@demo.telemed');
  await expect(page).toHaveURL(at('/today'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(at('/login'));
  await page.goto(at('/today'));
  await expect(page).toHaveURL(at('/login?next=%2Ftoday'));
});
