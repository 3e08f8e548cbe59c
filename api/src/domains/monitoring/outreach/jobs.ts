import { z } from '@hono/zod-openapi';
import type { Queue } from 'bull';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { measurementSchedules, monitoringEnrolments, seriesTasks } from '../../../db/schema/index.js';
import type { Logger } from '../../../logger.js';
import { recipientAccount } from '../../notifications/recipient.js';
import { notify } from '../../notifications/service.js';
import { seriesReadings } from './store.js';
import {
  addDays,
  MISSED_DAYS_FOR_TASK,
  moscowDate,
  REMINDER_WINDOW_MS,
  seriesProgress,
  SLOTS,
  slotTime,
  type Schedule,
  type SeriesProgress,
  type Slot,
} from './series.js';

/** `at` lets a test (or an operator re-running a missed hour) sweep as of a given instant. */
export const outreachJobSchema = z.object({ sweep: z.literal(true), at: z.iso.datetime().optional() });

/** Every 5 minutes: a reminder goes out at most 5 minutes after its Moscow time. */
const SWEEP_CRON = '*/5 * * * *';
const DAY_MS = 86_400_000;

const SLOT_TEXT: Record<Slot, { ru: string; en: string }> = {
  morning: { ru: 'утренние', en: 'morning' },
  evening: { ru: 'вечерние', en: 'evening' },
};

/**
 * One pass over the running series: reminders for slots whose time has come and that still lack readings,
 * one follow-up the morning after a missed day, and a worklist task after MISSED_DAYS_FOR_TASK missed days.
 * Every notification's idempotency key names the patient and the slot (or day), and the task is unique per
 * series, so a retried or repeated sweep sends and creates nothing twice.
 */
export async function sweepOutreach(db: Db, notifications: Queue, now = new Date()) {
  const today = moscowDate(now);
  const rows = await db
    .select({ s: measurementSchedules })
    .from(measurementSchedules)
    .innerJoin(
      monitoringEnrolments,
      and(
        eq(monitoringEnrolments.patientId, measurementSchedules.patientId),
        eq(monitoringEnrolments.status, 'active'),
      ),
    )
    .where(
      and(
        lte(measurementSchedules.startDate, today),
        // Still running, or ended yesterday (its last day's follow-up is due this morning).
        gte(
          sql`${measurementSchedules.startDate} + ${measurementSchedules.days}`,
          sql`${addDays(today, -1)}::date`,
        ),
      ),
    );
  const result = { schedules: rows.length, reminders: 0, followUps: 0, tasks: 0 };
  for (const { s } of rows) {
    const r = await sweepSchedule(db, notifications, s, now);
    result.reminders += r.reminders;
    result.followUps += r.followUps;
    result.tasks += r.task ? 1 : 0;
  }
  return result;
}

async function sweepSchedule(db: Db, notifications: Queue, schedule: Schedule, now: Date) {
  const progress = seriesProgress(schedule, await seriesReadings(db, schedule), now);
  const recipient = await recipientAccount(db, schedule.patientId);
  let reminders = 0;
  let followUps = 0;
  if (recipient) {
    for (const day of progress.days) {
      for (const slot of SLOTS) {
        const at = slotTime(schedule, day.date, slot);
        const due = at <= now && now.getTime() - at.getTime() < REMINDER_WINDOW_MS;
        if (!due || day[slot] >= schedule.perSlot) continue;
        const sent = await notify(db, notifications, {
          accountId: recipient.accountId,
          kind: 'bp_series_reminder',
          title: { ru: 'Пора измерить давление', en: 'Time to measure your blood pressure' },
          body: {
            ru: `Серия домашних измерений: ${SLOT_TEXT[slot].ru} измерения — ${schedule.perSlot} раза с интервалом 1 минута, сидя, после 5 минут отдыха. Внесите результаты на странице «Давление».`,
            en: `Home measurement series: ${SLOT_TEXT[slot].en} readings — ${schedule.perSlot} times 1 minute apart, seated, after 5 minutes of rest. Enter them on the Blood pressure page.`,
          },
          data: { patientId: schedule.patientId, date: day.date, slot },
          idempotencyKey: `bp-reminder:${schedule.patientId}:${day.date}:${slot}`,
        });
        if (sent.created) reminders++;
      }
      // The follow-up for a missed day goes at the next morning's reminder time, not at midnight.
      const followAt = slotTime(schedule, addDays(day.date, 1), 'morning');
      const followDue = followAt <= now && now.getTime() - followAt.getTime() < DAY_MS;
      if (day.status === 'missed' && followDue) {
        const missing = day.expected - day.done;
        const sent = await notify(db, notifications, {
          accountId: recipient.accountId,
          kind: 'bp_series_missed',
          title: { ru: 'В серии измерений пропуск', en: 'Readings missing from your series' },
          body: {
            ru: `За ${day.date} не хватает измерений давления: ${missing} из ${day.expected}. Пожалуйста, продолжайте серию — полная серия нужна врачу, чтобы оценить лечение.`,
            en: `${missing} of ${day.expected} blood-pressure readings are missing for ${day.date}. Please keep up the series — the doctor needs a full series to judge the treatment.`,
          },
          data: { patientId: schedule.patientId, date: day.date },
          idempotencyKey: `bp-followup:${schedule.patientId}:${day.date}`,
        });
        if (sent.created) followUps++;
      }
    }
  }
  const task = await syncSeriesTask(db, schedule, progress, now);
  return { reminders, followUps, task };
}

/**
 * After MISSED_DAYS_FOR_TASK missed days the assistant's worklist gets a task; its counts follow the series,
 * and a task someone closed stays closed for this series.
 */
export async function syncSeriesTask(db: Db, schedule: Schedule, progress: SeriesProgress, now: Date) {
  if (progress.missedDays < MISSED_DAYS_FOR_TASK) return false;
  await db
    .insert(seriesTasks)
    .values({
      patientId: schedule.patientId,
      startDate: schedule.startDate,
      missedDays: progress.missedDays,
      done: progress.done,
      expected: progress.expected,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [seriesTasks.patientId, seriesTasks.startDate],
      set: {
        missedDays: progress.missedDays,
        done: progress.done,
        expected: progress.expected,
        updatedAt: now,
      },
      setWhere: sql`${seriesTasks.resolvedAt} is null`,
    });
  return true;
}

export async function runOutreachJob(db: Db, notifications: Queue, log: Logger, raw: unknown) {
  const job = outreachJobSchema.parse(raw);
  const result = await sweepOutreach(db, notifications, job.at ? new Date(job.at) : new Date());
  if (result.reminders || result.followUps) log.info(result, 'outreach sweep');
  return result;
}

export function processOutreach(queue: Queue, notifications: Queue, db: Db, log: Logger) {
  void queue.process((job) => runOutreachJob(db, notifications, log, job.data));
  void queue.add({ sweep: true }, { repeat: { cron: SWEEP_CRON }, jobId: 'outreach-sweep' });
}
