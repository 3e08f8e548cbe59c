import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { signInTo, startChild } from '../../bench/api-process.js';
import { auditEvents } from '../src/db/schema/index.js';
import { createTestDatabase, testServices } from './harness.js';

const PATIENT = 'anna.petrova@demo.telemed';

/**
 * The card timeline's audit rows are batched across concurrent requests (auth/audit.ts); each request answers
 * only once its row is committed. So a process killed under load may lose requests in flight, never a row of a
 * request it answered.
 */
describe('audit rows of answered reads when the api process is killed', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-audit-kill-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('every timeline read answered 200 before SIGKILL has its audit row', { timeout: 240_000 }, async () => {
    const target = await createTestDatabase();
    // Each audit insert takes 50 ms more: a row written after its answer would be missing at the kill.
    await target.database.db.execute(sql`
      create function slow_audit() returns trigger language plpgsql as $$
        begin perform pg_sleep(0.05); return null; end $$;
      create trigger slow_audit before insert on audit_events for each statement execute function slow_audit();
    `);
    const api = await startChild(
      'api',
      ['api/src/server.ts'],
      {
        DATA_DIR: dataDir,
        DATABASE_URL: target.url,
        REDIS_URL: testServices().redisUrl,
        RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
        RATE_LIMIT_CONCURRENT: '1000',
      },
      dataDir,
    );
    try {
      const patient = await signInTo(api.url, PATIENT, target.url);
      const family = await fetch(`${api.url}/me/family`, { headers: { cookie: patient.cookie } });
      const patientId = ((await family.json()) as { self: { id: string } }).self.id;

      const answered: string[] = [];
      let sent = 0;
      let killed = false;
      const reader = async (lane: number) => {
        // Until the process is gone: a refused connection ends the lane.
        for (;;) {
          const requestId = `kill-test-${lane}-${sent++}`;
          try {
            const res = await fetch(`${api.url}/patients/${patientId}/medcard/timeline`, {
              headers: { cookie: patient.cookie, 'x-request-id': requestId },
            });
            await res.arrayBuffer();
            if (res.status === 200) answered.push(requestId);
          } catch {
            if (killed) return;
            throw new Error(`request ${requestId} failed before the kill`);
          }
        }
      };
      const lanes = Array.from({ length: 16 }, (_, lane) => reader(lane));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      killed = true;
      process.kill(api.pid!, 'SIGKILL');
      await Promise.all(lanes);

      expect(answered.length).toBeGreaterThan(20);
      const rows = await target.database.db
        .select({ requestId: auditEvents.requestId })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'medcard.timeline'), like(auditEvents.requestId, 'kill-test-%')));
      const audited = new Set(rows.map((r) => r.requestId));
      expect(answered.filter((id) => !audited.has(id))).toEqual([]);
    } finally {
      await api.stop();
      await target.drop();
    }
  });
});
