import { z } from '@hono/zod-openapi';
import type { Queue } from 'bull';
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  measurementSchedules,
  monitoringEnrolments,
  notifications,
  seriesTasks,
} from '../../../db/schema/index.js';
import type { Logger } from '../../../logger.js';
import { recipientAccount } from '../../notifications/recipient.js';
import { notify, type NotificationInput } from '../../notifications/service.js';
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

const SLOT_TEXT: Record<Slot, { ru: string; en: string }> = {
  morning: { ru: 'утренние', en: 'morning' },
  evening: { ru: 'вечерние', en: 'evening' },
};

/** The series task already stored for a series, to write it only when its counts change. */
interface StoredTask {
  missedDays: number;
  done: number;
  expected: number;
  resolved: boolean;
}

const json = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * The running series (active enrolment; still running, or ended yesterday, whose last day's follow-up is due
 * this morning) in one statement, each with its readings inside the series' Moscow days and its stored task.
 */
async function runningSeries(db: Db, today: string) {
  const s = measurementSchedules;
  // Qualified: the subqueries have tables of their own. Moscow keeps UTC+3 (series.ts `moscowDayStart`).
  const schedule = sql.raw('"bp_measurement_schedules"');
  const dayStart = (date: SQL) => sql`((${date})::timestamp - interval '3 hours') at time zone 'UTC'`;
  const from = dayStart(sql`${schedule}.start_date`);
  const to = dayStart(sql`${schedule}.start_date + ${schedule}.days`);
  return db
    .select({
      schedule: s,
      readings: sql<string[]>`(select coalesce(json_agg(r.measured_at), '[]') from bp_readings r
        where r.patient_id = ${schedule}.patient_id and r.measured_at >= ${from} and r.measured_at < ${to})`.mapWith(
        json<string[]>,
      ),
      task: sql<StoredTask | null>`(select json_build_object('missedDays', t.missed_days, 'done', t.done,
        'expected', t.expected, 'resolved', t.resolved_at is not null) from bp_series_tasks t
        where t.patient_id = ${schedule}.patient_id and t.start_date = ${schedule}.start_date)`.mapWith(
        json<StoredTask | null>,
      ),
    })
    .from(s)
    .innerJoin(
      monitoringEnrolments,
      and(eq(monitoringEnrolments.patientId, s.patientId), eq(monitoringEnrolments.status, 'active')),
    )
    .where(
      and(lte(s.startDate, today), gte(sql`${s.startDate} + ${s.days}`, sql`${addDays(today, -1)}::date`)),
    );
}

type Due = Omit<NotificationInput, 'accountId'> & { patientId: string; followUp: boolean };

/** Within `REMINDER_WINDOW_MS` after `at`: a sweep that was down longer does not send stale news. */
const dueAt = (at: Date, now: Date) => at <= now && now.getTime() - at.getTime() < REMINDER_WINDOW_MS;

