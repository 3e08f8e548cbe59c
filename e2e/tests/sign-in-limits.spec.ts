import { expect, test, type Browser, type Page } from '../fixtures.js';
import { PATIENT_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// Someone who knows a patient's e-mail cannot keep her out: wrong guesses slow the account down for other
// browsers, but the browser she signed in from before still gets in (the app keeps the api's device cookie).
const PASSWORD = 'Telemed-Demo-2026';
const LOGIN = 'marina.orlova@demo.telemed';
const at = (path: string) => new URL(path, PATIENT_URL).href;

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', PATIENT_URL));
  return context.newPage();
}

async function signIn(page: Page, password: string) {
  await page.goto(at('/login'));
  await page.getByLabel('E-mail or phone').fill(LOGIN);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an attacker’s wrong passwords do not lock the owner out of her own browser', async ({ browser }) => {
  const owner = await englishPage(browser);
  await signIn(owner, PASSWORD);
  await expect(owner).toHaveURL(at('/'));
  // She closes the session (the device cookie stays, as it would after signing out).
  await owner.context().clearCookies({ name: 'tm_patient_session' });

  // The app keeps the api's device cookie for this browser, HttpOnly.
  const device = (await owner.context().cookies()).find((c) => c.name === 'tm_patient_device');
  expect(device?.httpOnly).toBe(true);

  // Guess until the account makes strangers wait (the wait doubles with each failure, so this ends).
  const attacker = await englishPage(browser);
  const tooMany = attacker.getByText(/Too many attempts/);
  for (let i = 0; i < 12 && !(await tooMany.isVisible()); i++) {
    await signIn(attacker, `Wrong-guess-${i}-x`);
    await expect(attacker.getByTestId('form-error')).toBeVisible();
  }
  await expect(tooMany).toBeVisible();

  await signIn(owner, PASSWORD);
  await expect(owner).toHaveURL(at('/'));
});
