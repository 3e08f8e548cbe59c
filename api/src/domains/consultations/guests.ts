import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import type { LocalizedText } from '../../db/schema/common.js';
import { accounts, consultationGuests, practitioners } from '../../db/schema/index.js';
import { notify } from '../notifications/service.js';

/**
 * The people the doctor invited into a consultation, with the role each is shown under in the room; the rows
 * are also the appointment's record of who was brought in, by whom and when.
 */
export async function consultationGuestList(db: Db, appointmentId: string) {
  const rows = await db
    .select({
      accountId: consultationGuests.accountId,
      role: consultationGuests.role,
      fullName: accounts.displayName,
      invitedAt: consultationGuests.createdAt,
      invitedBy: consultationGuests.invitedByAccountId,
    })
    .from(consultationGuests)
    .innerJoin(accounts, eq(accounts.id, consultationGuests.accountId))
    .where(eq(consultationGuests.appointmentId, appointmentId))
    .orderBy(asc(consultationGuests.createdAt));
  const inviterIds = [...new Set(rows.map((r) => r.invitedBy))];
  const inviters = inviterIds.length
    ? await db
        .select({ id: accounts.id, name: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, inviterIds))
    : [];
  const inviterName = new Map(inviters.map((i) => [i.id, i.name]));
  return rows.map((r) => ({
    accountId: r.accountId,
    role: r.role as 'patient' | 'doctor' | 'assistant',
    fullName: r.fullName,
    invitedAt: r.invitedAt.toISOString(),
    invitedBy: inviterName.get(r.invitedBy)!,
  }));
}

/** Colleagues a doctor can bring into a call: every active doctor and assistant but the doctor herself. */
export async function staffGuestCandidates(db: Db, selfAccountId: string) {
  return db
    .select({
      accountId: practitioners.accountId,
      fullName: practitioners.fullName,
      kind: practitioners.kind,
    })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(and(ne(practitioners.accountId, selfAccountId), isNull(accounts.disabledAt)))
    .orderBy(asc(practitioners.kind), asc(practitioners.fullName));
}

/**
 * Records the invitation and tells the guest where to join, in one transaction: the record and the message
 * go together. Inviting somebody again changes nothing.
 */
export async function inviteGuest(
  db: Db,
  queue: Queue,
  input: {
    appointmentId: string;
    guest: { id: string; role: 'patient' | 'doctor' | 'assistant' };
    inviter: { id: string; name: LocalizedText };
  },
) {
  const { appointmentId, guest, inviter } = input;
  const path = `/appointments/${appointmentId}/call`;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultationGuests)
      .values({ appointmentId, accountId: guest.id, invitedByAccountId: inviter.id, role: guest.role })
      .onConflictDoNothing()
      .returning();
    if (!row) return;
    await notify(tx, queue, {
      accountId: guest.id,
      kind: 'consultation_invite',
      title: { ru: 'Приглашение в консультацию', en: 'Invitation to a consultation' },
      body: {
        ru: `${inviter.name.ru} приглашает вас в консультацию. Подключитесь на странице звонка: ${path}`,
        en: `${inviter.name.en} invites you into a consultation. Join on its call page: ${path}`,
      },
      data: { appointmentId },
      idempotencyKey: `consultation-invite:${appointmentId}:${guest.id}`,
    });
  });
}
