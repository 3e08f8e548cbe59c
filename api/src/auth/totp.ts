import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * TOTP second factor (RFC 6238 with the defaults every authenticator app supports: SHA-1, 6 digits, 30 s),
 * the encryption of its secret at rest, and single-use recovery codes.
 */

const ISSUER = 'Telemed';
const PERIOD_SECONDS = 30;
/** One step either side of now, for a phone clock a little off and a code typed at the end of its step. */
const WINDOW_STEPS = 1;

function totp(secretBase32: string, label = '') {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random 160-bit secret (RFC 4226 recommends at least 128 bits), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from the enrolment QR code. */
export function totpUri(secretBase32: string, accountLabel: string): string {
  return totp(secretBase32, accountLabel).toString();
}

/** The code for `at` (tests and the demo command). */
export function totpCode(secretBase32: string, at = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: at });
}

/**
 * The time step a code belongs to when it is valid now (± one step), otherwise null. The caller stores the
 * step and refuses any step not later than the last one used, so a code cannot be replayed.
 */
export function matchTotpStep(secretBase32: string, code: string, at = Date.now()): number | null {
  const delta = totp(secretBase32).validate({ token: code, timestamp: at, window: WINDOW_STEPS });
  return delta === null ? null : Math.floor(at / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * AES-256-GCM with a fresh 96-bit nonce per secret. The account id is authenticated data, so a ciphertext
 * copied onto another account's row does not decrypt.
 */
export function encryptTotpSecret(key: Buffer, accountId: string, secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(accountId));
  const ciphertext = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptTotpSecret(key: Buffer, accountId: string, stored: string): string {
  const [version, iv, ciphertext, tag] = stored.split('.');
  if (version !== 'v1' || !iv || !ciphertext || !tag) throw new Error('unknown TOTP secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(accountId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}

// Recovery codes: 12 characters from an alphabet without look-alikes (0/O, 1/I/L), shown as xxxx-xxxx-xxxx.
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const RECOVERY_LENGTH = 12;
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: RECOVERY_LENGTH },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    ).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** Case, spaces and dashes do not matter when a person types a code back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * Codes are random (~59 bits), so a keyed hash is enough to store them; the key (derived from the TOTP
 * encryption key with HKDF, never used for both purposes) means a copy of the database alone cannot be used to
 * search for them.
 */
export function hashRecoveryCode(totpEncryptionKey: Buffer, code: string): string {
  const key = Buffer.from(hkdfSync('sha256', totpEncryptionKey, '', 'telemed recovery codes', 32));
  return createHmac('sha256', key).update(normaliseRecoveryCode(code)).digest('hex');
}
