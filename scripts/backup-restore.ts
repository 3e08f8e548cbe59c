import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { postgresBinDir } from './services/binaries.js';

const run = promisify(execFile);

/** Where a deployment keeps its data: a Postgres URL, or the embedded database under `dataDir`. */
export interface DataLocation {
  databaseUrl?: string | undefined;
  /** DATA_DIR: the embedded database lives in `<dataDir>/pglite`. */
  dataDir: string;
  /** FILES_DIR: the content-addressed file store. */
  filesDir: string;
}

interface Manifest {
  createdAt: string;
  database: 'postgres' | 'pglite';
  files: number;
}

const pgliteDir = (dataDir: string) => path.join(dataDir, 'pglite');

/** Every file under `dir`, relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/**
 * Writes a backup into `out` (a new directory): the database first — `pg_dump` in its custom format for
 * Postgres, PGlite's own data-directory dump for the embedded one — then the file store. Stored files are
 * named by their content hash and never change, so every file a dumped record refers to is already there
 * when the files are copied; anything uploaded meanwhile is merely extra.
 *
 * The embedded database belongs to one process: stop the api before backing it up (with Postgres the api
 * may keep running — pg_dump reads one consistent snapshot).
 */
export async function backup(from: DataLocation, out: string): Promise<Manifest> {
  await fs.mkdir(out, { recursive: true });
  if ((await fs.readdir(out)).length) throw new Error(`${out} is not empty; choose a new directory`);
  let database: Manifest['database'];
  if (from.databaseUrl) {
    database = 'postgres';
    await run(path.join(postgresBinDir(), 'pg_dump'), [
      '--format=custom',
      '--no-owner',
      '--file',
      path.join(out, 'database.dump'),
      '--dbname',
      from.databaseUrl,
    ]);
  } else {
    database = 'pglite';
    const db = new PGlite(pgliteDir(from.dataDir));
    try {
      await db.waitReady;
      const tarball = await db.dumpDataDir('gzip');
      await fs.writeFile(path.join(out, 'pglite.tar.gz'), Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  const files = await listFiles(from.filesDir);
  for (const file of files) {
    await fs.mkdir(path.dirname(path.join(out, 'files', file)), { recursive: true });
    await fs.copyFile(path.join(from.filesDir, file), path.join(out, 'files', file));
  }
  const manifest: Manifest = { createdAt: new Date().toISOString(), database, files: files.length };
  await fs.writeFile(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores a backup made by `backup` over `to`, replacing what is there: the database (for Postgres,
 * `pg_restore --clean` into the existing database; for PGlite, a fresh data directory) and the file store.
 * Stop the api and the worker first; start them afterwards (migrations newer than the backup then run).
 */
export async function restore(from: string, to: DataLocation): Promise<Manifest> {
  const manifest = JSON.parse(await fs.readFile(path.join(from, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.database === 'postgres') {
    if (!to.databaseUrl) throw new Error('This backup is of a Postgres database: set DATABASE_URL');
    await run(path.join(postgresBinDir(), 'pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      to.databaseUrl,
      path.join(from, 'database.dump'),
    ]);
  } else {
    if (to.databaseUrl) throw new Error('This backup is of the embedded database: unset DATABASE_URL');
    const tarball = await fs.readFile(path.join(from, 'pglite.tar.gz'));
    await fs.rm(pgliteDir(to.dataDir), { recursive: true, force: true });
    await fs.mkdir(to.dataDir, { recursive: true });
    const db = new PGlite(pgliteDir(to.dataDir), { loadDataDir: new Blob([tarball]) });
    await db.waitReady;
    await db.close();
  }
  await fs.rm(to.filesDir, { recursive: true, force: true });
  await fs.mkdir(to.filesDir, { recursive: true });
  await fs.cp(path.join(from, 'files'), to.filesDir, { recursive: true }).catch((error: unknown) => {
    if ((error as { code?: string }).code !== 'ENOENT') throw error; // a backup with no files
  });
  return manifest;
}
