import { expect, test, type Browser, type Page } from '../fixtures.js';
import { finishSignIn } from '../second-factor.js';
import { API_URL, DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// Password reset in the patient app: ask from the sign-in page, read the code from the demo mailbox
// (which the app links to when the api has no e-mail or SMS delivery configured), set a new password
// and sign in with it. The account is registered here, so no other spec's demo account changes password.
const at = (path: string) => new URL(path, PATIENT_URL).href;
const OLD_PASSWORD = 'Quiet-harbour-4817';
const NEW_PASSWORD = 'Lantern-meadow-5293';

async function englishPage(browser: Browser, url = PATIENT_URL): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', url));
  return context.newPage();
}

/** The 6-digit code in the newest message of the api's development mailbox. */
async function latestCode(page: Page, to: string) {
  const res = await page.request.get(`${API_URL}/dev/mailbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await res.json()) as { messages: { text: string }[] };
  return /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1] ?? '';
}

async function registerThroughApi(page: Page, email: string) {
  const registered = await page.request.post(`${API_URL}/auth/register`, {
    data: {
      email,
      password: OLD_PASSWORD,
      fullName: 'Vera Testova',
      birthDate: '1988-03-05',
      sex: 'female',
      locale: 'en',
    },
  });
  expect(registered.status()).toBe(202);
  const verified = await page.request.post(`${API_URL}/auth/register/verify`, {
    data: { login: email, code: await latestCode(page, email) },
  });
  expect(verified.status()).toBe(201);
}

test('a patient who forgot her password sets a new one with the code from her e-mail and signs in', async ({
  browser,
}) => {
  const page = await englishPage(browser);
  const email = `vera.${Date.now()}@example.org`;
  await registerThroughApi(page, email);

  await page.goto(at('/login'));
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('E-mail or phone').fill(email);
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page).toHaveURL(at('/forgot-password/reset'));
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();

  await page.getByRole('link', { name: /Demo mailbox/ }).click();
  const message = page.getByRole('article').first();
  await expect(message).toContainText('Your Telemed password reset code');
  const code = /\b(\d{6})\b/.exec((await message.textContent()) ?? '')?.[1];
  expect(code).toMatch(/^\d{6}$/);
  await page.getByRole('link', { name: 'Back to entering the code' }).click();

  // A weak password is refused, and the code still works for a better one.
  await page.getByLabel('Code from the message').fill(code!);
  await page.getByLabel('New password').fill('password12');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('The password needs at least 12 characters.')).toBeVisible();
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(at('/login?reset=done'));
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();

  await page.getByLabel('E-mail or phone').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(OLD_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong e-mail, phone or password.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByRole('heading', { level: 1, name: /Vera/ })).toBeVisible();
});

test('a doctor resets her password in the staff app and still confirms her sign-in with the authenticator', async ({
  browser,
}) => {
  const page = await englishPage(browser, DOCTOR_URL);
  const login = 'dr.romanov@demo.telemed'; // no other journey signs in as him
  await page.goto(new URL('/login', DOCTOR_URL).href);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  // The sign-in page has a field with the same label: wait for the reset page before typing.
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
  await page.getByLabel('Code from the message').fill(await latestCode(page, login));
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();

  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await finishSignIn(page, login);
  await expect(page).toHaveURL(new URL('/today', DOCTOR_URL).href);
});
