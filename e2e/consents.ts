import { expect, type Page } from './fixtures.js';

/**
 * On the consents page (English): ticks the required consents, asks for the signature code and signs with it,
 * read from the demo mailbox the page shows outside production. Returns once they are signed.
 */
export async function signRequiredConsents(page: Page) {
  await page.getByRole('checkbox', { name: /Medical care by telemedicine \(Required/ }).check();
  await page.getByRole('checkbox', { name: /Processing of health data \(Required/ }).check();
  await page.getByRole('button', { name: 'Get a code to sign' }).click();
  const demo = page.getByTestId('demo-message');
  // In the account's language: the code is what matters here.
  await expect(demo).toContainText(/\b\d{6}\b/);
  const code = /\b(\d{6})\b/.exec((await demo.textContent()) ?? '')?.[1];
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

/** Signs the required consents with the code and waits for the page to say so. */
export async function acceptRequiredConsents(page: Page) {
  const code = await signRequiredConsents(page);
  await page.getByLabel('Code from the message').fill(code);
  await page.getByRole('button', { name: 'Sign and accept' }).click();
  await expect(page.getByTestId('consent-signed')).toBeVisible();
}