/** The reminders and follow-ups of one series whose time has come, whether or not they were sent already. */
function dueNotifications(schedule: Schedule, progress: SeriesProgress, now: Date): Due[] {
  const due: Due[] = [];
  const patientId = schedule.patientId;
  for (const day of progress.days) {
    for (const slot of SLOTS) {
      if (!dueAt(slotTime(schedule, day.date, slot), now) || day[slot] >= schedule.perSlot) continue;
      due.push({
        patientId,
        followUp: false,
        kind: 'bp_series_reminder',
        title: { ru: 'Пора измерить давление', en: 'Time to measure your blood pressure' },
        body: {
          ru: `Серия домашних измерений: ${SLOT_TEXT[slot].ru} измерения — ${schedule.perSlot} раза с интервалом 1 минута, сидя, после 5 минут отдыха. Внесите результаты на странице «Давление».`,
          en: `Home measurement series: ${SLOT_TEXT[slot].en} readings — ${schedule.perSlot} times 1 minute apart, seated, after 5 minutes of rest. Enter them on the Blood pressure page.`,
        },
        data: { patientId, date: day.date, slot },
        idempotencyKey: `bp-reminder:${patientId}:${day.date}:${slot}`,
      });
    }
    // The follow-up for a missed day goes at the next morning's reminder time, not at midnight.
    if (day.status !== 'missed' || !dueAt(slotTime(schedule, addDays(day.date, 1), 'morning'), now)) continue;
    const missing = day.expected - day.done;
    due.push({
      patientId,
      followUp: true,
      kind: 'bp_series_missed',
      title: { ru: 'В серии измерений пропуск', en: 'Readings missing from your series' },
      body: {
        ru: `За ${day.date} не хватает измерений давления: ${missing} из ${day.expected}. Пожалуйста, продолжайте серию — полная серия нужна врачу, чтобы оценить лечение.`,
        en: `${missing} of ${day.expected} blood-pressure readings are missing for ${day.date}. Please keep up the series — the doctor needs a full series to judge the treatment.`,
      },
      data: { patientId, date: day.date },
      idempotencyKey: `bp-followup:${patientId}:${day.date}`,
    });
  }
  return due;
}

/** The due notifications not sent yet: one read for the whole sweep. */
async function unsent(db: Db, due: Due[]) {
  if (!due.length) return [];
  const sent = await db
    .select({ key: notifications.idempotencyKey })
    .from(notifications)
    .where(
      inArray(
        notifications.idempotencyKey,
        due.map((d) => d.idempotencyKey),
      ),
    );
  const keys = new Set(sent.map((r) => r.key));
  return due.filter((d) => !keys.has(d.idempotencyKey));
}

/**
 * One pass over the running series: reminders for slots whose time has come and that still lack readings,
 * one follow-up the morning after a missed day, and a worklist task after MISSED_DAYS_FOR_TASK missed days.
 * One read for the series, their readings and tasks, one for the notifications already sent; it writes only
 * what is new (a notification, a task whose counts changed), so a repeated sweep writes nothing. Every
 * notification's idempotency key names the patient and the slot (or day), and the task is unique per series,
 * so a retried or concurrent sweep sends and creates nothing twice either.
 */
export async function sweepOutreach(db: Db, queue: Queue, now = new Date()) {
  const rows = await runningSeries(db, moscowDate(now));
  const result = { schedules: rows.length, reminders: 0, followUps: 0, tasks: 0 };
  const due: Due[] = [];
  for (const { schedule, readings, task } of rows) {
    const measured = (readings ?? []).map((at) => ({ measuredAt: new Date(at) }));
    const progress = seriesProgress(schedule, measured, now);
    due.push(...dueNotifications(schedule, progress, now));
    if (progress.missedDays < MISSED_DAYS_FOR_TASK) continue;
    result.tasks++;
    const unchanged =
      task &&
      (task.resolved ||
        (task.missedDays === progress.missedDays &&
          task.done === progress.done &&
          task.expected === progress.expected));
    if (!unchanged) await syncSeriesTask(db, schedule, progress, now);
  }
  const recipients = new Map<string, Awaited<ReturnType<typeof recipientAccount>>>();
  for (const { patientId, followUp, ...input } of await unsent(db, due)) {
    if (!recipients.has(patientId)) recipients.set(patientId, await recipientAccount(db, patientId));
    const recipient = recipients.get(patientId);
    if (!recipient) continue;
    const sent = await notify(db, queue, { ...input, accountId: recipient.accountId });
    if (sent.created) result[followUp ? 'followUps' : 'reminders']++;
  }
  return result;
}

/**
 * After MISSED_DAYS_FOR_TASK missed days the assistant's worklist gets a task; its counts follow the series
 * (rewritten only when they change), and a task someone closed stays closed for this series.
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
      setWhere: sql`${seriesTasks.resolvedAt} is null and (${seriesTasks.missedDays}, ${seriesTasks.done}, ${seriesTasks.expected})
        is distinct from (excluded.missed_days, excluded.done, excluded.expected)`,
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
