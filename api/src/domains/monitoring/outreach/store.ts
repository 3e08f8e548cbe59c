import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  accounts,
  bpReadings,
  measurementSchedules,
  monitoringNotes,
  seriesTasks,
} from '../../../db/schema/index.js';
import type { Actor } from '../../../auth/sessions.js';
import type { ContactChannel, ContactOutcome } from './schemas.js';
import { seriesBounds, seriesProgress, type Schedule } from './series.js';

/** Contact attempts share the assistant's notes; a call is stored with the notes' own "phone" channel. */
const NOTE_CHANNEL: Record<ContactChannel, string> = { call: 'phone', message: 'message', video: 'video' };
const CHANNEL_OF: Record<string, ContactChannel> = { phone: 'call', message: 'message', video: 'video' };

export async function findSchedule(db: Db, patientId: string) {
  const [row] = await db
    .select()
    .from(measurementSchedules)
    .where(eq(measurementSchedules.patientId, patientId));
  return row ?? null;
}

/**
 * Sets (or replaces) the patient's series; a new series closes the tasks of the previous one. A series changed
 * in length or readings per slot but starting the same day drops its open task, which counted the series as it
 * was: the next sweep (within 5 minutes) raises a fresh one if the changed series is still behind.
 */
export async function setSchedule(
  db: Db,
  actor: Actor,
  schedule: Omit<Schedule, 'patientId'> & { patientId: string },
) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [previous] = await tx
      .select()
      .from(measurementSchedules)
      .where(eq(measurementSchedules.patientId, schedule.patientId))
      .for('update');
    if (
      previous?.startDate === schedule.startDate &&
      (previous.days !== schedule.days || previous.perSlot !== schedule.perSlot)
    ) {
      await tx
        .delete(seriesTasks)
        .where(
          and(
            eq(seriesTasks.patientId, schedule.patientId),
            eq(seriesTasks.startDate, schedule.startDate),
            isNull(seriesTasks.resolvedAt),
          ),
        );
    }
    const [row] = await tx
      .insert(measurementSchedules)
      .values({ ...schedule, setByAccountId: actor.accountId })
      .onConflictDoUpdate({
        target: measurementSchedules.patientId,
        set: {
          startDate: schedule.startDate,
          days: schedule.days,
          perSlot: schedule.perSlot,
          morningTime: schedule.morningTime,
          eveningTime: schedule.eveningTime,
          setByAccountId: actor.accountId,
          updatedAt: now,
        },
      })
      .returning();
    await tx
      .update(seriesTasks)
      .set({ resolvedAt: now, resolvedByAccountId: actor.accountId })
      .where(
        and(
          eq(seriesTasks.patientId, schedule.patientId),
          isNull(seriesTasks.resolvedAt),
          sql`${seriesTasks.startDate} <> ${schedule.startDate}`,
        ),
      );
    return row!;
  });
}

/** The readings inside the series' days (Moscow calendar). */
export async function seriesReadings(db: Db, schedule: Schedule) {
  const { from, to } = seriesBounds(schedule);
  return db
    .select({ measuredAt: bpReadings.measuredAt })
    .from(bpReadings)
    .where(
      and(
        eq(bpReadings.patientId, schedule.patientId),
        gte(bpReadings.measuredAt, from),
        lt(bpReadings.measuredAt, to),
      ),
    )
    .orderBy(asc(bpReadings.measuredAt));
}

export async function progressOf(db: Db, schedule: Schedule, now = new Date()) {
  return seriesProgress(schedule, await seriesReadings(db, schedule), now);
}

export const scheduleView = (s: typeof measurementSchedules.$inferSelect) => ({
  startDate: s.startDate,
  days: s.days,
  perSlot: s.perSlot,
  morningTime: s.morningTime,
  eveningTime: s.eveningTime,
  updatedAt: s.updatedAt.toISOString(),
});

/** Logs the attempt and answers it as the timeline shows it, the author's name read in the same statement. */
export async function addContactAttempt(
  db: Db,
  actor: Actor,
  patientId: string,
  input: { channel: ContactChannel; outcome: ContactOutcome; note?: string | undefined },
) {
  const inserted = db.$with('inserted').as(
    db
      .insert(monitoringNotes)
      .values({
        patientId,
        authorAccountId: actor.accountId,
        channel: NOTE_CHANNEL[input.channel],
        outcome: input.outcome,
        text: input.note ?? '',
      })
      .returning(),
  );
  const [row] = await db
    .with(inserted)
    .select({
      id: inserted.id,
      channel: inserted.channel,
      outcome: inserted.outcome,
      text: inserted.text,
      createdAt: inserted.createdAt,
      author: accounts.displayName,
    })
    .from(inserted)
    .innerJoin(accounts, eq(accounts.id, inserted.authorAccountId));
  return contactView(row!, row!.author);
}

export async function contactAttempts(db: Db, patientId: string) {
  const rows = await db
    .select({ n: monitoringNotes, author: accounts.displayName })
    .from(monitoringNotes)
    .innerJoin(accounts, eq(accounts.id, monitoringNotes.authorAccountId))
    .where(and(eq(monitoringNotes.patientId, patientId), isNotNull(monitoringNotes.outcome)))
    .orderBy(desc(monitoringNotes.createdAt))
    .limit(100);
  return rows.map(({ n, author }) => contactView(n, author));
}

type ContactNote = Pick<
  typeof monitoringNotes.$inferSelect,
  'id' | 'channel' | 'outcome' | 'text' | 'createdAt'
>;

export const contactView = (n: ContactNote, author: { ru: string; en: string }) => ({
  id: n.id,
  channel: CHANNEL_OF[n.channel] ?? ('call' as const),
  outcome: n.outcome!,
  note: n.text === '' ? null : n.text,
  author,
  createdAt: n.createdAt.toISOString(),
});

export async function openTask(db: Db, patientId: string) {
  const [row] = await db
    .select()
    .from(seriesTasks)
    .where(and(eq(seriesTasks.patientId, patientId), isNull(seriesTasks.resolvedAt)))
    .orderBy(desc(seriesTasks.startDate))
    .limit(1);
  return row ?? null;
}

export const taskView = (t: typeof seriesTasks.$inferSelect) => ({
  id: t.id,
  startDate: t.startDate,
  missedDays: t.missedDays,
  done: t.done,
  expected: t.expected,
  createdAt: t.createdAt.toISOString(),
});

export async function resolveTask(db: Db, actor: Actor, patientId: string) {
  const rows = await db
    .update(seriesTasks)
    .set({ resolvedAt: new Date(), resolvedByAccountId: actor.accountId })
    .where(and(eq(seriesTasks.patientId, patientId), isNull(seriesTasks.resolvedAt)))
    .returning({ id: seriesTasks.id });
  return rows.length;
}

/**
 * The open "series incomplete" task of a patient as one worklist field (views.ts selects it per enrolment):
 * `{ done, expected, missedDays }` or null.
 */
export const openSeriesTaskOf = (patientId: AnyColumn) =>
  sql<{ done: number; expected: number; missedDays: number } | null>`(
    select json_build_object('done', t.done, 'expected', t.expected, 'missedDays', t.missed_days)
    from bp_series_tasks t
    where t.patient_id = ${patientId} and t.resolved_at is null
    order by t.start_date desc limit 1)`;
