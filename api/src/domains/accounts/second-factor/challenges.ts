import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ProblemError } from '../../../http/problem.js';

/**
 * The state between a right password and a session, kept in Redis: a random challenge the client sends back
 * with its code. `verify` asks an enrolled account for a code; `enrol` lets staff without a second factor
 * only set one up. A challenge is used once; a pending enrolment secret is kept beside it.
 */
export type ChallengeStep = 'verify' | 'enrol';

interface ChallengeRecord {
  accountId: string;
  step: ChallengeStep;
  issuedAt: number;
}

const TTL_SECONDS: Record<ChallengeStep, number> = {
  verify: 5 * 60,
  // Time to install an authenticator app and scan the code.
  enrol: 15 * 60,
};

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const challengeKey = (token: string) => `2fa:challenge:${hashOf(token)}`;
const revokedKey = (accountId: string) => `2fa:revoked:${accountId}`;

export const expiredChallenge = () =>
  new ProblemError(
    410,
    'This sign-in step has expired or was already used. Sign in again with your password.',
    { code: 'second_factor.step_expired' },
  );

export async function issueChallenge(redis: Redis, accountId: string, step: ChallengeStep) {
  const token = randomBytes(32).toString('base64url');
  const ttl = TTL_SECONDS[step];
  const record: ChallengeRecord = { accountId, step, issuedAt: Date.now() };
  await redis.set(challengeKey(token), JSON.stringify(record), 'EX', ttl);
  return { challenge: token, expiresAt: new Date(Date.now() + ttl * 1000).toISOString() };
}

/** The challenge's account, if the challenge is live and of the expected step. */
export async function readChallenge(redis: Redis, token: string, step: ChallengeStep): Promise<string> {
  const raw = await redis.get(challengeKey(token));
  const record = raw ? (JSON.parse(raw) as ChallengeRecord) : null;
  if (!record || record.step !== step) throw expiredChallenge();
  const revokedAt = Number((await redis.get(revokedKey(record.accountId))) ?? 0);
  if (record.issuedAt <= revokedAt) throw expiredChallenge();
  return record.accountId;
}

/**
 * Voids every challenge the account holds, e.g. after a password reset: a challenge proves the old password,
 * so it must not become a session. Kept as long as the longest-lived challenge.
 */
export async function revokeChallenges(redis: Redis, accountId: string) {
  await redis.set(revokedKey(accountId), String(Date.now()), 'EX', Math.max(...Object.values(TTL_SECONDS)));
}

/** Ends the challenge; only the first of two concurrent right answers gets a session. */
export async function consumeChallenge(redis: Redis, token: string) {
  if ((await redis.del(challengeKey(token))) !== 1) throw expiredChallenge();
}

/** Where a pending enrolment's secret waits for its confirming code: per challenge, or per session. */
export const pendingEnrolmentKey = (by: { challenge: string } | { sessionTokenHash: string }) =>
  'challenge' in by
    ? `2fa:pending:challenge:${hashOf(by.challenge)}`
    : `2fa:pending:session:${by.sessionTokenHash}`;

export const PENDING_ENROLMENT_TTL_SECONDS = TTL_SECONDS.enrol;

/**
 * Wrong codes per account in a fixed window: 5 per 15 minutes leaves a guesser a few in a million chances
 * per window, and only after the password; the owner waits at worst a quarter of an hour.
 */
const WRONG_CODE_LIMIT = 5;
const WRONG_CODE_WINDOW_SECONDS = 15 * 60;
const failuresKey = (accountId: string) => `2fa:failures:${accountId}`;

export async function assertCodeAttemptsLeft(redis: Redis, accountId: string) {
  const key = failuresKey(accountId);
  if (Number((await redis.get(key)) ?? 0) < WRONG_CODE_LIMIT) return;
  const wait = Math.max(1, await redis.ttl(key));
  throw new ProblemError(429, `Too many wrong codes. Try again in ${Math.ceil(wait / 60)} min.`, {
    code: 'second_factor.too_many_codes',
    params: { retryAfterSeconds: wait },
    headers: { 'retry-after': String(wait) },
  });
}

export async function recordWrongCode(redis: Redis, accountId: string) {
  const key = failuresKey(accountId);
  await redis.multi().incr(key).expire(key, WRONG_CODE_WINDOW_SECONDS, 'NX').exec();
}

export async function clearWrongCodes(redis: Redis, accountId: string) {
  await redis.del(failuresKey(accountId));
}
