import { expect, test, type Browser, type Page } from '../fixtures.js';
import { apiCall, type ApiSession, apiSession } from '../api.js';
import { PASSWORD, signedIn, chosenLanguage } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// Small frictions gone: one click from "the doctor is ready" to the call, lab results that appear without a
// reload, a decoding asked in one click, and a staff member in the patient app pointed to the staff app.
// A patient the other journeys do not read after this one (call.spec only books its own consultations).
const PATIENT = 'john.miller@demo.telemed';

const patientPage = (browser: Browser, viewport = { width: 1366, height: 900 }) =>
  signedIn(browser, PATIENT_URL, PATIENT, { viewport });

/** The therapist takes urgent patients until this one is theirs. */
async function takeUntil(doctor: ApiSession, appointmentId: string) {
  for (let i = 0; i < 20; i++) {
    const taken = await apiCall(doctor, 'POST', '/urgent-queue/take-next');
    if (taken.status === 204) break;
    const next = (await taken.json()) as { appointment: { id: string } };
    if (next.appointment.id === appointmentId) return;
  }
  throw new Error('the doctor could not take the consultation');
}

const labResults = (page: Page) => page.locator('[data-testid="card-event"][data-kind="lab_result"]');

test('from "the doctor is ready" to the call in one click, then results that arrive live and a one-click decoding', async ({
  browser,
}) => {
  const page = await patientPage(browser);
  await page.goto(new URL('/urgent', PATIENT_URL).href);
  await page.getByRole('radio', { name: /^Me/ }).check();
  await page.getByLabel('What happened?').fill('Sore throat and fever since yesterday.');
  await page.getByRole('button', { name: 'Join the queue' }).click();
  await expect(page).toHaveURL(/\/urgent\/[0-9a-f-]{36}$/);
  const appointmentId = /\/urgent\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

  const doctor = await apiSession('dr.smirnova@demo.telemed');
  await takeUntil(doctor, appointmentId);
  await expect(page.getByTestId('doctor-ready')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('doctor-ready').getByRole('link', { name: 'Go to the consultation' }).click();
  await expect(page).toHaveURL(new RegExp(`/appointments/${appointmentId}/call$`));
  await expect(page.getByRole('button', { name: 'Join the call' })).toBeVisible();

  // The doctor signs a conclusion with a rapid strep test; the patient's card is open meanwhile.
  const draft = await apiCall(doctor, 'PUT', `/appointments/${appointmentId}/conclusion/draft`, {
    diagnosisCode: 'J02.9',
    findings: 'Зев гиперемирован, миндалины отёчны.',
    labTestCodes: ['strep-a-rapid', 'crp'],
    // A first remote contact recommends an in-person visit (order 193n).
    inPersonVisit: { urgency: 'urgent', specialtyCode: 'therapist' },
  });
  expect(draft.status).toBe(200);
  expect((await apiCall(doctor, 'POST', `/appointments/${appointmentId}/conclusion/finalise`)).status).toBe(
    200,
  );

  await page.goto(new URL('/card', PATIENT_URL).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Medical card' })).toBeVisible();
  const before = await labResults(page).count();
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  // The patient confirms the order at the demo lab (through the api, the page stays as it is).
  const patient = await apiSession(PATIENT);
  const family = (await (await apiCall(patient, 'GET', '/me/family')).json()) as { self: { id: string } };
  const orders = (await (await apiCall(patient, 'GET', `/patients/${family.self.id}/lab-orders`)).json()) as {
    items: { id: string; status: string; tests: { code: string }[] }[];
  };
  const order = orders.items.find(
    (o) => o.status === 'prescribed' && o.tests.some((t) => t.code === 'strep-a-rapid'),
  )!;
  const locations = (await (await apiCall(patient, 'GET', '/lab-locations')).json()) as {
    items: { id: string }[];
  };
  const confirmed = await apiCall(patient, 'POST', `/lab-orders/${order.id}/confirm`, {
    locationId: locations.items[0]!.id,
  });
  expect(confirmed.status).toBe(200);

  // The result shows up by itself: no reload (the page's own window survives), and screen readers hear it.
  await expect(labResults(page)).toHaveCount(before + 1, { timeout: 30_000 });
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  await expect(page.getByTestId('lab-results-live')).toHaveText(
    'New test results have arrived; the page has been updated.',
  );
  await expect(labResults(page).first()).toContainText(/strep/i);

  // One click asks for a decoding: no form to fill, the question is optional.
  await labResults(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/card\/results\/[0-9a-f-]{36}/);
  await expect(page.getByLabel('Your question (optional)')).toBeEmpty();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('result-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole('button', { name: 'Ask for a decoding of these results' }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/decoding/i);
  await page.screenshot({ path: test.info().outputPath('decoding-sent.png'), fullPage: true });
  await page.context().close();
});

test('a staff member signing in to the patient app gets a link to the staff app', async ({ browser }) => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ viewport });
    await context.addCookies(chosenLanguage('en', PATIENT_URL));
    const page = await context.newPage();
    await page.goto(new URL('/login', PATIENT_URL).href);
    await page.getByLabel('E-mail or phone').fill('dr.smirnova@demo.telemed');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toContainText('clinic staff account');
    const link = page.getByTestId('staff-app-hint').getByRole('link', { name: 'Open the staff app' });
    await expect(link).toHaveAttribute('href', DOCTOR_URL);
    await page.screenshot({
      path: test.info().outputPath(`staff-hint-${viewport.width}.png`),
      fullPage: true,
    });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`^${DOCTOR_URL}/login`));
    await context.close();
  }
});
