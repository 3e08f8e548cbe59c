import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { resetDatabase, seedDemoWorld } from './seed.js';

/** `npm run seed`: migrate, empty the database and create the demo world afresh. */
const config = loadConfig();
const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await database.migrate(config.migrationsDir);
await resetDatabase(database.db);
const summary = await seedDemoWorld(database.db, config.TOTP_ENCRYPTION_KEY);
await database.close();
console.log('Demo world seeded:', summary);
