import { signRequiredConsents } from '../consents.js';
import { expect, test, type Page } from '../fixtures.js';
import { apiCall, apiSession } from '../api.js';
import { signedIn, signIn } from '../sign-in.js';
import { englishPage, registerInApp } from '../new-patient.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// Consents before the first consultation (api domains/consents): a new patient is led from booking to sign them
// with a code from her e-mail (a simple electronic signature), then withdraws one and can no longer book; a
// parent signs for her child. The demo mailbox is shown on the consents page outside production.
const at = (path: string) => new URL(path, PATIENT_URL).href;

/** From the booking page to a therapist's free time: the step that needs consents. */
async function chooseTherapistTime(page: Page) {
  await page.goto(at('/book'));
  await page.getByRole('radio', { name: 'Therapist', exact: true }).check();
  await page.getByRole('button', { name: 'Find doctors' }).click();
  await page
    .getByTestId('doctor-card')
    .first()
    .getByRole('link', { name: /Choose a time/ })
    .click();
  await page.getByTestId('slot').last().click();
}

test('a new patient is led from booking to the consents, signs them with an e-mail code, and books; a withdrawn consent then blocks booking', async ({
  browser,
}) => {
  // Registration, signing, booking, withdrawal and two refusals: a long journey.
  test.slow();
  const page = await englishPage(browser);
  const email = `nina.${Date.now()}@example.org`;
  await registerInApp(page, { email, fullName: 'Nina Soglasova', birthDate: '1989-06-21' });

  // Booking: the chosen time leads to the consents first, and says why.
  await chooseTherapistTime(page);
  await expect(page).toHaveURL(/\/consents\?/);
  await expect(page.getByTestId('consent-gate')).toContainText('Before booking a consultation');
  await expect(page.getByTestId('consent-telemedicine_intervention')).toContainText('Not accepted yet');
  const code = await signRequiredConsents(page);
  await expect(page.getByText(/We have sent a code to n\*\*\*@example\.org/)).toBeVisible();

  // A wrong code is refused; the right one signs.
  await page.getByLabel('Code from the message').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Sign and accept' }).click();
  await expect(page.getByRole('alert')).toContainText('The signature code is wrong or has expired');
  await page.getByLabel('Code from the message').fill(code);
  await page.getByRole('button', { name: 'Sign and accept' }).click();
  await expect(page.getByTestId('consent-signed')).toContainText('Signed. Thank you.');
  await expect(page.getByTestId('consent-telemedicine_intervention')).toContainText(
    /Accepted: version 2, .* by Nina Soglasova \(the patient\)/,
  );
  await expect(page.getByTestId('consent-history')).toContainText('code by e-mail');

  // Back to the booking where it stopped.
  await page.getByRole('link', { name: 'Continue booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm the booking' })).toBeVisible();

  // Withdrawing: the page says the record is kept; no new consultation can be booked.
  await page.goto(at('/consents'));
  const personalData = page.getByTestId('consent-personal_data');
  await personalData.getByText('Withdraw', { exact: true }).click();
  await expect(personalData).toContainText('Without this consent no new consultations can be booked');
  await expect(personalData).toContainText('order 947n');
  await personalData
    .getByRole('button', { name: /Withdraw the consent “Processing of health data”/ })
    .click();
  await expect(page.getByTestId('consent-withdrawn')).toContainText('The consent has been withdrawn.');
  await expect(page.getByTestId('consent-personal_data')).toContainText(/Withdrawn /);
  await expect(page.getByTestId('records-kept')).toContainText('does not delete your medical record');

  // The urgent queue says so up front, and refuses with a clear message.
  await page.goto(at('/urgent'));
  await expect(page.getByTestId('urgent-consents-needed')).toContainText(
    'Before a consultation for Nina Soglasova, the required consents must be accepted.',
  );
  await page.getByRole('button', { name: 'Join the queue' }).click();
  await expect(page.getByRole('alert').first()).toContainText(
    'A required consent has been withdrawn (Processing of health data), so no new consultations can be booked.',
  );

  // A planned booking leads back to the consents.
  await chooseTherapistTime(page);
  await expect(page).toHaveURL(/\/consents\?/);
  await expect(page.getByTestId('consent-gate')).toBeVisible();
  await expect(page.getByTestId('consent-personal_data')).toContainText(/Withdrawn /);
});

test('a parent signs the consents for her child under 15', async ({ browser }) => {
  const page = await englishPage(browser);
  await signIn(page, PATIENT_URL, 'marina.zaitseva@demo.telemed');

  await page.goto(at('/consents'));
  await expect(page.getByTestId('consents-complete')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Consents of' })
    .getByRole('link', { name: /Timofey/ })
    .click();
  await expect(page.getByTestId('consent-personal_data')).toContainText('Not accepted yet');
  const code = await signRequiredConsents(page);
  await page.getByLabel('Code from the message').fill(code);
  await page.getByRole('button', { name: 'Sign and accept' }).click();
  await expect(page.getByTestId('consent-signed')).toBeVisible();
  await expect(page.getByTestId('consents-complete')).toBeVisible();
  await expect(page.getByTestId('consent-telemedicine_intervention')).toContainText(
    /by Marina Zaitseva \(parent or guardian\)/,
  );
});

test('the doctor sees the patient’s consents in the pre-visit summary', async ({ browser }) => {
  // Marina Zaitseva (consents signed at seeding) books Dr Smirnova's next free video slot.
  const patient = await apiSession('marina.zaitseva@demo.telemed');
  const family = (await (await apiCall(patient, 'GET', '/me/family')).json()) as { self: { id: string } };
  const { items: doctors } = (await (
    await apiCall(patient, 'GET', `/doctors?specialty=therapist&patientId=${family.self.id}&format=video`)
  ).json()) as { items: { id: string; fullName: { en: string } }[] };
  const doctorId = doctors.find((d) => d.fullName.en === 'Elena Smirnova')!.id;
  const { items: slots } = (await (
    await apiCall(patient, 'GET', `/doctors/${doctorId}/slots?days=7&format=video`)
  ).json()) as { items: { id: string }[] };
  const booked = await apiCall(patient, 'POST', '/appointments', {
    patientId: family.self.id,
    slotId: slots[slots.length - 1]!.id,
    format: 'video',
  });
  expect(booked.status, await booked.clone().text()).toBe(201);
  const { id } = (await booked.json()) as { id: string };

  const page = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await page.goto(new URL(`/appointments/${id}`, DOCTOR_URL).href);
  const consents = page.getByTestId('consent-status');
  await expect(consents.getByRole('heading', { name: 'Consents' })).toBeVisible();
  await expect(consents.getByTestId('consent-telemedicine_intervention')).toContainText(
    /Medical care by telemedicine ✓ v2, /,
  );
  await expect(consents.getByTestId('consent-personal_data')).toContainText(
    /Processing of health data ✓ v1, /,
  );
  await expect(consents.getByTestId('consents-incomplete')).toHaveCount(0);
});
