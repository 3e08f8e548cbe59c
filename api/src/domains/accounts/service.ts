import { hashPassword } from '../../auth/password.js';
import type { Db } from '../../db/client.js';
import { accounts, patients } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { findAccountByLogin } from './queries.js';
import type { registerBodySchema } from './schemas.js';
import type { z } from '@hono/zod-openapi';

/** Creates a patient account and its patient record together, or neither. */
export async function registerPatient(db: Db, input: z.infer<typeof registerBodySchema>) {
  for (const login of [input.email, input.phone]) {
    if (login && (await findAccountByLogin(db, login))) {
      throw new ProblemError(409, `An account with ${login} already exists. Sign in instead.`);
    }
  }
  const passwordHash = await hashPassword(input.password);
  const name = { ru: input.fullName, en: input.fullName };
  return db.transaction(async (tx) => {
    const [account] = await tx
      .insert(accounts)
      .values({
        role: 'patient',
        email: input.email ?? null,
        phone: input.phone ?? null,
        passwordHash,
        displayName: name,
        locale: input.locale,
      })
      .returning();
    if (!account) throw new Error('account insert returned nothing');
    await tx.insert(patients).values({
      accountId: account.id,
      fullName: name,
      birthDate: input.birthDate,
      sex: input.sex,
    });
    return account;
  });
}
