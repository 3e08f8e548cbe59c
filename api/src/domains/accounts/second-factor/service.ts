import type { Role } from '../../../auth/sessions.js';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from '../../../auth/totp.js';
import type { Deps } from '../../../http/context.js';
import { ProblemError } from '../../../http/problem.js';
import { isDemoLogin } from '../../../seed/demo-second-factor.js';
import { findAccount, type AccountRow } from '../queries.js';
import {
  assertCodeAttemptsLeft,
  clearWrongCodes,
  consumeChallenge,
  expiredChallenge,
  issueChallenge,
  PENDING_ENROLMENT_TTL_SECONDS,
  readChallenge,
  recordWrongCode,
} from './challenges.js';
import {
  countRecoveryCodesLeft,
  enableSecondFactor,
  findSecondFactor,
  removeSecondFactor,
  replaceRecoveryCodes,
  takeRecoveryCode,
  takeTotpStep,
} from './queries.js';

/** Doctors, assistants and admins reach medical data or run the service: they must have a second factor. */
export const secondFactorRequired = (role: Role) => role !== 'patient';

export interface CodeAnswer {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

const alreadyEnabled = () =>
  new ProblemError(409, 'Two-step sign-in is already on for this account.', {
    code: 'second_factor.already_on',
  });
const wrongCode = () =>
  new ProblemError(401, 'The code is not right. Check the time on your phone and enter the current code.', {
    code: 'second_factor.wrong_code',
  });

/**
 * Called by the login route once the password is right: the second step to answer with instead of a session,
 * or null when the account signs in with its password alone (a patient who has not opted in).
 */
export async function secondFactorStep(deps: Deps, account: AccountRow) {
  const enrolled = await findSecondFactor(deps.database.db, account.id);
  const step = enrolled ? 'verify' : secondFactorRequired(account.role) ? 'enrol' : null;
  if (!step) return null;
  const challenge = await issueChallenge(deps.redis, account.id, step);
  return {
    step,
    ...challenge,
    demo: deps.config.NODE_ENV !== 'production' && isDemoLogin(account.email),
  } as const;
}

/** Accepts a current TOTP code (each time step once) or an unused recovery code; wrong answers are counted. */
async function checkAnswer(deps: Deps, accountId: string, answer: CodeAnswer) {
  const { database, redis, config } = deps;
  await assertCodeAttemptsLeft(redis, accountId);
  const factor = await findSecondFactor(database.db, accountId);
  if (!factor)
    throw new ProblemError(409, 'Two-step sign-in is not on for this account.', {
      code: 'second_factor.not_on',
    });
  if (answer.code) {
    const secret = decryptTotpSecret(config.TOTP_ENCRYPTION_KEY, accountId, factor.secretCiphertext);
    const step = matchTotpStep(secret, answer.code);
    if (step === null || !(await takeTotpStep(database.db, accountId, step))) {
      await recordWrongCode(redis, accountId);
      throw step === null
        ? wrongCode()
        : new ProblemError(401, 'This code has already been used. Wait for the next code in your app.', {
            code: 'second_factor.code_used',
          });
    }
  } else {
    const hash = hashRecoveryCode(config.TOTP_ENCRYPTION_KEY, answer.recoveryCode ?? '');
    if (!(await takeRecoveryCode(database.db, accountId, hash))) {
      await recordWrongCode(redis, accountId);
      throw new ProblemError(401, 'This recovery code is not right or has already been used.', {
        code: 'second_factor.wrong_recovery_code',
      });
    }
  }
  await clearWrongCodes(redis, accountId);
}

async function accountOf(deps: Deps, accountId: string) {
  const account = await findAccount(deps.database.db, accountId);
  if (!account || account.disabledAt) throw expiredChallenge();
  return account;
}

/** The second step of sign-in: the account whose session may now start. */
export async function completeSignIn(deps: Deps, input: CodeAnswer & { challenge: string }) {
  const accountId = await readChallenge(deps.redis, input.challenge, 'verify');
  await checkAnswer(deps, accountId, input);
  await consumeChallenge(deps.redis, input.challenge);
  return accountOf(deps, accountId);
}

/**
 * A new secret to scan, kept in Redis until a code confirms it. Asking again in the same sign-in (or session)
 * shows the same secret, so reloading the page does not invalidate what was scanned; a new sign-in gets a new
 * one, so nobody who saw an abandoned set-up can share the secret that is finally confirmed.
 */
export async function beginEnrolment(deps: Deps, account: AccountRow, pendingKey: string) {
  const { database, redis, config } = deps;
  if (await findSecondFactor(database.db, account.id)) throw alreadyEnabled();
  const stored = await redis.get(pendingKey);
  const secret = stored ? decryptTotpSecret(config.TOTP_ENCRYPTION_KEY, account.id, stored) : newTotpSecret();
  if (!stored) {
    const ciphertext = encryptTotpSecret(config.TOTP_ENCRYPTION_KEY, account.id, secret);
    await redis.set(pendingKey, ciphertext, 'EX', PENDING_ENROLMENT_TTL_SECONDS);
  }
  const ttl = Math.max(1, await redis.ttl(pendingKey));
  return {
    secret,
    otpauthUri: totpUri(secret, account.email ?? account.phone ?? account.id),
    expiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
  };
}

/** Turns the pending secret on once a code from it is right; returns the recovery codes, shown only now. */
export async function confirmEnrolment(deps: Deps, accountId: string, pendingKey: string, code: string) {
  const { database, redis, config } = deps;
  await assertCodeAttemptsLeft(redis, accountId);
  const ciphertext = await redis.get(pendingKey);
  if (!ciphertext) {
    if (await findSecondFactor(database.db, accountId)) throw alreadyEnabled();
    throw new ProblemError(410, 'The set-up has expired. Start again to get a new QR code.', {
      code: 'second_factor.setup_expired',
    });
  }
  const step = matchTotpStep(decryptTotpSecret(config.TOTP_ENCRYPTION_KEY, accountId, ciphertext), code);
  if (step === null) {
    await recordWrongCode(redis, accountId);
    throw wrongCode();
  }
  const recoveryCodes = newRecoveryCodes();
  const enabled = await enableSecondFactor(database.db, {
    accountId,
    secretCiphertext: ciphertext,
    step,
    codeHashes: recoveryCodes.map((c) => hashRecoveryCode(config.TOTP_ENCRYPTION_KEY, c)),
  });
  if (!enabled) throw alreadyEnabled();
  await redis.del(pendingKey);
  await clearWrongCodes(redis, accountId);
  return recoveryCodes;
}

/** First-time enrolment during sign-in (staff): the challenge allows nothing else, then becomes a session. */
export async function enrolAtSignIn(deps: Deps, challenge: string) {
  return accountOf(deps, await readChallenge(deps.redis, challenge, 'enrol'));
}

export async function finishEnrolmentAtSignIn(
  deps: Deps,
  input: { challenge: string; code: string; pendingKey: string },
) {
  const accountId = await readChallenge(deps.redis, input.challenge, 'enrol');
  const recoveryCodes = await confirmEnrolment(deps, accountId, input.pendingKey, input.code);
  await consumeChallenge(deps.redis, input.challenge);
  return { account: await accountOf(deps, accountId), recoveryCodes };
}

export async function secondFactorStatus(deps: Deps, accountId: string, role: Role) {
  const factor = await findSecondFactor(deps.database.db, accountId);
  return {
    enabled: Boolean(factor),
    enabledAt: factor?.enabledAt.toISOString() ?? null,
    required: secondFactorRequired(role),
    recoveryCodesLeft: factor ? await countRecoveryCodesLeft(deps.database.db, accountId) : 0,
  };
}

/** New recovery codes need a current code from the app, so a borrowed session alone cannot take them. */
export async function regenerateRecoveryCodes(deps: Deps, accountId: string, code: string) {
  await checkAnswer(deps, accountId, { code });
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(
    deps.database.db,
    accountId,
    recoveryCodes.map((c) => hashRecoveryCode(deps.config.TOTP_ENCRYPTION_KEY, c)),
  );
  return recoveryCodes;
}

/** Patients may turn it off again, with a code; staff may not. */
export async function disableSecondFactor(deps: Deps, accountId: string, role: Role, answer: CodeAnswer) {
  if (secondFactorRequired(role)) {
    throw new ProblemError(403, 'Staff accounts must keep two-step sign-in.', {
      code: 'second_factor.staff_must_keep',
    });
  }
  await checkAnswer(deps, accountId, answer);
  await removeSecondFactor(deps.database.db, accountId);
}
