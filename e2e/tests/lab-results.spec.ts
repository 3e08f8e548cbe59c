import fs from 'node:fs';
import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// Anna confirms the lipid panel her doctor prescribed at a lab of her choice; the demo lab returns results,
// which she finds in her medical card, opens, follows on a trend chart, and can ask a doctor to decode.

test('a lab order goes to the demo lab and its result shows in the card and on its trend chart', async ({
  browser,
}) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed');

  await openSection(page, 'Tests');
  await expect(page).toHaveURL(/\/tests$/);
  const order = page
    .getByTestId('lab-order')
    .filter({ has: page.getByTestId('lab-order-tests').filter({ hasText: /lipid/i }) })
    .and(page.locator('[data-status="prescribed"]'))
    .first();
  await expect(order.getByTestId('lab-order-status')).toHaveText('Prescribed');
  const location = order.getByTestId('lab-location').first();
  await expect(location).toContainText(/Mon|Daily/);
  await expect(order.getByRole('link', { name: /Yandex Maps/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\/yandex\.ru\/maps\/\?pt=\d+\.\d+,\d+\.\d+&z=16$/,
  );
  const tests = (await order.getByTestId('lab-order-tests').textContent())!;
  await location.click();
  await order.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('tests-notice')).toContainText('confirmed');

  // The demo lab answers after a short delay in this stack; the page shows it by itself, without a reload.
  const confirmed = page.getByTestId('lab-order').filter({ hasText: tests }).first();
  await expect(confirmed.getByTestId('lab-order-status')).toHaveText('Results ready', { timeout: 30_000 });

  await page.getByRole('link', { name: 'Medical card', exact: true }).first().click();
  await expect(page).toHaveURL(/\/card/);
  // The whole card downloads as a FHIR R4 Bundle through the patient app.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export (FHIR)' }).click();
  const bundle = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string } }[];
  };
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.entry.filter((e) => e.resource.resourceType === 'DiagnosticReport').length).toBeGreaterThan(
    3,
  );

  await page.getByTestId('card-filter-lab_result').click();
  const newest = page.getByTestId('card-event').first();
  await expect(newest).toHaveAttribute('data-kind', 'lab_result');
  await newest.getByRole('link').click();
  await expect(page).toHaveURL(/\/card\/results\/[0-9a-f-]{36}/);
  const rows = page.getByTestId('lab-value');
  expect(await rows.count()).toBeGreaterThan(2);
  await expect(page.getByTestId('lab-result-table')).toContainText(/mmol\/L/);

  // A decoding is one press here (frictions.spec.ts sends one); the full form stays a link away.
  await expect(page.getByTestId('ask-decoding')).toHaveText('Ask for a decoding of these results');
  const reportId = /\/card\/results\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByTestId('decoding-form-link')).toHaveAttribute(
    'href',
    new RegExp(`kind=test_decoding&reportId=${reportId}`),
  );

  await rows.first().getByTestId('trend-link').click();
  await expect(page).toHaveURL(/\/card\/trends\/\d+-\d/);
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  expect(await page.getByTestId('trend-point').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('trend-band')).toHaveCount(1);
  expect(await page.getByTestId('trend-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  await page.context().close();
});
