import { expect, test, type Browser } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// An in-person visit booked in the same window as online consultations: from the clinic network to a doctor's
// in-person times, the franchise share shown before booking, the clinic's address and what to bring after, and
// the visit on the medical card. Vera Timofeeva (seed/in-person.ts) is this journey's own member: her
// franchise contract began three days before the seed, so the temporary franchise applies to her visits.
const LOGIN = 'vera.timofeeva@demo.telemed';

// Map tiles never load in tests; nothing here may depend on them.
const member = (browser: Browser) =>
  signedIn(browser, PATIENT_URL, LOGIN, {
    prepare: (context) =>
      context.route(/tile\.openstreetmap\.org|\.png\?tile|\/\d+\/\d+\/\d+\.png$/, (route) => route.abort()),
  });

test('a franchise member books an in-person visit at a covered clinic and sees it on her card', async ({
  browser,
}) => {
  const page = await member(browser);

  // The clinic network: a covered clinic near Arbat with a gastroenterologist.
  await openSection(page, 'Clinics');
  const filters = page.getByRole('group', { name: 'Find a clinic' });
  await filters.getByLabel('Specialty').selectOption({ label: 'Gastroenterologist' });
  await filters.getByLabel('Metro station').fill('Arbat');
  await filters.getByLabel('Covered by my programme').check();
  await filters.getByRole('button', { name: 'Show clinics' }).click();
  const card = page.getByTestId('clinic-card');
  await expect(card).toHaveCount(1);
  await card.getByRole('link', { name: 'Telemed Clinic Arbat', exact: true }).click();
  await page.getByRole('link', { name: 'Book an in-person visit with Dmitry Novikov' }).click();

  // The doctor's in-person times at the clinic, with the member's share shown up front.
  await expect(page).toHaveURL(/\/book\/[0-9a-f-]{36}\?format=in_person/);
  await expect(page.getByTestId('clinic-visit').getByTestId('clinic-address')).toHaveText(
    '12 Arbat St, Moscow',
  );
  await expect(page.getByTestId('visit-share')).toContainText('You pay');
  await expect(page.getByTestId('temporary-franchise')).toContainText('First 14 days of your contract');
  await page.getByTestId('slot').first().click();

  // Confirmation: the clinic, the share of the price (the temporary franchise: half of 3,400 roubles).
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm the booking' })).toBeVisible();
  await expect(page.getByTestId('clinic-address')).toHaveText('12 Arbat St, Moscow');
  await expect(page.getByTestId('visit-share-amount')).toContainText('(50%)');
  await expect(page.getByTestId('visit-share-amount')).toContainText('1,700');
  await expect(page.getByTestId('temporary-franchise')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'In person at the clinic' })).toBeChecked();
  await page.getByRole('button', { name: 'Book the consultation' }).click();

  // The appointment: where, how to get there, what to bring, and no call to join.
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\?booked=1/);
  await expect(page.getByTestId('clinic-address')).toHaveText('12 Arbat St, Moscow');
  await expect(page.getByRole('link', { name: /Route to Telemed Clinic Arbat/ })).toHaveAttribute(
    'href',
    /yandex\.ru\/maps\/\?rtext=~55\.75\d*,37\.59\d*/,
  );
  await expect(page.getByTestId('what-to-bring')).toContainText('Your passport');
  await expect(page.getByTestId('what-to-bring')).toContainText('insurance policy');
  await expect(page.getByTestId('no-call')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the consultation' })).toHaveCount(0);

  // The medical card's timeline shows the visit with its clinic.
  await page.getByRole('link', { name: 'Medical card', exact: true }).first().click();
  await expect(
    page.getByTestId('card-event').filter({ hasText: 'Dmitry Novikov, Telemed Clinic Arbat' }),
  ).toHaveCount(1);
});
