import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { findChildren } from '../src/domains/patients/queries.js';
import { isDatabaseEmpty, resetDatabase, seedDemoWorld } from '../src/seed/seed.js';
import { patients } from '../src/db/schema/index.js';
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
      expect(summary).toMatchObject({ doctors: 14, assistants: 2, patients: 10, children: 3, clinics: 3 });
      const [anna] = await database.db.select().from(patients).where(eq(patients.birthDate, '1988-04-12'));
      expect(await findChildren(database.db, anna!.id)).toHaveLength(2);
      await resetDatabase(database.db);
      expect(await isDatabaseEmpty(database.db)).toBe(true);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
