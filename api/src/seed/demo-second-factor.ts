import { ne } from 'drizzle-orm';
import { encryptTotpSecret, totpCode } from '../auth/totp.js';
import type { Db } from '../db/client.js';
import { accounts, secondFactors } from '../db/schema/index.js';

/**
 * Every seeded staff account has two-step sign-in enrolled with this one published secret, so people trying
 * the demo can add it to any authenticator app once (or run `npm run demo:totp`). Demo only: real staff enrol
 * their own random secret.
 */
export const DEMO_TOTP_SECRET = 'TELEMEDDEMOSTAFFTOTPSECRETQWERTY';

export const DEMO_EMAIL_DOMAIN = '@demo.telemed';

export const isDemoLogin = (email: string | null) => Boolean(email?.endsWith(DEMO_EMAIL_DOMAIN));

/** The demo staff accounts' code right now. */
export const demoTotpCode = (at = Date.now()) => totpCode(DEMO_TOTP_SECRET, at);

/** Enrols every seeded staff account with the demo secret (no recovery codes: the profile can make them). */
export async function seedDemoSecondFactors(db: Db, totpEncryptionKey: Buffer) {
  const staff = await db.select({ id: accounts.id }).from(accounts).where(ne(accounts.role, 'patient'));
  if (staff.length === 0) return;
  await db.insert(secondFactors).values(
    staff.map(({ id }) => ({
      accountId: id,
      secretCiphertext: encryptTotpSecret(totpEncryptionKey, id, DEMO_TOTP_SECRET),
      lastUsedStep: 0,
    })),
  );
}
