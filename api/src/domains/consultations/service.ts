import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { appointments, consultationEvents, consultationMessages } from '../../db/schema/index.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { ProblemError } from '../../http/problem.js';
import type { internalEventSchema, internalMessageSchema } from './schemas.js';

type MessageRow = typeof consultationMessages.$inferSelect;

export const toChatMessage = (m: MessageRow) => ({
  id: m.id,
  seq: m.seq,
  senderAccountId: m.senderAccountId,
  senderRole: m.senderRole,
  body: m.body,
  attachmentFileId: m.attachmentFileId,
  sentAt: m.sentAt.toISOString(),
  createdAt: m.createdAt.toISOString(),
});

/** Stores a chat message once: a resend with the same client id returns the stored message. */
export async function persistChatMessage(
  db: Db,
  appointmentId: string,
  input: z.infer<typeof internalMessageSchema>,
) {
  let inserted: MessageRow | undefined;
  try {
    [inserted] = await db
      .insert(consultationMessages)
      .values({ ...input, appointmentId, sentAt: new Date(input.sentAt) })
      .onConflictDoNothing({ target: consultationMessages.id })
      .returning();
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new ProblemError(400, 'The sender or the attached file does not exist.', {
        code: 'consultation.unknown_reference',
      });
    throw error;
  }
  if (inserted) return { message: toChatMessage(inserted), created: true };
  const [existing] = await db
    .select()
    .from(consultationMessages)
    .where(eq(consultationMessages.id, input.id));
  if (
    !existing ||
    existing.appointmentId !== appointmentId ||
    existing.senderAccountId !== input.senderAccountId
  ) {
    throw new ProblemError(409, 'A different message already uses this id.', { code: 'chat.id_conflict' });
  }
  return { message: toChatMessage(existing), created: false };
}

export async function chatHistory(db: Db, appointmentId: string) {
  const rows = await db
    .select()
    .from(consultationMessages)
    .where(eq(consultationMessages.appointmentId, appointmentId))
    .orderBy(asc(consultationMessages.seq));
  return rows.map(toChatMessage);
}

/** Records a room event and moves the appointment along: started → in progress, ended → completed. */
export async function recordRoomEvent(
  db: Db,
  appointmentId: string,
  event: z.infer<typeof internalEventSchema>,
) {
  const at = new Date(event.at);
  try {
    await applyRoomEvent(db, appointmentId, event, at);
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new ProblemError(400, 'The event names an account that does not exist.', {
        code: 'consultation.unknown_reference',
      });
    throw error;
  }
}

async function applyRoomEvent(
  db: Db,
  appointmentId: string,
  event: z.infer<typeof internalEventSchema>,
  at: Date,
) {
  await db.transaction(async (tx) => {
    await tx
      .insert(consultationEvents)
      .values({ appointmentId, type: event.type, accountId: event.accountId, at });
    if (event.type === 'started') {
      await tx
        .update(appointments)
        .set({ status: 'in_progress', startedAt: at })
        .where(
          and(
            eq(appointments.id, appointmentId),
            inArray(appointments.status, ['booked', 'waiting']),
            isNull(appointments.startedAt),
          ),
        );
    }
    if (event.type === 'ended') {
      await tx
        .update(appointments)
        .set({ status: 'completed', endedAt: at })
        .where(
          and(
            eq(appointments.id, appointmentId),
            inArray(appointments.status, ['booked', 'waiting', 'in_progress']),
          ),
        );
    }
  });
}
