import postgres from 'postgres';
import { expect, test } from '../fixtures.js';
import { apiCall, apiSession } from '../api.js';
import { signedIn } from '../sign-in.js';
import { englishPage, registerInApp } from '../new-patient.js';
import { PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// "Who saw my data": Dr Smirnova opens Anna's medical card (through the api, as the staff app does), and
// Anna finds it in plain words on her access log, pages further back, and opens her son's log.
const PAGE_SIZE = 30; // the api's default page

test('a patient sees that her doctor opened her medical card, and loads older entries', async ({
  browser,
}) => {
  const anna = await apiSession('anna.petrova@demo.telemed');
  const family = (await (await apiCall(anna, 'GET', '/me/family')).json()) as { self: { id: string } };
  const doctor = await apiSession('dr.smirnova@demo.telemed');
  // More openings than one page holds, so the page has older entries to load.
  for (let i = 0; i <= PAGE_SIZE; i++) {
    const opened = await apiCall(doctor, 'GET', `/patients/${family.self.id}/medcard/timeline`);
    expect(opened.status).toBe(200);
  }

  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed');

  await openSection(page, 'Who saw my data');
  await expect(page).toHaveURL(/\/access-log/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who saw my data');
  const rows = page.getByTestId('access-log-entry');
  const newest = rows.first();
  await expect(newest.getByRole('rowheader')).toHaveText(/^Dr .*Smirnova/);
  await expect(newest).toContainText('opened the medical card');
  await expect(newest).toContainText('Allowed');
  await expect(rows).toHaveCount(PAGE_SIZE);

  await page.getByTestId('access-log-more').click();
  await expect(rows).not.toHaveCount(PAGE_SIZE);
  expect(await rows.count()).toBeGreaterThan(PAGE_SIZE);

  // Her son's log is one chip away; Russian reads the same record in its own words.
  await page.getByTestId('access-log-person').filter({ hasText: 'Mikhail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mikhail/);
  await page.context().addCookies([{ name: 'tm_locale', value: 'ru', url: PATIENT_URL }]);
  await page.goto(new URL('/access-log', PATIENT_URL).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто смотрел мои данные');
  await expect(page.getByTestId('access-log-entry').first()).toContainText('просмотр медицинской карты');
  await page.context().close();
});

// A patient who registered today deletes her account: the page says what goes and what the law keeps, asks
// for her password, signs her out, and the account cannot sign in again.
test('a patient deletes her account; the medical record is kept, and she cannot sign in again', async ({
  browser,
}) => {
  const page = await englishPage(browser);
  const email = `leaving.${Date.now()}@example.org`;
  const password = 'Quiet-harbour-4817';
  await registerInApp(page, { email, password, fullName: 'Lena Uhodova', birthDate: '1991-02-03' });

  await page.goto(new URL('/profile', PATIENT_URL).href);
  await page.getByTestId('account-deletion-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete my account');
  await expect(page.getByTestId('deletion-kept')).toContainText('medical records for 25 years');
  await expect(page.getByTestId('deletion-kept')).toContainText('323-FZ');

  // The confirmation step: nothing happens without the box ticked, nor with a wrong password.
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('Tick the box to confirm.')).toBeVisible();
  await page.getByLabel(/I understand/).check();
  await page.getByLabel('Your password').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('The password is not right.')).toBeVisible();
  await page.getByLabel(/I understand/).check();
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Delete my account' }).click();

  await expect(page).toHaveURL(/\/account-deleted/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account has been deleted');
  await expect(page.getByTestId('deletion-done')).toContainText('kept for 25 years');

  await page.goto(new URL('/login', PATIENT_URL).href);
  await page.getByLabel('E-mail or phone').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('form-error')).toBeVisible();
  await page.context().close();
});

test("a parent cannot delete an account that holds her children's records", async ({ browser }) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed');
  await page.goto(new URL('/profile/delete', PATIENT_URL).href);
  await expect(page.getByTestId('deletion-blocked')).toContainText(/\d+ children under 15/);
  await expect(page.getByRole('button', { name: 'Delete my account' })).toHaveCount(0);
  await page.context().close();
});

// The lab corrects a result: the card keeps the report as first issued, says it was corrected and links the two
// versions both ways (the rows are written as ingestion writes them; api/test/record-keeping.test.ts covers that).
test("a lab's corrected result stands beside the original in the card", async ({ browser }) => {
  const page = await englishPage(browser);
  const email = `corrected.${Date.now()}@example.org`;
  await registerInApp(page, { email, fullName: 'Lena Uhodova', birthDate: '1991-02-03' });

  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  let originalId: string;
  let correctionId: string;
  try {
    const [patient] = await sql<{ id: string }[]>`select p.id from patients p
      join accounts a on a.id = p.account_id where a.email = ${email}`;
    const [order] = await sql<
      { id: string }[]
    >`insert into lab_orders (patient_id, test_codes, status, resulted_at)
      values (${patient!.id}, ${sql.array(['lipid-panel'])}, 'resulted', now()) returning id`;
    const report = async (issued: string, status: string, amends: string | null, value: number) => {
      const [row] = await sql<{ id: string }[]>`insert into lab_reports
        (order_id, patient_id, external_id, issued_at, raw, status, amends_report_id)
        values (${order!.id}, ${patient!.id}, 'LAB-1', ${issued}, '{}'::jsonb, ${status}, ${amends}) returning id`;
      await sql`insert into lab_observations
        (report_id, patient_id, loinc, name, value, unit, reference_low, reference_high, flag, effective_at)
        values (${row!.id}, ${patient!.id}, '2093-3', ${sql.json({ ru: 'Общий холестерин', en: 'Total cholesterol' })},
          ${value}, 'mmol/L', 3, 5.2, ${value > 5.2 ? 'high' : 'normal'}, now() - interval '2 days')`;
      return row!.id;
    };
    originalId = await report(new Date(Date.now() - 86_400_000).toISOString(), 'final', null, 7.4);
    correctionId = await report(new Date().toISOString(), 'corrected', originalId, 4.7);
  } finally {
    await sql.end();
  }

  await page.goto(new URL(`/card/results/${originalId}`, PATIENT_URL).href);
  await expect(page.getByTestId('lab-report-corrected')).toContainText('The lab corrected this report');
  await expect(page.getByTestId('lab-value')).toContainText('7.4');
  await page.getByRole('link', { name: 'See the corrected report' }).click();
  await expect(page).toHaveURL(new RegExp(`/card/results/${correctionId}`));
  await expect(page.getByTestId('lab-report-correction')).toContainText('This is the lab’s correction');
  await expect(page.getByTestId('lab-value')).toContainText('4.7');
  await page.getByRole('link', { name: 'See the original report' }).click();
  await expect(page).toHaveURL(new RegExp(`/card/results/${originalId}`));
  await page.context().close();
});
