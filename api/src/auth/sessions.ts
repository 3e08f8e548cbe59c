import { hash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { SessionCache } from './session-cache.js';
import { accounts, patients, practitioners, sessions } from '../db/schema/index.js';

export const SESSION_COOKIE = 'tm_session';

export type Role = (typeof accounts.$inferSelect)['role'];

/** The authenticated caller, as every route and the authorization policy see it. */
export interface Actor {
  accountId: string;
  role: Role;
  /** The patient record of a patient account (their own, not their children's). */
  patientId: string | null;
  practitionerId: string | null;
  csrfToken: string;
  tokenHash: string;
  /** Where the session signed in from (address, browser): what the audit log records as "from where". */
  clientAddress: string | null;
  userAgent: string | null;
}

// One-shot: a third of createHash's cost, and every signed-in request hashes its cookie.
const hashToken = (token: string) => hash('sha256', token, 'hex');

export async function createSession(
  db: Db,
  accountId: string,
  ttlHours: number,
  userAgent: string | undefined,
  clientAddress?: string,
) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.delete(sessions).where(and(eq(sessions.accountId, accountId), lt(sessions.expiresAt, new Date())));
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    accountId,
    csrfToken,
    expiresAt,
    userAgent: userAgent?.slice(0, 300),
    clientAddress: clientAddress ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * The session's actor: from `cache` when it was seen within the cache's TTL (returned as is, not as a
 * promise), else from the database.
 */
export function findActor(db: Db, token: string, cache?: SessionCache): Actor | Promise<Actor | null> {
  const tokenHash = hashToken(token);
  return cache?.get(tokenHash) ?? loadActor(db, tokenHash, cache);
}

async function loadActor(db: Db, tokenHash: string, cache?: SessionCache): Promise<Actor | null> {
  const [row] = await db
    .select({
      accountId: accounts.id,
      role: accounts.role,
      disabledAt: accounts.disabledAt,
      csrfToken: sessions.csrfToken,
      clientAddress: sessions.clientAddress,
      userAgent: sessions.userAgent,
      patientId: patients.id,
      practitionerId: practitioners.id,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(patients, eq(patients.accountId, accounts.id))
    .leftJoin(practitioners, eq(practitioners.accountId, accounts.id))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row || row.disabledAt) return null;
  const actor = {
    accountId: row.accountId,
    role: row.role,
    patientId: row.patientId,
    practitionerId: row.practitionerId,
    csrfToken: row.csrfToken,
    tokenHash,
    clientAddress: row.clientAddress,
    userAgent: row.userAgent,
  };
  cache?.set(actor);
  return actor;
}

export async function deleteSession(db: Db, tokenHash: string, cache?: SessionCache) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  await cache?.endSession(tokenHash);
}
