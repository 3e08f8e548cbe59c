import { expect, test, type Browser, type Page } from '../fixtures.js';
import postgres from 'postgres';
import { signedIn } from '../sign-in.js';
import { DATABASE_URL, PATIENT_URL } from '../urls.js';

// A patient's form sent twice — a double click, the browser re-POSTing after a timeout, "resend the form?" on
// reload — books or submits once: the rendered form carries an idempotency key, and the api answers the repeat
// with the first answer. Both copies are sent at once here, so the second arrives while the first is running.
const PATIENT = 'anna.petrova@demo.telemed';

const patientPage = (browser: Browser) => signedIn(browser, PATIENT_URL, PATIENT, { language: 'ru' });

const formKey = (page: Page) => page.locator('input[name="idempotencyKey"]').inputValue();

/** The same rendered form posted twice at once, as the browser would (no JavaScript: a plain form POST). */
function postTwice(page: Page, fields: Record<string, string>) {
  const post = () =>
    page.request.post(page.url(), {
      multipart: fields,
      // A page, as a browser without JavaScript asks (SvelteKit answers `*/*` with its JSON for `enhance`).
      headers: { origin: new URL(PATIENT_URL).origin, accept: 'text/html' },
      maxRedirects: 0,
    });
  return Promise.all([post(), post()]);
}

async function query<T extends object>(run: (sql: postgres.Sql) => Promise<T[]>) {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

test('a booking form sent twice books one consultation and both copies land on it', async ({ browser }) => {
  const page = await patientPage(browser);
  await page.goto(new URL('/book?specialty=therapist&format=video', PATIENT_URL).href);
  await page
    .getByTestId('doctor-card')
    .first()
    .getByRole('link', { name: /Выбрать время/ })
    .click();
  await page.getByTestId('slot').last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Подтверждение записи' })).toBeVisible();

  const key = await formKey(page);
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  const reason = `Двойная отправка ${Date.now()}`;
  const answers = await postTwice(page, { idempotencyKey: key, format: 'video', reason });

  // Before keys, the second copy found its slot taken and showed "someone was faster" for her own booking.
  for (const answer of answers) expect(answer.status()).toBe(303);
  const [first, second] = answers.map((answer) => answer.headers().location);
  expect(first).toMatch(/^\/appointments\/[0-9a-f-]{36}\?booked=1/);
  expect(second).toBe(first);
  const booked = await query(
    (sql) => sql<{ id: string }[]>`select id from appointments where reason = ${reason}`,
  );
  expect(booked).toHaveLength(1);
  expect(first).toContain(booked[0]!.id);

  // A fresh rendering of a form is a new intention: it gets a new key.
  await page.goto(new URL('/requests/new', PATIENT_URL).href);
  const before = await formKey(page);
  await page.reload();
  expect(await formKey(page)).not.toBe(before);
});

test('a second-opinion request sent twice is submitted once', async ({ browser }) => {
  const page = await patientPage(browser);
  await page.goto(new URL('/requests/new?kind=second_opinion', PATIENT_URL).href);
  const to = await page
    .locator('select[name="to"] option[value^="specialty:"]')
    .first()
    .getAttribute('value');
  const complaints = `Повторная отправка запроса ${Date.now()}`;
  const answers = await postTwice(page, {
    idempotencyKey: await formKey(page),
    requestKind: 'second_opinion',
    to: to!,
    complaints,
    diagnosisGiven: 'Гипертоническая болезнь I стадии',
    treatmentGiven: '',
    purpose: '',
    format: 'written',
  });

  for (const answer of answers) expect(answer.status()).toBe(303);
  const [first, second] = answers.map((answer) => answer.headers().location);
  expect(first).toMatch(/^\/requests\/[0-9a-f-]{36}\?sent=1$/);
  expect(second).toBe(first);
  const submitted = await query(
    (sql) => sql<{ id: string }[]>`select id from care_requests where complaints = ${complaints}`,
  );
  expect(submitted).toHaveLength(1);
});
