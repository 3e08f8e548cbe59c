import { expect, test, type Browser, type Page } from '../fixtures.js';
import { PATIENT_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// Registration in the patient app: the form, then the code from the message (read here from the demo mailbox,
// which the app links to when the api has no e-mail or SMS delivery configured).
const at = (path: string) => new URL(path, PATIENT_URL).href;

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', PATIENT_URL));
  return context.newPage();
}

async function fillRegistration(page: Page, email: string, password = 'Quiet-harbour-4817') {
  await page.goto(at('/register'));
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Full name').fill('Olga Testova');
  await page.getByLabel('Date of birth').fill('1990-04-12');
  await page.getByLabel('Sex').selectOption('female');
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('a new patient registers with the code from her e-mail and is signed in', async ({ browser }) => {
  const page = await englishPage(browser);
  const email = `olga.${Date.now()}@example.org`;
  await fillRegistration(page, email);
  await expect(page).toHaveURL(at('/register/verify'));
  await expect(page.getByRole('heading', { level: 1, name: 'Check your messages' })).toBeVisible();

  await page.getByRole('link', { name: /Demo mailbox/ }).click();
  const message = page.getByRole('article').first();
  await expect(message).toContainText('Your Telemed registration code');
  const code = /\b(\d{6})\b/.exec((await message.textContent()) ?? '')?.[1];
  expect(code).toMatch(/^\d{6}$/);

  await page.getByRole('link', { name: 'Back to entering the code' }).click();
  await page.getByLabel(`Code from the e-mail to ${email}`).fill('000000' === code ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('The code is wrong or has expired.')).toBeVisible();
  await page.getByLabel(`Code from the e-mail to ${email}`).fill(code!);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByRole('heading', { level: 1, name: /Olga/ })).toBeVisible();
});

test('registering with an e-mail that has an account looks the same, and the message says so', async ({
  browser,
}) => {
  const page = await englishPage(browser);
  await fillRegistration(page, 'ivan.sokolov@demo.telemed');
  await expect(page).toHaveURL(at('/register/verify'));
  await expect(page.getByRole('heading', { level: 1, name: 'Check your messages' })).toBeVisible();
  await page.getByRole('link', { name: /Demo mailbox/ }).click();
  await expect(page.getByRole('article').first()).toContainText('You already have a Telemed account');
});

test('the app refuses a short or common password in the reader’s language', async ({ browser }) => {
  const page = await englishPage(browser);
  await fillRegistration(page, `short.${Date.now()}@example.org`, 'password12');
  await expect(page.getByText('The password needs at least 12 characters.')).toBeVisible();
  await fillRegistration(page, `common.${Date.now()}@example.org`, 'Telemed-Demo-2026');
  await expect(page.getByText(/This password is too easy to guess/)).toBeVisible();
});
