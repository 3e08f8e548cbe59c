import type { Context } from 'hono';
import { DEMO_PASSWORD, dummyPasswordHash, verifyPassword } from '../../auth/password.js';
import { clientAddress } from '../../http/client-address.js';
import type { AppEnv } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import { knownDevice } from './device.js';
import { findAccountByLogin, type AccountRow } from './queries.js';

/** The seeded demo world's accounts: they share a published password, so they only work outside production. */
export const isDemoAccount = (account: AccountRow, password?: string) =>
  password === DEMO_PASSWORD || !!account.email?.endsWith('@demo.telemed');

/** 429 with Retry-After: wrong passwords for this account or address must wait (auth/rate-limit.ts). */
export const tooManyAttempts = (wait: number) =>
  new ProblemError(
    429,
    `Too many failed sign-in attempts. Try again in ${wait < 60 ? `${wait} s` : `${Math.ceil(wait / 60)} min`}.`,
    {
      code: 'auth.too_many_attempts',
      params: { retryAfterSeconds: wait },
      headers: { 'retry-after': String(wait) },
    },
  );

/**
 * The password step of signing in, throttled (auth/rate-limit.ts): returns the account, or throws
 * 429 with Retry-After while this address or this account must wait, or 401 for any wrong
 * combination, the same whether or not the login exists. A browser that has signed in to this
 * account before is not held back by other people's failures.
 */
export async function checkPassword(
  c: Context<AppEnv>,
  credentials: { login: string; password: string },
): Promise<AccountRow> {
  const { config, database, loginLimiter } = c.get('deps');
  const address = clientAddress(c);
  const account = await findAccountByLogin(database.db, credentials.login);
  // The account id, so its e-mail and phone share one counter; an unknown login counts under itself.
  const accountKey = account ? `id:${account.id}` : `login:${credentials.login}`;
  const deviceId = account ? knownDevice(c, account.id) : null;
  const exempt = deviceId !== null && (await loginLimiter.deviceTrusted(deviceId));
  if (!exempt) {
    const wait = Math.max(
      await loginLimiter.addressRetryAfter(address),
      await loginLimiter.accountRetryAfter(accountKey),
    );
    if (wait > 0) throw tooManyAttempts(wait);
  }
  const valid = await verifyPassword(
    credentials.password,
    account?.passwordHash ?? (await dummyPasswordHash),
  );
  const refusedDemo =
    config.NODE_ENV === 'production' && !!account && isDemoAccount(account, credentials.password);
  if (!account || !valid || account.disabledAt || refusedDemo) {
    if (refusedDemo) c.get('log').warn({ accountId: account.id }, 'demo account refused in production');
    await loginLimiter.recordFailure({ accountKey, address, deviceId });
    throw new ProblemError(401, 'Wrong e-mail/phone or password.', { code: 'auth.wrong_credentials' });
  }
  await loginLimiter.reset(accountKey, deviceId);
  return account;
}
