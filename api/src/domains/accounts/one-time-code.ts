import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ProblemError } from '../../http/problem.js';

/**
 * The six-digit codes sent by message for registration and password reset. Only a salted hash is
 * kept (in Redis, next to what the code unlocks); each code allows a few wrong tries and works once.
 */

/** Wrong codes per identity before its code is burnt and the person has to ask for a new one. */
export const MAX_CODE_ATTEMPTS = 5;

export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** `salt`: what the code belongs to (a pending registration, an account), so equal codes hash apart. */
export const hashCode = (salt: string, code: string) =>
  createHash('sha256').update(`${salt}:${code}`).digest('hex');

export function codeMatches(storedHash: string | null | undefined, salt: string, code: string): boolean {
  if (!storedHash) return false;
  return timingSafeEqual(Buffer.from(storedHash, 'hex'), Buffer.from(hashCode(salt, code), 'hex'));
}

export function tooMany(seconds: number, detail: string): ProblemError {
  return new ProblemError(429, detail, {
    code: 'http.rate_limited',
    params: { retryAfterSeconds: seconds },
    headers: { 'retry-after': String(seconds) },
  });
}

/**
 * Counts one more try of a code at `attemptsKey`; past MAX_CODE_ATTEMPTS it deletes `codeKey` (the code
 * is burnt, only a new request sends another) and throws 429 with `detail`.
 */
export async function countCodeAttempt(
  redis: Redis,
  keys: { attemptsKey: string; codeKey: string },
  windowSeconds: number,
  detail: string,
) {
  const tries = await redis
    .multi()
    .incr(keys.attemptsKey)
    .expire(keys.attemptsKey, windowSeconds, 'NX')
    .exec();
  if (Number(tries?.[0]?.[1]) > MAX_CODE_ATTEMPTS) {
    await redis.del(keys.codeKey);
    throw tooMany(Math.max(1, await redis.ttl(keys.attemptsKey)), detail);
  }
}
