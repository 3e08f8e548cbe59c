import { and, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../../auth/audit.js';
import { underGuardianshipAge } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import {
  accounts,
  appointments,
  notifications,
  patients,
  recoveryCodes,
  secondFactors,
  sessions,
} from '../../db/schema/index.js';

/** What the account is called once anonymised, wherever an old record still shows who acted. */
export const DELETED_ACCOUNT_NAME = { ru: 'Удалённая учётная запись', en: 'Deleted account' };
/** Not a scrypt hash: `verifyPassword` refuses every password against it. */
const NO_PASSWORD = 'deleted';

/** Why the account cannot be deleted now, if anything stops it. */
export async function deletionBlockers(db: Db, patientId: string) {
  const [children] = await db
    .select({ n: count() })
    .from(patients)
    .where(and(eq(patients.guardianId, patientId), underGuardianshipAge));
  const family = db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.guardianId, patientId), underGuardianshipAge));
  const [upcoming] = await db
    .select({ n: count() })
    .from(appointments)
    .where(
      and(
        sql`(${appointments.patientId} = ${patientId} or ${inArray(appointments.patientId, family)})`,
        inArray(appointments.status, ['booked', 'waiting', 'in_progress']),
        gt(appointments.startsAt, sql`now() - interval '1 hour'`),
      ),
    );
  return { children: children?.n ?? 0, upcomingAppointments: upcoming?.n ?? 0 };
}

/**
 * Deletes a patient's account as 152-FZ art. 21 asks, within what the law requires to be kept: the sign-in
 * identity goes (e-mail, phone, name on the account, password, second factor, sessions, in-app messages) and
 * the account can no longer sign in; the medical record stays, because the law keeps it after the person
 * leaves: 152-FZ art. 9 part 2, art. 10 part 2 item 4 and art. 21 part 5 (health data processed for medical
 * purposes under medical secrecy need no consent and outlive a withdrawal), 323-FZ art. 13 (medical secrecy
 * continues), order 947n (2020) and the 25-year retention (domains/record-keeping/retention.ts). So the
 * `patients` row keeps the name, birth date and sex that identify whose record it is (a medical card must:
 * order 834n (2014), form 025/у), with its conclusions, lab reports, files, consents and the audit log.
 * One transaction; audited.
 */
export async function anonymiseAccount(
  db: Db,
  actor: Actor,
  requestId: string | undefined,
  patientId: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({
        email: null,
        phone: null,
        displayName: DELETED_ACCOUNT_NAME,
        passwordHash: NO_PASSWORD,
        disabledAt: sql`now()`,
      })
      .where(eq(accounts.id, actor.accountId));
    // The home region is a preference of the account, not part of the medical record.
    await tx.update(patients).set({ region: null }).where(eq(patients.id, patientId));
    await tx.delete(sessions).where(eq(sessions.accountId, actor.accountId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, actor.accountId));
    await tx.delete(secondFactors).where(eq(secondFactors.accountId, actor.accountId));
    await tx.delete(notifications).where(eq(notifications.accountId, actor.accountId));
    await writeAudit(tx, actor, requestId, {
      action: 'account.deletion',
      resourceType: 'Account',
      resourceId: actor.accountId,
      patientId,
      outcome: 'allowed',
    });
  });
}
