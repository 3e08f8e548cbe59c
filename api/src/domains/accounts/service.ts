import type { Db } from '../../db/client.js';
import { accounts, patients } from '../../db/schema/index.js';
import type { PendingRegistration } from './registration.js';

/**
 * Creates a patient account and its patient record together, or neither, once registration is
 * confirmed. A unique violation means the e-mail or phone was taken in the meantime.
 */
export async function createPatientAccount(db: Db, input: PendingRegistration['account']) {
  const { passwordHash } = input;
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
