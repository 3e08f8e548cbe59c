import { acceptRequiredConsents } from '../consents.js';
import { expect, test, type Page } from '../fixtures.js';
import { englishPage, registerInApp } from '../new-patient.js';
import { PATIENT_URL } from '../urls.js';

// A newly registered patient's first booking: no policy yet, so the price shows up front; she adds her OMS
// policy (a typo in it is caught by the check digit), adds her son on her declaration, and books an online
// consultation the OMS does not cover, paying at the clinic. At desktop and phone sizes.
const at = (path: string) => new URL(path, PATIENT_URL).href;

/** 15 digits and the check digit of the unified OMS number (api/src/domains/policies/number-rules.ts). */
function omsNumber(first15: string): string {
  let odd = '';
  let even = '';
  for (let i = first15.length - 1, place = 1; i >= 0; i -= 1, place += 1) {
    if (place % 2 === 1) odd += first15[i];
    else even += first15[i];
  }
  const sum = [...(even + String(Number(odd) * 2))].reduce((total, digit) => total + Number(digit), 0);
  return `${first15}${(10 - (sum % 10)) % 10}`;
}

/** Unique per run and viewport: the policy number and the birth certificate may be registered once. */
function runDigits(seed: number): string {
  return String(Date.now() + seed).slice(-9);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

const viewports = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const [index, viewport] of viewports.entries()) {
  test(`a new patient adds a policy and a child, sees the price and books paying at the clinic (${viewport.name})`, async ({
    browser,
  }) => {
    const digits = runDigits(index);
    const page = await englishPage(browser, viewport);
    await registerInApp(page, {
      email: `vera.${digits}@example.org`,
      fullName: 'Vera Novikova',
      birthDate: '1991-03-08',
    });

    // Booking: the price is on the doctor list, before any doctor or time is chosen.
    await page.goto(at('/book'));
    await page.getByRole('radio', { name: 'Therapist', exact: true }).check();
    await page.getByRole('button', { name: 'Find doctors' }).click();
    const price = page.getByTestId('price');
    await expect(price).toContainText('There is no insurance policy on file');
    await expect(price.getByTestId('price-due')).toHaveText(/You pay .*1.500/);
    await expect(page.getByTestId('support-footer')).toContainText('support@telemed.example');
    await shot(page, `${viewport.name}-1-price-without-policy`);

    // The way out: add a policy, and come back to the same search.
    await price.getByRole('link', { name: 'Add a policy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Insurance policies' })).toBeVisible();
    await expect(page.getByTestId('no-policy')).toBeVisible();
    const number = omsNumber(`77${digits}0000`);
    const typo = `${number.slice(0, 15)}${(Number(number[15]) + 1) % 10}`;
    await page.getByLabel('Programme').selectOption({ label: 'Basic compulsory health insurance (OMS)' });
    await page.getByLabel('Insurer').selectOption({ label: 'СОГАЗ-Мед' });
    await page.getByLabel('Policy number').fill(typo);
    await page.getByRole('button', { name: 'Add the policy' }).click();
    await expect(page.getByText('This OMS policy number has a typing error')).toBeVisible();
    await shot(page, `${viewport.name}-2-policy-typo`);
    await page
      .getByLabel('Policy number')
      .fill(`${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8, 12)} ${number.slice(12)}`);
    await page.getByRole('button', { name: 'Add the policy' }).click();

    await expect(page).toHaveURL(/\/book\?/);
    await expect(price).toContainText('The insurance programme does not cover online consultations');
    await expect(price.getByTestId('price-due')).toHaveText(/You pay .*1.500/);

    // The policy and what it covers.
    await page.goto(at('/insurance'));
    const policy = page.getByTestId('insurance');
    await expect(policy).toContainText(number);
    await expect(policy).toContainText('Does not expire');
    await expect(policy.getByRole('row', { name: /Online consultation/ })).toContainText('Not covered');
    await shot(page, `${viewport.name}-3-policy`);

    // The urgent queue needs cover: said up front, with the ways on.
    await page.goto(at('/urgent'));
    const urgentNotice = page.getByTestId('urgent-not-covered');
    await expect(urgentNotice).toContainText('Online consultations are not covered for Vera Novikova');
    await expect(urgentNotice.getByRole('link', { name: /book a planned consultation/ })).toBeVisible();

    // A child, on the parent's declaration.
    await page.goto(at('/family'));
    await page.getByRole('link', { name: 'Add a child' }).click();
    await page.getByLabel('Child’s full name').fill('Novikov Lev');
    const born = new Date();
    born.setUTCFullYear(born.getUTCFullYear() - 5);
    await page.getByLabel('Date of birth').fill(born.toISOString().slice(0, 10));
    await page.getByRole('radio', { name: 'Male', exact: true }).check();
    await page.getByRole('radio', { name: 'Mother' }).check();
    await page.getByLabel('Birth certificate: series and number').fill(`IV-МЮ ${digits.slice(-6)}`);
    await page.getByRole('button', { name: 'Add the child' }).click();
    await expect(page.getByText('Confirm the declaration to add the child.')).toBeVisible();
    await page.getByRole('checkbox', { name: /I confirm that I am the child’s parent/ }).check();
    await page.getByRole('button', { name: 'Add the child' }).click();
    await expect(page.getByTestId('child-added')).toBeVisible();
    await expect(page.getByTestId('child')).toContainText('Novikov Lev');
    await shot(page, `${viewport.name}-4-family`);

    // The child can be booked for, too.
    await page.goto(at('/book'));
    await expect(page.getByRole('radio', { name: /Novikov Lev/ })).toBeVisible();

    // Book for herself and pay at the clinic.
    await page.getByRole('radio', { name: /^Me/ }).check();
    await page.getByRole('radio', { name: 'Therapist', exact: true }).check();
    await page.getByRole('button', { name: 'Find doctors' }).click();
    await page
      .getByTestId('doctor-card')
      .first()
      .getByRole('link', { name: /Choose a time/ })
      .click();
    await expect(page.getByTestId('price')).toContainText('You pay');
    await page.getByTestId('slot').last().click();
    // The first consultation needs the consents: signed on the way, then back to this booking (consents.spec.ts).
    await expect(page).toHaveURL(/\/consents\?/);
    await acceptRequiredConsents(page);
    await page.getByRole('link', { name: 'Continue booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm the booking' })).toBeVisible();
    await expect(page.getByTestId('price-due')).toHaveText(/You pay .*1.500/);
    await page.getByRole('button', { name: 'Book the consultation' }).click();
    await expect(page.getByText('Choose how you will pay.')).toBeVisible();
    await expect(page.getByTestId('support-inline')).toBeVisible();
    await page.getByRole('radio', { name: /At the clinic/ }).check();
    await shot(page, `${viewport.name}-5-payment-step`);
    await page.getByRole('button', { name: 'Book the consultation' }).click();

    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}/);
    const payment = page.getByTestId('payment');
    await expect(payment.getByTestId('payment-method')).toHaveText('At the clinic');
    await expect(payment.getByTestId('payment-amount')).toHaveText(/1.500/);
    await expect(payment).toContainText('Awaiting payment');
    await shot(page, `${viewport.name}-6-booked`);
  });
}
