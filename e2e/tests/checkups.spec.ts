import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';

// Check-ups against the real api: a woman who turns 40 this year, with a compulsory (OMS) policy, is told on
// her home page that the free dispanserization is due (Ministry of Health order 404n: yearly from 40), sees
// what it includes, books it at a clinic and finds it among her appointments. Only this journey books for her.
const LOGIN = 'tatiana.kravtsova@demo.telemed';

test('a member of 40 sees she is due the free dispanserization and books it at a clinic', async ({
  browser,
}) => {
  const page = await signedIn(browser, PATIENT_URL, LOGIN);

  // The home page tells her, and leads to the check-ups page.
  const notice = page.getByTestId('screening-notice');
  await expect(notice).toContainText('You are eligible for the free dispanserization this year');
  await notice.getByRole('link', { name: 'Book it' }).click();
  await expect(page).toHaveURL(/\/checkups$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ups and screening' })).toBeVisible();
  await expect(page.getByTestId('screening-eligible')).toContainText(
    'You are eligible for the free dispanserization this year',
  );

  const dispanserization = page.locator('[data-testid="screening"][data-code="oms_dispanserization"]');
  await expect(dispanserization.getByText('Mammography (40–75, every 2 years)')).toBeVisible();
  await expect(page.locator('[data-testid="checkup-package"][data-code="checkup_women_30"]')).toBeVisible();
  await expect(page.locator('[data-testid="checkup-package"][data-code="checkup_men_40"]')).toHaveCount(0);

  // Book it: a clinic, then a day and a time from the clinic's free morning times.
  await dispanserization.getByTestId('book-screening').click();
  const booking = page.locator('#book');
  await expect(booking.getByRole('heading', { name: 'Book: Dispanserization (OMS)' })).toBeVisible();
  const clinicSelect = booking.getByLabel('Clinic');
  const firstClinic = clinicSelect.locator('option:not([value=""])').first();
  const clinicLabel = (await firstClinic.textContent())!.trim();
  await clinicSelect.selectOption({ label: clinicLabel });
  await booking.getByRole('button', { name: 'Show free times' }).click();
  const times = booking.getByRole('radio');
  await expect(times.first()).toBeVisible();
  // Clear of the cancellation cut-off, whenever the journey runs.
  await times.nth(3).check();
  await booking.getByRole('button', { name: 'Book the check-up' }).click();

  const confirmation = page.getByTestId('checkup-confirmation');
  await expect(confirmation.getByRole('heading', { name: 'Booked' })).toBeVisible();
  const address = clinicLabel.split(' — ')[1]!;
  await expect(confirmation.getByTestId('checkup-address')).toHaveText(address);
  await expect(page.getByTestId('screening-eligible')).toHaveCount(0);
  await expect(dispanserization.getByTestId('screening-booked')).toBeVisible();

  // Among her appointments, in person, and the home page no longer nudges her.
  await page.goto(new URL('/', PATIENT_URL).href);
  await expect(page.getByTestId('screening-notice')).toHaveCount(0);
  const visit = page.getByTestId('appointment').filter({ hasText: 'Dispanserization (OMS)' });
  await expect(visit).toHaveCount(1);
  await expect(visit).toContainText('In person');
  await page.context().close();
});
