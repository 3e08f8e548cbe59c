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

/** Appends audit events in one statement; awaited so an access is never served without its record. */
export async function writeAudit(
  db: Db,
  actor: Actor | null,
  requestId: string | undefined,
  ...entries: AuditEntry[]
) {
  if (!entries.length) return;
  await db.insert(auditEvents).values(toRows(actor, requestId, entries));
}

/** Far below Postgres' 65,535 parameters per statement (8 a row). */
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
      await this.db.insert(auditEvents).values(batch.flatMap((b) => b.rows));
      for (const b of batch) b.resolve();
    } catch {
      await Promise.all(
        batch.map((b) => this.db.insert(auditEvents).values(b.rows).then(b.resolve, b.reject)),
      );
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
