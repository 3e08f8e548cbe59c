import path from 'node:path';
import { restore } from './backup-restore.js';
import { dataLocation } from './data-location.js';

/**
 * `npm run restore -- <backup directory>`: replaces the database and the file store of the deployment that
 * DATABASE_URL / DATA_DIR / FILES_DIR describe with the backup. Stop the api and the worker first.
 */
const from = process.argv[2];
if (!from) {
  console.error('Usage: npm run restore -- <backup directory>');
  process.exit(64); // EX_USAGE
}
const manifest = await restore(path.resolve(from), dataLocation());
console.log(
  `Restored the ${manifest.database} database and ${manifest.files} files from ${from} (${manifest.createdAt})`,
);
