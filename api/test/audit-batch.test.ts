import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../src/auth/audit.js';
import { auditEvents } from '../src/db/schema/index.js';
import { useTestApi } from './harness.js';

const api = useTestApi();
const db = () => api.deps.database.db;

const entry = (patientId: string | null = null) => ({
  action: 'test.batch',
  resourceType: 'Patient',
  resourceId: patientId,
  patientId,
  outcome: 'allowed' as const,
});

async function rowsOf(requestIds: string[]) {
  return db()
    .select({ requestId: auditEvents.requestId, at: auditEvents.at })
    .from(auditEvents)
    .where(inArray(auditEvents.requestId, requestIds));
}

describe('batched audit writes', () => {
  it('stores the rows of concurrent requests in one statement, each caller waiting for it', async () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    await Promise.all(ids.map((id) => auditBatch(db()).write(null, id, entry())));
    const rows = await rowsOf(ids);
    expect(rows.map((r) => r.requestId).sort()).toEqual([...ids].sort());
    // One statement: one transaction, so one now() for every row.
    expect(new Set(rows.map((r) => r.at.getTime())).size).toBe(1);
  });

  it('fails only the request whose row the database refuses, and stores the others', async () => {
    const good = [randomUUID(), randomUUID()];
    const bad = randomUUID();
    const results = await Promise.allSettled([
      auditBatch(db()).write(null, good[0], entry()),
      auditBatch(db()).write(null, bad, entry(randomUUID())), // no such patient: a foreign-key violation
      auditBatch(db()).write(null, good[1], entry()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await rowsOf(good)).length).toBe(2);
    expect(await db().select().from(auditEvents).where(eq(auditEvents.requestId, bad))).toEqual([]);
  });
});
