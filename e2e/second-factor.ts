import type { Page } from '@playwright/test';
import postgres from 'postgres';
import { totpCode } from '../api/src/auth/totp.js';
import { demoTotpCode } from '../api/src/seed/demo-second-factor.js';

/**
 * Two-step sign-in for the journeys. The seeded staff accounts share the published demo secret, so the
 * current code is computed here (with otpauth, as an authenticator app would); `totpCode` does the same for
 * a secret a journey enrols itself.
 */
export { demoTotpCode, totpCode };

/**
 * Journeys sign the same demo account in many times within one 30-second step, and the api refuses a code
 * used before (replay protection, tested in the api). This forgets the account's last used step first.
 */
export async function allowFreshCode(login: string, databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: the e2e global setup provides it');
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`update second_factors set last_used_step = 0 from accounts
              where accounts.id = second_factors.account_id and accounts.email = ${login}`;
  } finally {
    await sql.end();
  }
}

/**
 * After the password was submitted on a sign-in form: if the app asks for the second step, enter the demo
 * code. Works in either language (the code field is found by its name) and for patients, who go straight in.
 */
export async function finishSignIn(page: Page, login: string, databaseUrl?: string) {
  // Either the app moved on (to the second step, or straight in) or the form says why it did not.
  await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login'),
    page.getByTestId('form-error').waitFor(),
  ]);
  if (new URL(page.url()).pathname !== '/login/second-factor') return;
  await allowFreshCode(login, databaseUrl);
  await page.locator('input[name="code"]').fill(demoTotpCode());
  await page.locator('input[name="code"]').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs in to the api directly (both steps for staff): the session cookie and its CSRF token. */
export async function apiSignIn(apiUrl: string, login: string, password: string, databaseUrl?: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let response = await post('/auth/login', { login, password });
  if (response.status === 202) {
    const { challenge } = (await response.json()) as { challenge: string };
    await allowFreshCode(login, databaseUrl);
    response = await post('/auth/login/second-factor', { challenge, code: demoTotpCode() });
  }
  if (response.status !== 200) throw new Error(`sign-in of ${login}: ${response.status}`);
  const token = /tm_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: `tm_session=${token}`, csrfToken };
}
