import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Queue } from 'bull';
import { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import { accounts, notifications } from '../../db/schema/index.js';
import type { LocalizedText } from '../../db/schema/common.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from './mailer.js';

export interface NotificationInput {
  accountId: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  data?: Record<string, unknown>;
  /** A natural key of the event (e.g. `lab-result:<id>`); sending the same event twice is a no-op. */
  idempotencyKey: string;
}

export const deliveryJobSchema = z.object({ notificationId: z.uuid() });

/**
 * The notification row (the in-app centre reads it at once) and its delivery job (whatever leaves the
 * system: e-mail) commit together through the job outbox, inside the caller's transaction when there is one.
 * A repeated event adds nothing: the row is unique by its key, and so is the job.
 */
export async function notify(db: Db | Tx, queue: Queue, input: NotificationInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notifications)
      .values({ ...input, data: input.data ?? null })
      .onConflictDoNothing({ target: notifications.idempotencyKey })
      .returning({ id: notifications.id });
    if (!row) {
      const [existing] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.idempotencyKey, input.idempotencyKey));
      if (!existing) throw new Error(`notification ${input.idempotencyKey} vanished after insert`);
      return { id: existing.id, created: false };
    }
    await enqueueJob(tx, queue, { notificationId: row.id }, { jobId: `deliver:${input.idempotencyKey}` });
    return { id: row.id, created: true };
  });
}

/** Delivers one notification; safe to run again after a crash or a retry. */
export async function deliverNotification(db: Db, mailer: Mailer | null, log: Logger, raw: unknown) {
  const { notificationId } = deliveryJobSchema.parse(raw);
  const [row] = await db
    .select({ n: notifications, email: accounts.email, locale: accounts.locale })
    .from(notifications)
    .innerJoin(accounts, eq(accounts.id, notifications.accountId))
    .where(eq(notifications.id, notificationId));
  if (!row) return { status: 'missing' as const };
  if (row.n.deliveredAt) return { status: 'already-delivered' as const };
  await db
    .update(notifications)
    .set({ deliveryAttempts: sql`${notifications.deliveryAttempts} + 1` })
    .where(eq(notifications.id, notificationId));
  let emailed = false;
  if (mailer && row.email && !row.n.emailedAt) {
    await mailer.send({ to: row.email, subject: row.n.title[row.locale], text: row.n.body[row.locale] });
    emailed = true;
  }
  await db
    .update(notifications)
    .set({ deliveredAt: new Date(), ...(emailed ? { emailedAt: new Date() } : {}) })
    .where(eq(notifications.id, notificationId));
  log.info({ notificationId, emailed }, 'notification delivered');
  return { status: 'delivered' as const, emailed };
}

/** The centre's newest 100 and the unread count: two prepared queries, run concurrently (screens poll this). */
export async function listNotifications(db: Db, accountId: string) {
  const account = sql.placeholder('accountId');
  const [items, [unread]] = await Promise.all([
    preparedQuery(db, 'notifications_list', () =>
      db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          title: notifications.title,
          body: notifications.body,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
        })
        .from(notifications)
        .where(eq(notifications.accountId, account))
        .orderBy(desc(notifications.createdAt))
        .limit(100),
    ).execute({ accountId }),
    preparedQuery(db, 'notifications_unread', () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.accountId, account), isNull(notifications.readAt))),
    ).execute({ accountId }),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

export async function markNotificationRead(db: Db, accountId: string, id: string) {
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(eq(notifications.id, id), eq(notifications.accountId, accountId), isNull(notifications.readAt)),
    )
    .returning({ id: notifications.id });
  if (updated.length) return true;
  const [exists] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)));
  return Boolean(exists);
}
