import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { medcardTimeline, timelineKinds } from '../src/domains/medcard/timeline.js';
import { findChildren } from '../src/domains/patients/queries.js';
import { isDatabaseEmpty, resetDatabase, seedDemoWorld } from '../src/seed/seed.js';
import { auditBatch } from '../src/auth/audit.js';
import { auditEvents, bpReadings, patients } from '../src/db/schema/index.js';
import { eq } from 'drizzle-orm';

describe('embedded PGlite', () => {
  it('applies the same migrations, seeds the demo world and resets it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-pglite-'));
    const database = openDatabase({ dataDir });
    try {
      expect(database.kind).toBe('pglite');
      const config = loadConfig({ REDIS_URL: 'redis://unused' });
      await database.migrate(config.migrationsDir);
      expect(await isDatabaseEmpty(database.db)).toBe(true);
      const summary = await seedDemoWorld(database.db, config.TOTP_ENCRYPTION_KEY);
      expect(summary).toMatchObject({ doctors: 14, assistants: 2, patients: 12, children: 3, clinics: 3 });
      const [anna] = await database.db.select().from(patients).where(eq(patients.birthDate, '1988-04-12'));
      expect(await findChildren(database.db, anna!.id)).toHaveLength(2);
      // The card is one raw statement: PGlite hands back its rows in another shape than postgres.js.
      const first = await medcardTimeline(database.db, anna!.id, { kinds: timelineKinds, limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.items[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const second = await medcardTimeline(database.db, anna!.id, {
        kinds: timelineKinds,
        limit: 3,
        before: first.next!,
      });
      expect(second.items[0]!.at <= first.items[2]!.at).toBe(true);
      expect(second.items.map((e) => e.id)).not.toContain(first.items[2]!.id);
      // The audit batch passes one array per column; PGlite must read them as postgres.js does.
      const requestId = randomUUID();
      await auditBatch(database.db).write(null, requestId, {
        action: 'medcard.read',
        resourceType: 'Patient',
        resourceId: anna!.id,
        patientId: anna!.id,
        outcome: 'allowed',
      });
      const audited = await database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, requestId));
      expect(audited).toEqual([
        expect.objectContaining({
          action: 'medcard.read',
          patientId: anna!.id,
          outcome: 'allowed',
          actorRole: null,
        }),
      ]);
      // The change feed's triggers and notifications work in-process too (the demo's read cache follows them).
      const heard: string[] = [];
      const stop = await database.listen(
        'telemed_changes',
        (payload) => heard.push(payload),
        () => {},
      );
      await database.db.insert(bpReadings).values({
        patientId: anna!.id,
        measuredAt: new Date(),
        systolic: 130,
        diastolic: 85,
        source: 'manual',
      });
      await vi.waitFor(() => expect(heard).toContain(`card:${anna!.id}`));
      await stop();
      await resetDatabase(database.db);
      expect(await isDatabaseEmpty(database.db)).toBe(true);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
