import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// A patient downloads a signed conclusion as a structured document (HL7 CDA R2, the basis of SEMD) from the
// archive, beside the PDF. Read-only: the seeded hypertension conclusion of a patient enrolled in monitoring.
const PATIENT = 'sergey.kozlov@demo.telemed';

test('a patient downloads a signed conclusion as an HL7 CDA document', async ({ browser }) => {
  const page = await signedIn(browser, PATIENT_URL, PATIENT);

  await openSection(page, 'Archive');
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
  await page.context().close();
});
