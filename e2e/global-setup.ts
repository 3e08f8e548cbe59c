import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '../scripts/services/postgres.js';
import { startStack } from '../scripts/stack.js';

/**
 * The whole platform for the journeys: a real PostgreSQL, Redis, api + worker, sfu and both web apps.
 * Tests read the URLs from the environment (PATIENT_URL, DOCTOR_URL, API_URL, SFU_URL, STACK_TURN_URLS).
 */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-e2e-'));
  const postgres = await startPostgres({ database: 'telemed_e2e' });
  const logDir = path.resolve(import.meta.dirname, '../test-results/stack-logs');
  const stack = await startStack({
    dataDir,
    databaseUrl: postgres.url,
    logDir,
    // coturn on loopback: join grants carry TURN credentials, and call-relay.spec.ts sends media only through it.
    turn: true,
    // The journeys and the hostile-input sweep send far more than one person would, all from this machine:
    // the api's per-minute limits (tested in api/test) are off here.
    env: {
      LOG_LEVEL: 'warn',
      DEMO_LAB_DELAY_MS: '1500',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '0',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    },
  });
  process.env.PATIENT_URL = stack.urls.patient;
  process.env.DOCTOR_URL = stack.urls.doctor;
  process.env.API_URL = stack.urls.api;
  process.env.SFU_URL = stack.urls.sfu ?? '';
  process.env.STACK_TURN_URLS = stack.urls.turn.join(',');
  process.env.DATABASE_URL = postgres.url;
  console.log(`e2e stack: ${JSON.stringify(stack.urls)} (logs in ${logDir})`);
  return async () => {
    await stack.stop();
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
