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

/** Appends audit events in one statement; awaited so an access is never served without its record. */
export async function writeAudit(
  db: Db,
  actor: Actor | null,
  requestId: string | undefined,
  ...entries: AuditEntry[]
) {
  if (!entries.length) return;
  await db.insert(auditEvents).values(
    entries.map((entry) => ({
      actorAccountId: actor?.accountId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      patientId: entry.patientId ?? null,
      outcome: entry.outcome,
      requestId: requestId ?? null,
    })),
  );
}
