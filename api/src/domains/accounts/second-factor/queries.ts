import { and, count, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { recoveryCodes, secondFactors } from '../../../db/schema/index.js';

export async function findSecondFactor(db: Db, accountId: string) {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.accountId, accountId));
  return row ?? null;
}

/**
 * Records `step` as used if it is later than the last one: the compare-and-set is one statement, so two
 * requests with the same code cannot both pass.
 */
export async function takeTotpStep(db: Db, accountId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(secondFactors.accountId, accountId), lt(secondFactors.lastUsedStep, step)))
    .returning({ accountId: secondFactors.accountId });
  return rows.length === 1;
}

/** Marks one unused recovery code as used; false when there is no such unused code. */
export async function takeRecoveryCode(db: Db, accountId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.accountId, accountId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function countRecoveryCodesLeft(db: Db, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Enables the factor with its first used step and its recovery codes, together; false if already enabled. */
export async function enableSecondFactor(
  db: Db,
  input: { accountId: string; secretCiphertext: string; step: number; codeHashes: string[] },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(secondFactors)
      .values({
        accountId: input.accountId,
        secretCiphertext: input.secretCiphertext,
        lastUsedStep: input.step,
      })
      .onConflictDoNothing()
      .returning({ accountId: secondFactors.accountId });
    if (inserted.length === 0) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, input.accountId));
    await tx
      .insert(recoveryCodes)
      .values(input.codeHashes.map((codeHash) => ({ accountId: input.accountId, codeHash })));
    return true;
  });
}

/** A new set of recovery codes replaces every earlier one, used or not. */
export async function replaceRecoveryCodes(db: Db, accountId: string, codeHashes: string[]) {
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
    await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
  });
}

export async function removeSecondFactor(db: Db, accountId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
    await tx.delete(secondFactors).where(eq(secondFactors.accountId, accountId));
  });
}
