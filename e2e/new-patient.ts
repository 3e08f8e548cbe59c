import { expect, type Browser, type Page } from '@playwright/test';
import { PATIENT_URL } from './urls.js';
import { chosenLanguage } from './sign-in.js';

/** A fresh browser context (at `viewport`, if given) whose pages open in English: nobody is signed in. */
export async function englishPage(
  browser: Browser,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  await context.addCookies(chosenLanguage('en', PATIENT_URL));
  return context.newPage();
}

export interface NewPatient {
  email: string;
  fullName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  password?: string;
}

/**
 * Registers a patient through the app's own form, reads the code from the demo mailbox and confirms it, as a new
 * user does; ends signed in on the home page. The page must be in English.
 */
export async function registerInApp(page: Page, who: NewPatient) {
  const at = (path: string) => new URL(path, PATIENT_URL).href;
  await page.goto(at('/register'));
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password ?? 'Quiet-harbour-4817');
  await page.getByLabel('Full name').fill(who.fullName);
  await page.getByLabel('Date of birth').fill(who.birthDate);
  await page.getByLabel('Sex').selectOption('female');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('link', { name: /Demo mailbox/ }).click();
  const message = page.getByRole('article').first();
  await expect(message).toContainText('Your Telemed registration code');
  const code = /\b(\d{6})\b/.exec((await message.textContent()) ?? '')?.[1];
  await page.getByRole('link', { name: 'Back to entering the code' }).click();
  await page.getByLabel(`Code from the e-mail to ${who.email}`).fill(code!);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(at('/'));
}
