import { expect, test, type Browser, type Page } from '../fixtures.js';
import postgres from 'postgres';
import { hashPassword } from '../../api/src/auth/password.js';
import { allowFreshCode, demoTotpCode, totpCode } from '../second-factor.js';
import { DATABASE_URL, DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';
import { chosenLanguage } from '../sign-in.js';

// Two-step sign-in: seeded staff enter a code from their authenticator app, a new staff member must enrol
// before any session exists, and a patient opts in from the profile.
const DEMO_PASSWORD = 'Telemed-Demo-2026';

async function pageIn(browser: Browser, appUrl: string, locale: 'ru' | 'en'): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage(locale, appUrl));
  return context.newPage();
}

async function submitPassword(page: Page, appUrl: string, login: string, password: string) {
  await page.goto(new URL('/login', appUrl).href);
  await page.getByLabel(/E-mail or phone|Электронная почта или телефон/).fill(login);
  await page.getByLabel(/^(Password|Пароль)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Войти)$/ }).click();
}

/** A staff account an administrator has just created: it has no second factor yet. */
async function newStaffAccount(email: string, password: string) {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into accounts (role, email, password_hash, display_name)
              values ('admin', ${email}, ${await hashPassword(password)},
                      ${sql.json({ ru: 'Новый Администратор', en: 'New Administrator' })})`;
  } finally {
    await sql.end();
  }
}

test('a doctor needs the code from her app after the password, and a wrong code is refused', async ({
  browser,
}) => {
  const login = 'dr.pavlova@demo.telemed';
  const page = await pageIn(browser, DOCTOR_URL, 'en');
  await submitPassword(page, DOCTOR_URL, login, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step sign-in' })).toBeVisible();
  await expect(page.getByTestId('demo-code-hint')).toContainText('npm run demo:totp');
  // No session yet: the staff pages still send her to sign in.
  await page.goto(new URL('/today', DOCTOR_URL).href);
  await expect(page).toHaveURL(/\/login\?next=%2Ftoday/);

  await submitPassword(page, DOCTOR_URL, login, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/login\/second-factor\?next=%2F/);
  const right = demoTotpCode();
  await page.getByLabel('Code', { exact: true }).fill(right === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('This code is not right or was already used.')).toBeVisible();
  await expect(page).toHaveURL(/\/login\/second-factor/);

  await allowFreshCode(login);
  await page.getByLabel('Code', { exact: true }).fill(demoTotpCode());
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new URL('/today', DOCTOR_URL).href);

  await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByTestId('second-factor')).toContainText('Required for clinic staff.');
});

test('a new staff member enrols with the QR code, sees recovery codes once, and can sign in with one', async ({
  browser,
}) => {
  const email = `new.admin.${Date.now()}@clinic.example`;
  const password = 'Fresh-admin-passphrase-2026';
  await newStaffAccount(email, password);
  const page = await pageIn(browser, DOCTOR_URL, 'en');
  await submitPassword(page, DOCTOR_URL, email, password);
  await expect(page).toHaveURL(/\/login\/enrol/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg'),
  ).toBeVisible();
  const secret = (await page.getByTestId('enrolment-secret').textContent())!.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // Enrolment is the only thing this state allows: no staff page opens.
  const staffPage = await page.context().newPage();
  await staffPage.goto(new URL('/profile', DOCTOR_URL).href);
  await expect(staffPage).toHaveURL(/\/login\?next=%2Fprofile/);
  await staffPage.close();

  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('This code is not right or was already used.')).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();

  await expect(page).toHaveURL(/\/recovery-codes/);
  const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  await page.reload();
  await expect(page.getByText('Recovery codes are shown only once.')).toBeVisible();
  await page.getByRole('link', { name: 'I have saved them — continue' }).click();
  await expect(page).toHaveURL(new URL('/', DOCTOR_URL).href);
  await openSection(page, 'Profile');
  await expect(page.getByTestId('second-factor')).toContainText('10 recovery codes left.');

  // Another browser, so another sign-in: a recovery code instead of the app's code.
  const other = await pageIn(browser, DOCTOR_URL, 'en');
  await submitPassword(other, DOCTOR_URL, email, password);
  await expect(other).toHaveURL(/\/login\/second-factor/);
  await other.getByLabel('Code', { exact: true }).fill(codes[0]!.trim());
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other).toHaveURL(new URL('/', DOCTOR_URL).href);
  await other.goto(new URL('/profile', DOCTOR_URL).href);
  await expect(other.getByTestId('second-factor')).toContainText('9 recovery codes left.');
});

test('a patient turns on two-step sign-in in her profile and then signs in with a code (in Russian)', async ({
  browser,
}) => {
  const login = 'artem.gusev@demo.telemed';
  const page = await pageIn(browser, PATIENT_URL, 'ru');
  await submitPassword(page, PATIENT_URL, login, DEMO_PASSWORD);
  await expect(page).toHaveURL(new URL('/', PATIENT_URL).href);

  await page.goto(new URL('/profile', PATIENT_URL).href);
  const section = page.getByTestId('second-factor');
  await expect(section).toContainText('Выключен');
  await section.getByRole('link', { name: 'Включить двухэтапный вход' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройка двухэтапного входа' })).toBeVisible();
  const secret = (await page.getByTestId('enrolment-secret').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Код', { exact: true }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Включить' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByRole('link', { name: 'Коды сохранены — продолжить' }).click();
  await expect(page).toHaveURL(new URL('/profile', PATIENT_URL).href);
  await expect(page.getByTestId('second-factor')).toContainText('Включён');

  // Signing in again, in another browser, now takes the code.
  const other = await pageIn(browser, PATIENT_URL, 'ru');
  await submitPassword(other, PATIENT_URL, login, DEMO_PASSWORD);
  await expect(other).toHaveURL(/\/login\/second-factor/);
  // The step used to confirm is spent; the next one is within the accepted window.
  await other.getByLabel('Код', { exact: true }).fill(totpCode(secret, Date.now() + 30_000));
  await other.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(other).toHaveURL(new URL('/', PATIENT_URL).href);
});
