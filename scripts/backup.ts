import path from 'node:path';
import { backup } from './backup-restore.js';
import { dataLocation } from './data-location.js';

/**
 * `npm run backup [-- <new directory>]`: backs up the database and the file store of the deployment that
 * DATABASE_URL / DATA_DIR / FILES_DIR describe (README: "Backup and restore").
 */
const out = path.resolve(
  process.argv[2] ?? path.join('backups', new Date().toISOString().replaceAll(':', '-').slice(0, 19)),
);
const manifest = await backup(dataLocation(), out);
console.log(`Backed up the ${manifest.database} database and ${manifest.files} files to ${out}`);
