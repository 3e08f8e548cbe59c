import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/context.js';

/**
 * A browser the account has signed in from before carries this cookie: `accountId.deviceId.issuedAt.mac`,
 * HMAC-signed with DEVICE_COOKIE_SECRET. With it the right password still passes while strangers'
 * wrong guesses slow the account down (see auth/rate-limit.ts). It is bound to one account, so
 * signing in to your own account gives you nothing against anyone else's. The web apps keep it in
 * their own HttpOnly cookie and send it back on sign-in, as they do with the session.
 */
export const DEVICE_COOKIE = 'tm_device';
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`device:v1:${payload}`).digest();
}

/** The device id from a valid cookie for this account, or null. */
export function knownDevice(c: Context<AppEnv>, accountId: string): string | null {
  const value = getCookie(c, DEVICE_COOKIE);
  const [account, deviceId, issuedAt, signature, ...rest] = value?.split('.') ?? [];
  if (!account || !deviceId || !issuedAt || !signature || rest.length) return null;
  const payload = `${account}.${deviceId}.${issuedAt}`;
  const expected = mac(c.get('deps').config.DEVICE_COOKIE_SECRET, payload);
  const actual = Buffer.from(signature, 'base64url');
  const valid = actual.length === expected.length && timingSafeEqual(actual, expected);
  const fresh = Date.now() / 1000 - Number(issuedAt) < MAX_AGE_SECONDS;
  return valid && fresh && account === accountId ? deviceId : null;
}

/** Marks this browser as known to the account (keeping its device id if it already was). */
export function rememberDevice(c: Context<AppEnv>, accountId: string) {
  const { config } = c.get('deps');
  const deviceId = knownDevice(c, accountId) ?? randomUUID();
  const payload = `${accountId}.${deviceId}.${Math.floor(Date.now() / 1000)}`;
  const signature = mac(config.DEVICE_COOKIE_SECRET, payload).toString('base64url');
  setCookie(c, DEVICE_COOKIE, `${payload}.${signature}`, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.NODE_ENV === 'production',
    path: '/auth',
    maxAge: MAX_AGE_SECONDS,
    expires: new Date(Date.now() + MAX_AGE_SECONDS * 1000),
  });
}
