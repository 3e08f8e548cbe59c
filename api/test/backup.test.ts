import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { backup, restore, type DataLocation } from '../../scripts/backup-restore.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { FileStore } from '../src/domains/files/storage.js';
import { seedDemoWorld } from '../src/seed/seed.js';
import { createTestDatabase, testServices } from './harness.js';

const config = loadConfig({ REDIS_URL: 'redis://unused', NODE_ENV: 'test' });
const temp: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `telemed-${name}-`));
  temp.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** postgres.js answers `execute` with the rows, PGlite with `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

/** Every table's row count and a digest of all its rows, so a restore must bring back each record exactly. */
async function fingerprint(db: Db) {
  const tables = rowsOf<{ schema: string; name: string }>(
    await db.execute(
      sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
    ),
  );
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { schema, name } of tables) {
    const table = sql.raw(`"${schema}"."${name}"`);
    const [row] = rowsOf<{ rows: number; digest: string }>(
      await db.execute(
        sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
            from ${table} t`,
      ),
    );
    result[`${schema}.${name}`] = row!;
  }
  return result;
}

/** Seeds the demo world and stores two documents, as a running deployment would have them. */
async function populate(db: Db, filesDir: string) {
  await seedDemoWorld(db, config.TOTP_ENCRYPTION_KEY);
  const store = new FileStore(filesDir);
  const hashes = [
    await store.put(Buffer.from('%PDF-1.4 заключение\n%%EOF\n')),
    await store.put(Buffer.from('%PDF-1.4 анализ крови\n%%EOF\n')),
  ];
  return { store, hashes, bytes: await Promise.all(hashes.map((h) => store.get(h))) };
}

describe('backup and restore', () => {
  it('brings back every record and file of a Postgres deployment after the data is wiped', async () => {
    const database = await createTestDatabase();
    const filesDir = tempDir('files');
    const { hashes, bytes } = await populate(database.database.db, filesDir);
    const before = await fingerprint(database.database.db);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.patients']!.rows).toBeGreaterThan(10);
    expect(before['drizzle.__drizzle_migrations']!.rows).toBeGreaterThan(5);
    const location: DataLocation = { databaseUrl: database.url, dataDir: '/nonexistent', filesDir };
    const out = path.join(tempDir('backup'), 'b1');
    expect(await backup(location, out)).toMatchObject({ database: 'postgres', files: 2 });

    // Wipe: the database is dropped and made anew, empty; the file store is deleted.
    const name = new URL(database.url).pathname.slice(1);
    await database.drop();
    const admin = postgres(testServices().databaseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    fs.rmSync(filesDir, { recursive: true, force: true });

    await restore(out, location);
    const restored = openDatabase({ url: database.url, dataDir: '/nonexistent', maxConnections: 2 });
    try {
      expect(await fingerprint(restored.db)).toEqual(before);
      const store = new FileStore(filesDir);
      expect(await Promise.all(hashes.map((h) => store.get(h)))).toEqual(bytes);
    } finally {
      await restored.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);

  it('brings back every record and file of the embedded database after the data is wiped', async () => {
    const dataDir = tempDir('data');
    const filesDir = path.join(dataDir, 'files');
    const embedded = openDatabase({ dataDir });
    await embedded.migrate(config.migrationsDir);
    const { hashes, bytes } = await populate(embedded.db, filesDir);
    const before = await fingerprint(embedded.db);
    await embedded.close(); // the embedded database belongs to one process: the api is stopped for a backup
    const location: DataLocation = { dataDir, filesDir };
    const out = path.join(tempDir('backup'), 'b1');
    expect(await backup(location, out)).toMatchObject({ database: 'pglite', files: 2 });
    fs.rmSync(dataDir, { recursive: true, force: true });
    await restore(out, location);
    const restored = openDatabase({ dataDir });
    try {
      expect(await fingerprint(restored.db)).toEqual(before);
      const store = new FileStore(filesDir);
      expect(await Promise.all(hashes.map((h) => store.get(h)))).toEqual(bytes);
    } finally {
      await restored.close();
    }
  }, 120_000);
});
