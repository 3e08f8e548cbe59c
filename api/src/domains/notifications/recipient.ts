import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { underGuardianshipAge } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { accounts, patients } from '../../db/schema/index.js';

/**
 * The account that receives news about a patient: their own, or the guardian's for a child under 15. From 15 the
 * patient decides about their care alone (323-FZ art. 54 part 2) and the parent no longer sees their record
 * (auth/policy.ts): news of their consultations, conclusions, results and alerts goes to nobody but their own
 * account (none, while they have none).
 */
export async function recipientAccount(db: Db, patientId: string) {
  const guardians = alias(patients, 'guardian');
  const guardianAccounts = alias(accounts, 'guardian_account');
  const [row] = await db
    .select({
      ownId: accounts.id,
      ownLocale: accounts.locale,
      guardianId: guardianAccounts.id,
      guardianLocale: guardianAccounts.locale,
      guarded: sql<boolean>`${underGuardianshipAge}`,
    })
    .from(patients)
    .leftJoin(accounts, eq(accounts.id, patients.accountId))
    .leftJoin(guardians, eq(guardians.id, patients.guardianId))
    .leftJoin(guardianAccounts, eq(guardianAccounts.id, guardians.accountId))
    .where(eq(patients.id, patientId));
  if (row?.ownId) return { accountId: row.ownId, locale: row.ownLocale ?? 'ru' };
  if (row?.guardianId && row.guarded)
    return { accountId: row.guardianId, locale: row.guardianLocale ?? 'ru' };
  return null;
}
