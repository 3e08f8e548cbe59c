import { recipientAccount } from '../notifications/recipient.js';
import type { Queue } from 'bull';
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments } from '../../db/schema/index.js';
import { enqueueJob } from '../../jobs/outbox.js';
import { platformClockTime } from '../../lib/time-zone.js';
import type { Logger } from '../../logger.js';
import { notify } from '../notifications/service.js';

/** How long before a planned consultation the patient is reminded. */
export const REMINDER_MINUTES_BEFORE = 30;

const reminderJobSchema = z.object({ appointmentId: z.uuid(), startsAt: z.iso.datetime() });

/**
 * One delayed job per (appointment, start time): rescheduling makes a new one, and the old job
 * finds the time changed and does nothing. Written to the outbox in the booking's transaction.
 */
export async function scheduleReminder(
  db: Db | Tx,
  queue: Queue,
  appointment: typeof appointments.$inferSelect,
) {
  await enqueueJob(
    db,
    queue,
    { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() },
    {
      jobId: `reminder:${appointment.id}:${appointment.startsAt.getTime()}`,
      runAt: new Date(appointment.startsAt.getTime() - REMINDER_MINUTES_BEFORE * 60_000),
    },
  );
}

/** Sends the reminder to the patient, or to the guardian for a child, if the booking still stands. */
export async function sendReminder(db: Db, notifications: Queue, log: Logger, raw: unknown) {
  const job = reminderJobSchema.parse(raw);
  const [row] = await db
    .select({ a: appointments })
    .from(appointments)
    .where(eq(appointments.id, job.appointmentId));
  if (!row || row.a.status !== 'booked' || row.a.startsAt.toISOString() !== job.startsAt) {
    return { status: 'stale' as const };
  }
  const recipient = await recipientAccount(db, row.a.patientId);
  if (!recipient) return { status: 'no-recipient' as const };
  const time = platformClockTime(row.a.startsAt);
  await notify(db, notifications, {
    accountId: recipient.accountId,
    kind: 'reminder',
    ...(row.a.format === 'in_person'
      ? {
          title: { ru: 'Скоро приём в клинике', en: 'Your visit at the clinic is soon' },
          body: {
            ru: `Приём в клинике в ${time} по московскому времени. Возьмите паспорт, полис и направление или прежние результаты.`,
            en: `Your visit at the clinic is at ${time} Moscow time. Bring your passport, policy and referral or previous results.`,
          },
        }
      : {
          title: { ru: 'Скоро консультация', en: 'Your consultation starts soon' },
          body: {
            ru: `Консультация начнётся в ${time} по московскому времени. Проверьте камеру и микрофон заранее.`,
            en: `The consultation starts at ${time} Moscow time. Check your camera and microphone beforehand.`,
          },
        }),
    data: { appointmentId: row.a.id },
    idempotencyKey: `reminder:${job.appointmentId}:${job.startsAt}`,
  });
  log.info({ appointmentId: job.appointmentId }, 'reminder sent');
  return { status: 'sent' as const };
}

export function processReminders(queue: Queue, notifications: Queue, db: Db, log: Logger) {
  void queue.process((job) => sendReminder(db, notifications, log, job.data));
}
