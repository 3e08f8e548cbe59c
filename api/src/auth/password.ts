import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from '@hono/zod-openapi';
import { dictionary } from '@zxcvbn-ts/language-common';

const scrypt = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: ScryptOptions,
) => Promise<Buffer>;

// OWASP Password Storage Cheat Sheet (2023): scrypt N=2^17, r=8, p=1 is the floor; 2^15 keeps
// seeding and tests fast while staying within the 64 MiB default limit we set below.
const params = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** The demo world's published password: never acceptable for a real account. */
export const DEMO_PASSWORD = 'Telemed-Demo-2026';

export const MIN_PASSWORD_LENGTH = 12;

// ~49,000 most common passwords (from leaked-password corpora, Russian keyboard layouts included), shipped
// as data in zxcvbn-ts's MIT-licensed dictionary package, so nothing is fetched at run time.
const commonPasswords = new Set(dictionary['passwords-common']);

/**
 * True for a password on the common list, or one of them wrapped in digits and punctuation
 * (`dragon12345678`, `!!qwerty2026`), or the demo password: the first things anyone guesses.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, '');
  return (
    lower === DEMO_PASSWORD.toLowerCase() ||
    commonPasswords.has(lower) ||
    (core.length > 0 && commonPasswords.has(core))
  );
}

/** True when the password contains the account's own e-mail (or its name part) or phone number. */
export function passwordContainsIdentity(
  password: string,
  identity: { email?: string | null | undefined; phone?: string | null | undefined },
): boolean {
  const lower = password.toLowerCase();
  const digits = password.replace(/\D/g, '');
  const email = identity.email?.toLowerCase();
  const localPart = email?.split('@')[0] ?? '';
  // The national number (last 10 digits) is what people type, with or without +7/8 in front.
  const phone = identity.phone?.replace(/\D/g, '').slice(-10);
  return (
    (!!email && lower.includes(email)) ||
    (localPart.length >= 4 && lower.includes(localPart)) ||
    (!!phone && phone.length >= 7 && digits.includes(phone))
  );
}

/**
 * Password rules shown to users: at least 12 characters, letters and digits, and not a common password.
 * Registration also refuses a password containing the person's own e-mail or phone.
 */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters long`)
  .max(200, 'Password must be at most 200 characters long')
  .regex(/\p{L}/u, 'Password must contain a letter')
  .regex(/\d/, 'Password must contain a digit')
  .refine((p) => !isCommonPassword(p), 'This password is too common; choose one that is hard to guess');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, key] = stored.split('$');
  if (algo !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the login is unknown, so timing does not reveal which accounts exist. */
export const dummyPasswordHash = hashPassword('dummy-password-0');
