import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from '@hono/zod-openapi';

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

/** Password rules shown to users: at least 10 characters, with letters and digits. */
export const passwordSchema = z
  .string()
  .min(10, 'Password must be at least 10 characters long')
  .max(200, 'Password must be at most 200 characters long')
  .regex(/\p{L}/u, 'Password must contain a letter')
  .regex(/\d/, 'Password must contain a digit');

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
