import { bigint, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized } from './common.js';

/** A coordinator is the insurer's medical coordinator: guarantee letters against the programme's cover. */
export const roleEnum = pgEnum('role', ['patient', 'doctor', 'assistant', 'admin', 'coordinator']);
export const localeEnum = pgEnum('locale', ['ru', 'en']);

export const accounts = pgTable('accounts', {
  id: id(),
  role: roleEnum('role').notNull(),
  email: text('email').unique(),
  phone: text('phone').unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: localized('display_name'),
  locale: localeEnum('locale').notNull().default('ru'),
  createdAt: createdAt(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

/** Server-side sessions; only a hash of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    /** The browser's address at sign-in; copied with the user agent into the audit rows the session writes. */
    clientAddress: text('client_address'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/**
 * An account's TOTP second factor (RFC 6238), written once the owner confirmed it with a code (a pending
 * enrolment lives in Redis). The secret is encrypted at rest (AES-256-GCM, `TOTP_ENCRYPTION_KEY`). The last
 * accepted time step is kept so the same code cannot be used twice.
 */
export const secondFactors = pgTable('second_factors', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  secretCiphertext: text('secret_ciphertext').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }).notNull(),
});

/** Single-use recovery codes for a lost phone; only a keyed hash of each is stored. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: createdAt(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('recovery_codes_account_code_uq').on(t.accountId, t.codeHash)],
);
