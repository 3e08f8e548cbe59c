import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../src/auth/audit.js';
import { accounts, auditEvents, patients } from '../src/db/schema/index.js';
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

  it('stores every column of each row: the actor, the record, the outcome and from where', async () => {
    const [account] = await db().select({ id: accounts.id, role: accounts.role }).from(accounts).limit(1);
    const [patient] = await db().select({ id: patients.id }).from(patients).limit(1);
    const actor = {
      accountId: account!.id,
      role: account!.role,
      patientId: null,
      practitionerId: null,
      csrfToken: 'x',
      tokenHash: 'x',
      clientAddress: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (test) «ёж»',
    };
    const [withActor, anonymous] = [randomUUID(), randomUUID()];
    await Promise.all([
      auditBatch(db()).write(actor, withActor, entry(patient!.id), { ...entry(), outcome: 'denied' }),
      auditBatch(db()).write(null, anonymous, { ...entry(), resourceId: 'login:x' }),
    ]);
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.requestId, [withActor, anonymous]));
    const pick = ({ id: _id, at: _at, ...rest }: (typeof rows)[number]) => rest;
    const of = (requestId: string, outcome: string) =>
      rows.filter((r) => r.requestId === requestId && r.outcome === outcome).map(pick);
    expect(rows).toHaveLength(3);
    expect(of(withActor, 'allowed')).toEqual([
      {
        actorAccountId: account!.id,
        actorRole: account!.role,
        action: 'test.batch',
        resourceType: 'Patient',
        resourceId: patient!.id,
        patientId: patient!.id,
        outcome: 'allowed',
        requestId: withActor,
        clientAddress: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (test) «ёж»',
      },
    ]);
    expect(of(withActor, 'denied')).toEqual([
      expect.objectContaining({ actorAccountId: account!.id, patientId: null, resourceId: null }),
    ]);
    expect(of(anonymous, 'allowed')).toEqual([
      expect.objectContaining({
        actorAccountId: null,
        actorRole: null,
        userAgent: null,
        resourceId: 'login:x',
      }),
    ]);
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
