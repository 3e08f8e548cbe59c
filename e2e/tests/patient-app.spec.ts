import { expect, test, type Browser, type Page } from '../fixtures.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';
import { chosenLanguage } from '../sign-in.js';

// The web-patient app against the seeded demo world (api/src/seed/demo-people.ts).
const PASSWORD = 'Telemed-Demo-2026';

const at = (path: string) => new URL(path, PATIENT_URL).href;

/** A fresh browser context reading the app in English, so assertions do not depend on the account's language. */
async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', PATIENT_URL));
  return context.newPage();
}

async function signIn(page: Page, login: string, password = PASSWORD) {
  await page.goto(at('/login'));
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a parent signs in, switches language, and sees her profile and her two children', async ({
  browser,
}) => {
  const page = await englishPage(browser);
  await signIn(page, 'anna.petrova@demo.telemed');
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();

  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Здравствуйте, Анна Сергеевна' })).toBeVisible();
  await expect(nav('Медкарта')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await openSection(page, 'Profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByTestId('patient-name')).toHaveText('Anna Petrova');
  await expect(page.getByRole('heading', { name: 'Insurance' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the programme covers' })).toBeVisible();
  // The regions form's address, opened directly, leads to the insurance page where the form is.
  await page.goto(at('/insurance/regions'));
  await expect(page).toHaveURL(at('/insurance'));
  await expect(page).toHaveTitle(/\S/);

  await openSection(page, 'Family');
  const children = page.getByTestId('child');
  await expect(children).toHaveCount(2);
  await expect(children.filter({ hasText: 'Mikhail Petrov' })).toContainText('6 years');
  await expect(children.filter({ hasText: 'Sofia Petrova' })).toContainText('11 years');

  await page.getByRole('link', { name: /Sofia Petrova/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofia Petrova' })).toBeVisible();
  await expect(page.getByText('Child’s profile')).toBeVisible();
});

test("a patient of another family gets the 404 page for Anna's child", async ({ browser }) => {
  const anna = await englishPage(browser);
  await signIn(anna, 'anna.petrova@demo.telemed');
  await expect(anna).toHaveURL(at('/'));
  await anna.goto(at('/family'));
  const childPath = await anna.getByTestId('child').first().getByRole('link').getAttribute('href');
  expect(childPath).toMatch(/^\/family\/[0-9a-f-]{36}$/);
  // Anna herself may open it.
  expect((await anna.goto(at(childPath!)))?.status()).toBe(200);

  const ivan = await englishPage(browser);
  await signIn(ivan, 'ivan.sokolov@demo.telemed');
  await expect(ivan).toHaveURL(at('/'));
  const response = await ivan.goto(at(childPath!));
  expect(response?.status()).toBe(404);
  await expect(ivan.getByTestId('error-page')).toBeVisible();
  await expect(ivan.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a wrong password shows the error and keeps the user on the sign-in page', async ({ browser }) => {
  const page = await englishPage(browser);
  // An account no other test signs in with, so repeated runs cannot lock out the accounts the others use.
  await signIn(page, 'galina.ivanova@demo.telemed', 'not-the-password-1');
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail, phone or password.');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('E-mail or phone')).toHaveValue('galina.ivanova@demo.telemed');
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('signing out ends the session', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'ivan.sokolov@demo.telemed');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ivan' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(at('/login'));
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await page.goto(at('/profile'));
  await expect(page).toHaveURL(at('/login?next=%2Fprofile'));
});

test('a staff account is refused by the patient app', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, 'dr.kuznetsov@demo.telemed');
  await expect(page.getByRole('alert')).toHaveText(
    'This is a clinic staff account. Please sign in to the app for clinicians.',
  );
});
