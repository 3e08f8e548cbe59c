import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import type { Actor } from './sessions.js';

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome: 'allowed' | 'denied';
}

type AuditRow = typeof auditEvents.$inferInsert;

const toRows = (actor: Actor | null, requestId: string | undefined, entries: AuditEntry[]): AuditRow[] =>
  entries.map((entry) => ({
    actorAccountId: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    patientId: entry.patientId ?? null,
    outcome: entry.outcome,
    requestId: requestId ?? null,
    clientAddress: actor?.clientAddress ?? null,
    userAgent: actor?.userAgent ?? null,
  }));

/**
 * A batch of rows as one array per column: the statement's text is the same for any number of rows, so each
 * connection prepares it once, and the api does not build a 10-column `values` list per row (drizzle's insert
 * builder cost the card read more CPU than the insert cost Postgres).
 */
function insertBatch(db: Db, rows: AuditRow[]) {
  const column = (pick: (row: AuditRow) => string | null | undefined) =>
    sql.param(rows.map((row) => pick(row) ?? null));
  return db.execute(sql`insert into ${auditEvents}
    (actor_account_id, actor_role, action, resource_type, resource_id, patient_id, outcome, request_id,
     client_address, user_agent)
    select * from unnest(${column((r) => r.actorAccountId)}::uuid[], ${column((r) => r.actorRole)}::text[]::role[],
      ${column((r) => r.action)}::text[], ${column((r) => r.resourceType)}::text[],
      ${column((r) => r.resourceId)}::text[], ${column((r) => r.patientId)}::uuid[],
      ${column((r) => r.outcome)}::text[]::audit_outcome[], ${column((r) => r.requestId)}::text[],
      ${column((r) => r.clientAddress)}::text[], ${column((r) => r.userAgent)}::text[])`);
}

/** Appends audit events in one statement; awaited so an access is never served without its record. */
export async function writeAudit(
  db: Db,
  actor: Actor | null,
  requestId: string | undefined,
  ...entries: AuditEntry[]
) {
  if (!entries.length) return;
  await insertBatch(db, toRows(actor, requestId, entries));
}

/** A batch flushes at once when this many rows are waiting, so one statement and its callers' wait stay bounded. */
const MAX_BATCH_ROWS = 1000;

/**
 * The audit rows of concurrent requests, inserted together: a burst of card reads costs one statement (and one
 * commit) instead of one each. Each caller still waits for the insert holding its row, so, as with
 * `writeAudit`, no access is served before its record is stored. If the shared insert fails, each caller's
 * rows are tried alone, so one bad row fails only its own request.
 */
class AuditBatch {
  private pending: { rows: AuditRow[]; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private pendingRows = 0;

  constructor(private readonly db: Db) {}

  write(actor: Actor | null, requestId: string | undefined, ...entries: AuditEntry[]) {
    if (!entries.length) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const rows = toRows(actor, requestId, entries);
      this.pending.push({ rows, resolve, reject });
      this.pendingRows += rows.length;
      // Whatever the other requests add before the event loop turns goes in the same statement.
      if (this.pending.length === 1) setImmediate(() => void this.flush());
      else if (this.pendingRows >= MAX_BATCH_ROWS) void this.flush();
    });
  }

  private async flush() {
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    this.pendingRows = 0;
    try {
      await insertBatch(
        this.db,
        batch.flatMap((b) => b.rows),
      );
      for (const b of batch) b.resolve();
    } catch {
      await Promise.all(batch.map((b) => insertBatch(this.db, b.rows).then(b.resolve, b.reject)));
    }
  }
}

const batches = new WeakMap<Db, AuditBatch>();

/** The batch of this database handle (never a transaction's: its rows must commit with it). */
export function auditBatch(db: Db) {
  let batch = batches.get(db);
  if (!batch) batches.set(db, (batch = new AuditBatch(db)));
  return batch;
}

/**
 * One allowed read per listed record: a list that names patients or shows their data is an access to each
 * record on it, so the log holds a row for every one.
 */
export function listedReads<T extends Listed>(action: string, resourceType: string, items: T[]): AuditEntry[];
export function listedReads<T>(
  action: string,
  resourceType: string,
  items: T[],
  pick: (item: T) => { resourceId?: string; patientId: string },
): AuditEntry[];
export function listedReads(
  action: string,
  resourceType: string,
  items: unknown[],
  pick: (item: unknown) => { resourceId?: string; patientId: string } = (item) => ({
    resourceId: (item as Listed).id,
    patientId: (item as Listed).patient.id,
  }),
): AuditEntry[] {
  return items.map((item) => ({ action, resourceType, outcome: 'allowed', ...pick(item) }));
}

/** The usual listed record: its own id and its patient's (a consultation, a request, a letter). */
type Listed = { id: string; patient: { id: string } };
