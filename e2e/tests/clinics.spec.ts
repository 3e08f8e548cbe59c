import { expect, test, type Browser } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// The clinic network in the patient app: filters as a GET form, the list as the accessible content and the
// map beside it. The tests have no internet, and tile requests are refused outright besides, so everything
// here works without map tiles.

// No tile ever loads: the page must not depend on it.
const member = (browser: Browser, login: string) =>
  signedIn(browser, PATIENT_URL, login, {
    prepare: (context) =>
      context.route(/tile\.openstreetmap\.org|\.png\?tile|\/\d+\/\d+\/\d+\.png$/, (route) => route.abort()),
  });

test('a member filters clinics by specialty and metro and opens a clinic card with its doctors', async ({
  browser,
}) => {
  const page = await member(browser, 'anna.petrova@demo.telemed');
  await openSection(page, 'Clinics');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Map of the clinics found/ })).toBeVisible();
  await expect(page.getByTestId('clinic-count')).toContainText(/\d+ clinics found/);

  const filters = page.getByRole('group', { name: 'Find a clinic' });
  await filters.getByLabel('Specialty').selectOption({ label: 'Therapist' });
  await filters.getByLabel('Metro station').fill('Arbat');
  await filters.getByLabel('Covered by my programme').check();
  await filters.getByRole('button', { name: 'Show clinics' }).click();
  await expect(page).toHaveURL(/specialty=therapist/);
  await expect(page.getByTestId('clinic-count')).toHaveText('1 clinic found');

  const card = page.getByTestId('clinic-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { name: 'Telemed Clinic Arbat' })).toBeVisible();
  await expect(card.getByTestId('clinic-address')).toHaveText('12 Arbat St, Moscow');
  await expect(card.getByTestId('clinic-metro')).toContainText('Arbatskaya (line 3), 5 min walk');
  await expect(card.getByRole('link', { name: '+7 495 123-45-67' })).toHaveAttribute(
    'href',
    'tel:+74951234567',
  );
  await expect(card.getByRole('link', { name: /Route to Telemed Clinic Arbat/ })).toHaveAttribute(
    'href',
    /yandex\.ru\/maps\/\?rtext=~55\.75\d*,37\.59\d*/,
  );

  await card.getByRole('link', { name: 'Telemed Clinic Arbat', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Telemed Clinic Arbat' })).toBeVisible();
  const hours = page.getByTestId('clinic-hours');
  await expect(hours.getByRole('listitem')).toHaveCount(7);
  await expect(hours.getByRole('listitem').first()).toHaveText(/Monday\s+08:00–21:00/);
  await expect(hours.getByRole('listitem').last()).toHaveText(/Sunday\s+10:00–16:00/);
  const doctors = page.getByTestId('clinic-doctors');
  await expect(doctors).toContainText('Elena Smirnova');
  await expect(
    doctors.getByRole('link', { name: 'Book an in-person visit with Elena Smirnova' }),
  ).toHaveAttribute('href', /^\/book\/[0-9a-f-]{36}\?format=in_person$/);
  await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('clinic-card.png'), fullPage: true });
});

test('a clinic without online booking shows its phone; filters that match nothing say so', async ({
  browser,
}) => {
  const page = await member(browser, 'anna.petrova@demo.telemed');
  await page.goto(new URL('/clinics?metro=VDNKh', PATIENT_URL).href);
  const card = page.getByTestId('clinic-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('clinic-by-phone')).toContainText('books visits by phone only');
  await expect(card.getByTestId('clinic-by-phone').getByRole('link')).toHaveAttribute('href', /^tel:\+7/);
  await expect(card.getByTestId('clinic-doctors')).toHaveCount(0);

  await page.goto(new URL('/clinics?metro=Nowhere+at+all&sunday=1', PATIENT_URL).href);
  await expect(page.getByTestId('no-clinics')).toBeVisible();
  await expect(page.getByLabel('Open on Sunday')).toBeChecked();
  await page.screenshot({ path: test.info().outputPath('clinics-none.png'), fullPage: true });
});
