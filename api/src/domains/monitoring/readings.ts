import { randomUUID } from 'node:crypto';
import { and, asc, eq, getTableName, gte, inArray, sql, type AnyColumn } from 'drizzle-orm';
import type { Queue } from 'bull';
import type { Db, Tx } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import { bpReadings, monitoringEnrolments, patients } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { ReadingInput } from './reading-input.js';

/** The patient's active enrolment: proposals and ended monitoring do not count. */
export async function findEnrolment(db: Db, patientId: string) {
  const [row] = await db
    .select()
    .from(monitoringEnrolments)
    .where(and(eq(monitoringEnrolments.patientId, patientId), eq(monitoringEnrolments.status, 'active')));
  return row ?? null;
}

export async function requireEnrolment(db: Db, patientId: string) {
  const enrolment = await findEnrolment(db, patientId);
  if (!enrolment) {
    throw new ProblemError(
      409,
      'This patient is not enrolled in blood-pressure monitoring. / Пациент не подключён к мониторингу давления.',
      { code: 'monitoring.not_enrolled' },
    );
  }
  return enrolment;
}

/**
 * Rows per INSERT: each row binds 9 parameters and Postgres takes at most 65,535 in one statement, so a
 * 10,000-row device import goes in chunks (1,000 rows is 9,000 parameters, well under the limit).
 */
const INSERT_CHUNK_ROWS = 1_000;

/**
 * Stores the readings once each: the natural key (patient, time, systolic, diastolic) turns a repeated
 * import into a no-op, so the answer counts what was new and what was already there. Large batches are
 * inserted in chunks; pass a transaction (as `ingestReadings` does) for all or nothing.
 */
export async function storeReadings(
  db: Db,
  patientId: string,
  readings: ReadingInput[],
  source: 'manual' | 'csv' | 'fhir',
  enteredByAccountId: string | null,
) {
  const ids: string[] = [];
  for (let start = 0; start < readings.length; start += INSERT_CHUNK_ROWS) {
    const rows = await db
      .insert(bpReadings)
      .values(
        readings.slice(start, start + INSERT_CHUNK_ROWS).map((r) => ({
          patientId,
          measuredAt: r.measuredAt,
          systolic: r.systolic,
          diastolic: r.diastolic,
          pulse: r.pulse ?? null,
          arm: r.arm ?? null,
          symptoms: r.symptoms ?? [],
          source,
          enteredByAccountId,
        })),
      )
      .onConflictDoNothing({
        target: [bpReadings.patientId, bpReadings.measuredAt, bpReadings.systolic, bpReadings.diastolic],
      })
      .returning({ id: bpReadings.id });
    ids.push(...rows.map((r) => r.id));
  }
  return { inserted: ids.length, duplicates: readings.length - ids.length, ids };
}

/**
 * A job per batch, written to the outbox in the transaction that stored the readings: a fresh job id each
 * time, since every batch must be evaluated (re-evaluating is harmless).
 */
export async function queueEvaluation(db: Db | Tx, queue: Queue, patientId: string) {
  await enqueueJob(db, queue, { patientId }, { jobId: `evaluate:${patientId}:${randomUUID()}` });
}

export async function readingsSince(db: Db, patientId: string, since: Date) {
  return db
    .select()
    .from(bpReadings)
    .where(and(eq(bpReadings.patientId, patientId), gte(bpReadings.measuredAt, since)))
    .orderBy(asc(bpReadings.measuredAt));
}

/**
 * The id of the patient's newest reading (null without readings), for a patient id column of the outer query:
 * one short backward probe of bp_readings_patient_time_idx. DISTINCT ON (patient_id) over the patients'
 * readings would read every reading each of them ever sent (a year of two a day is 730 a patient).
 */
export const latestReadingIdOf = (patientId: AnyColumn) =>
  sql<string | null>`(select r.id from bp_readings r where r.patient_id = ${qualified(patientId)}
    order by r.measured_at desc limit 1)`;

/**
 * The column with its table's name: drizzle leaves the columns of a one-table select bare, and a bare
 * `"id"` or `"patient_id"` inside the subquery would name the reading's own column.
 */
const qualified = (column: AnyColumn) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/** Each patient's newest reading; prepared once, the patients passed as one array (a worklist page's). */
export async function latestReadings(db: Db, patientIds: string[]) {
  if (!patientIds.length) return new Map<string, typeof bpReadings.$inferSelect>();
  const rows = await preparedQuery(db, 'latest_readings', () =>
    db
      .select()
      .from(bpReadings)
      .where(
        inArray(
          bpReadings.id,
          db
            .select({ id: latestReadingIdOf(patients.id) })
            .from(patients)
            .where(sql`${patients.id} = any(${sql.placeholder('patientIds')}::uuid[])`),
        ),
      ),
  ).execute({ patientIds });
  return new Map(rows.map((r) => [r.patientId, r]));
}
