import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { accounts } from '../../db/schema/index.js';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByLogin(db: Db, login: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(or(eq(accounts.email, login), eq(accounts.phone, login)))
    .limit(1);
  return row ?? null;
}

export async function findAccount(db: Db, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export const toAccount = (a: AccountRow) => ({
  id: a.id,
  role: a.role,
  email: a.email,
  phone: a.phone,
  displayName: a.displayName,
  locale: a.locale,
});
