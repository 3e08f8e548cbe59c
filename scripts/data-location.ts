import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataLocation } from './backup-restore.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** This deployment's data, from the same variables (and defaults) the api reads: see api/src/config.ts. */
export function dataLocation(env: NodeJS.ProcessEnv = process.env): DataLocation {
  const dataDir = env.DATA_DIR ?? path.join(root, 'data');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    filesDir: env.FILES_DIR ?? path.join(dataDir, 'files'),
  };
}
