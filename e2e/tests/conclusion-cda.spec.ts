import { expect, test } from '../fixtures.js';
import { finishSignIn } from '../second-factor.js';

// A patient downloads a signed conclusion as a structured document (HL7 CDA R2, the basis of SEMD) from the
// archive, beside the PDF. Read-only: the seeded hypertension conclusion of a patient enrolled in monitoring.
const PATIENT_URL = process.env.PATIENT_URL ?? 'http://127.0.0.1:5173';
const PASSWORD = 'Telemed-Demo-2026';
const PATIENT = 'sergey.kozlov@demo.telemed';

test('a patient downloads a signed conclusion as an HL7 CDA document', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: PATIENT_URL }]);
  const page = await context.newPage();
  await page.goto(new URL('/login', PATIENT_URL).href);
  await page.getByLabel('E-mail or phone').fill(PATIENT);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await finishSignIn(page, PATIENT);
  await expect(page).not.toHaveURL(/\/login/);

  await page.getByRole('navigation').getByRole('link', { name: 'Archive' }).click();
  const item = page.getByTestId('archive-conclusion').filter({ hasText: 'I10' }).first();
  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doctor’s conclusion' })).toBeVisible();

  const link = page.getByRole('link', { name: 'Download CDA (SEMD)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.cda\.xml$/);
  const res = await page.request.get(new URL((await link.getAttribute('href'))!, PATIENT_URL).href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/xml');
  const xml = await res.text();
  expect(xml).toContain('<ClinicalDocument xmlns="urn:hl7-org:v3"');
  expect(xml).toContain('code="I10"');
  await context.close();
});
