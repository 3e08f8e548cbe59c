import { expect, test } from '@playwright/test';

const PATIENT_URL = process.env.PATIENT_URL ?? 'http://127.0.0.1:5173';
const at = (path: string) => new URL(path, PATIENT_URL).href;

test('h12 screenshots', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: PATIENT_URL }]);
  const page = await context.newPage();
  await page.goto(at('/login'));
  await page.getByLabel('E-mail or phone').fill('anna.petrova@demo.telemed');
  await page.getByLabel('Password').fill('Telemed-Demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(at('/'));
  await page.goto(at('/check'));
  await page.getByLabel('Find a complaint').fill('pain');
  await page.screenshot({ path: '/tmp/h12/shot-start.png', fullPage: true });
  await page.getByLabel('Find a complaint').fill('');
  await page.getByLabel('What bothers you?').fill('headache');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByTestId('confirm-step').getByRole('button', { name: 'That’s right, continue' }).click();
  const step = page.getByTestId('question-step');
  await step.getByRole('button', { name: 'No', exact: true }).click();
  await expect(step.getByTestId('question-number')).toHaveText('Question 2');
  await step.getByRole('button', { name: 'Don’t know', exact: true }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/h12/shot-question.png', fullPage: true });
  await page.getByTestId('back').click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/h12/shot-change.png', fullPage: true });
  await page.getByTestId('keep-answer').click();
  await page.getByRole('button', { name: 'Finish now' }).click();
  await page.waitForURL(/result$/);
  await page.screenshot({ path: '/tmp/h12/shot-result.png', fullPage: true });
  await page.goto(at('/check'));
  await page.getByLabel('What bothers you?').fill(process.env.SELF_CARE_TEXT ?? 'runny nose and sneezing');
  await page.getByRole('button', { name: 'Continue' }).click();
  const confirm = page.getByTestId('confirm-step');
  await expect(confirm.or(step)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'That’s right, continue' }).click();
  for (let i = 0; i < 30 && !/result$/.test(page.url()); i++) {
    const numeric = (await step.getByRole('textbox').count()) > 0;
    const n = await step.getAttribute('data-finding');
    await step.getByRole('button', { name: numeric ? 'Don’t know' : 'No', exact: true }).click();
    await expect(async () => {
      if (/result$/.test(page.url())) return;
      expect(await step.getAttribute('data-finding')).not.toBe(n);
    }).toPass();
  }
  await page.screenshot({ path: '/tmp/h12/shot-selfcare.png', fullPage: true });
});
