import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';

/**
 * Record keeping. Medical documents are never hard-deleted: conclusions are versioned (a correction supersedes,
 * the original stays), a lab's corrected report is stored beside the original (domains/labs/ingest.ts),
 * uploaded files cannot be deleted by anyone, and an account deletion anonymises the account while keeping
 * the record (domains/account-deletion). Electronic medical documents are kept as long as paper ones
 * (Ministry of Health order 947n of 7 September 2020), and an outpatient medical card 25 years (Ministry of
 * Health letter 13-2/1538 of 7 December 2015); 323-FZ art. 13 keeps them confidential meanwhile, and 152-FZ
 * art. 9 part 2, art. 10 part 2 item 4 and art. 21 part 5 let them outlive a withdrawn consent or a deletion
 * request (health data processed for medical purposes by those bound by medical secrecy).
 *
 * The database enforces it: a trigger (migrations/0018_record_keeping.sql) refuses to delete a row of
 * `conclusions`, `lab_reports`, `lab_observations`, `files`, `appointment_attachments`, `audit_events` or
 * `patients` unless the deleting transaction opened a purge window, and then only for rows older than it.
 * Nothing in the platform purges yet; a future archival job must go through `openRecordPurgeWindow`.
 */
export const MEDICAL_TABLES = [
  'conclusions',
  'lab_reports',
  'lab_observations',
  'files',
  'appointment_attachments',
  'audit_events',
  'patients',
] as const;

/** The earliest moment a document created at `createdAt` may be purged. */
export function retainedUntil(createdAt: Date, retentionYears: number): Date {
  const until = new Date(createdAt);
  until.setUTCFullYear(until.getUTCFullYear() + retentionYears);
  return until;
}

/**
 * Lets this transaction delete medical rows created more than `retentionYears` ago (and no others): the one
 * door through the delete trigger.
 */
export async function openRecordPurgeWindow(tx: Tx, retentionYears: number): Promise<void> {
  await tx.execute(
    sql`select set_config('telemed.record_purge_before',
          (now() - make_interval(years => ${retentionYears}::int))::text, true)`,
  );
}
