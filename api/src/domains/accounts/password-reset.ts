import { eq } from 'drizzle-orm';
import { hashPassword, passwordContainsIdentity } from '../../auth/password.js';
import { hitFixedWindow } from '../../auth/rate-limit.js';
import { accounts, sessions } from '../../db/schema/index.js';
import type { Deps } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import { deliver } from './delivery.js';
import { codeMatches, countCodeAttempt, hashCode, newCode, tooMany } from './one-time-code.js';
import { isDemoAccount } from './password-check.js';
import { passwordResetMessages } from './password-reset-messages.js';
import { findAccountByLogin, type AccountRow } from './queries.js';
import { CODE_TTL_SECONDS } from './registration.js';
import { revokeChallenges } from './second-factor/challenges.js';

/**
 * Password reset in two steps that, like registration, never say who is a member: POST
 * /auth/password-reset answers 202 with the same body for every login, and sends a one-time code to
 * the e-mail or phone only when it belongs to an account that may sign in. POST
 * /auth/password-reset/confirm with that code and a new password sets it, ends every session of the
 * account and forgets its failed sign-ins. It replaces the password only: a staff account's second
 * factor is still asked for at the next sign-in.
 *
 * The code's salted hash lives in Redis under the account for CODE_TTL_SECONDS; a new request replaces it.
 */
export const RESETS_PER_IDENTITY = 3;
export const RESETS_PER_ADDRESS = 10;

const codeKey = (accountId: string) => `pwreset:code:${accountId}`;
// Tries are counted per typed login, so an unknown login is limited exactly like a known one.
const attemptsKey = (login: string) => `pwreset:tries:${login}`;

/**
 * Accounts a reset must not reach: disabled ones, and in production the demo accounts (their
 * password is published and they are refused at sign-in there anyway).
 */
function mayReset(deps: Deps, account: AccountRow): boolean {
  if (account.disabledAt) return false;
  return !(deps.config.NODE_ENV === 'production' && isDemoAccount(account));
}

/** Step 1: the caller learns nothing; the account's owner gets a code. */
export async function requestPasswordReset(
  deps: Deps,
  login: string,
  address: string,
  { codeTtlSeconds = CODE_TTL_SECONDS } = {},
) {
  const { redis, database, logger } = deps;
  // Throttled per typed login, not per account: keying by account would let anyone find out
  // which e-mail and phone belong together.
  const wait = Math.max(
    await hitFixedWindow(redis, `rl:pwreset:addr:${address}`, RESETS_PER_ADDRESS, 3600),
    await hitFixedWindow(redis, `rl:pwreset:login:${login}`, RESETS_PER_IDENTITY, 3600),
  );
  if (wait > 0) throw tooMany(wait, 'Too many password reset requests. Please try again later.');

  const account = await findAccountByLogin(database.db, login);
  if (!account) return;
  if (!mayReset(deps, account)) {
    logger.warn({ accountId: account.id }, 'password reset refused for this account');
    return;
  }
  const code = newCode();
  await redis
    .multi()
    .set(codeKey(account.id), hashCode(account.id, code), 'EX', codeTtlSeconds)
    .del(attemptsKey(login))
    .exec();
  await deliver(deps, {
    channel: login.includes('@') ? 'email' : 'phone',
    to: login,
    ...passwordResetMessages(account.locale).code(code, Math.ceil(codeTtlSeconds / 60)),
  });
}

const wrongCode = () =>
  new ProblemError(400, 'The code is wrong or has expired. Check the latest message or ask for a new code.', {
    code: 'password_reset.wrong_code',
  });

/** Step 2: checks the code, then sets the password and signs the account out everywhere. */
export async function confirmPasswordReset(
  deps: Deps,
  input: { login: string; code: string; password: string },
): Promise<AccountRow> {
  const { redis, database, loginLimiter } = deps;
  const account = await findAccountByLogin(database.db, input.login);
  // For an unknown login the attempt is counted and deleting the code is a no-op, as for a known one.
  const key = codeKey(account?.id ?? `login:${input.login}`);
  await countCodeAttempt(
    redis,
    { attemptsKey: attemptsKey(input.login), codeKey: key },
    CODE_TTL_SECONDS,
    'Too many wrong codes. Ask for a new code.',
  );
  if (!account || !mayReset(deps, account) || !codeMatches(await redis.get(key), account.id, input.code)) {
    throw wrongCode();
  }
  // Checked once the code is right, so a wrong guess learns nothing about the account's e-mail or phone.
  if (passwordContainsIdentity(input.password, account)) {
    throw new ProblemError(400, 'The password must not contain your e-mail or phone number.', {
      code: 'password.contains_identity',
      errors: [{ path: 'password', message: 'The password must not contain your e-mail or phone number' }],
    });
  }
  // Single use: consumed before the password changes, so a second request with it fails.
  if (!(await redis.del(key))) throw wrongCode();
  await redis.del(attemptsKey(input.login));
  const passwordHash = await hashPassword(input.password);
  await database.db.transaction(async (tx) => {
    await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, account.id));
    // Whoever knew the old password may be signed in: every session ends.
    await tx.delete(sessions).where(eq(sessions.accountId, account.id));
  });
  await deps.sessions?.endAccountSessions(account.id);
  // A second-factor step begun with the old password must not turn into a session.
  await revokeChallenges(redis, account.id);
  // The owner has proved they hold the e-mail or phone: earlier failed sign-ins no longer slow them down.
  await loginLimiter.reset(`id:${account.id}`);
  return account;
}
