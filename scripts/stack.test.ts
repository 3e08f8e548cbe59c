/**
 * The start command's stack (the one `npm start` and the e2e suite run) brings a killed service back by
 * itself. Needs the web apps built (`npm run build -w web-patient -w web-doctor`; `npm test` does it first).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mediasoupWorkerBin } from './services/mediasoup-worker.js';
import { startPostgres } from './services/postgres.js';
import type { RunningService } from './services/redis.js';
import { startStack, type Stack } from './stack.js';
import type { Restart } from './supervisor.js';

let postgres: RunningService;
let stack: Stack;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-stack-'));
const crashLines: string[] = [];

beforeAll(async () => {
  for (const app of ['web-patient', 'web-doctor']) {
    const build = path.resolve(import.meta.dirname, '..', app, 'build/index.js');
    if (!fs.existsSync(build)) throw new Error(`${build} is missing: run npm run build -w ${app} first`);
  }
  process.env.MEDIASOUP_WORKER_BIN ||= mediasoupWorkerBin();
  postgres = await startPostgres({ database: 'telemed_stack' });
  stack = await startStack({
    dataDir,
    databaseUrl: postgres.url,
    logDir: path.join(dataDir, 'logs'),
    env: { LOG_LEVEL: 'warn', SEED_ON_START: 'false' },
  });
  for (const supervisor of Object.values(stack.processes)) {
    supervisor.on('restarting', ({ name, signal }) => crashLines.push(`${name} ${signal}`));
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await postgres?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/** Kills a service's process with SIGKILL and waits for the supervisor to start a new one. */
async function kill(name: string) {
  const supervisor = stack.processes[name];
  if (!supervisor)
    throw new Error(`${name} is not part of the stack: ${Object.keys(stack.processes).join(', ')}`);
  const killed = supervisor.child.pid!;
  const restarting = new Promise<Restart>((resolve) => supervisor.once('restarting', resolve));
  process.kill(killed, 'SIGKILL');
  const restart = await restarting;
  expect(restart).toMatchObject({ name, pid: killed, signal: 'SIGKILL', restart: 1, delayMs: 500 });
  return { supervisor, killed };
}

const answers = async (url: string) => {
  const res = await fetch(url);
  expect(res.status).toBe(200);
};

describe('the start command stack', () => {
  it('runs every service under a supervisor', () => {
    expect(Object.keys(stack.processes).sort()).toEqual([
      'api',
      'sfu',
      'web-doctor',
      'web-patient',
      'worker',
    ]);
  });

  it('restarts a killed sfu, which answers on its port again within seconds', async () => {
    const sfuHttp = stack.urls.sfu!.replace(/^ws/, 'http');
    await answers(`${sfuHttp}/readyz`);
    const { supervisor, killed } = await kill('sfu');
    await vi.waitFor(
      async () => {
        expect(supervisor.child.pid).not.toBe(killed);
        await answers(`${sfuHttp}/readyz`); // its mediasoup workers are up again
      },
      { timeout: 20_000, interval: 200 },
    );
  }, 60_000);

  it('restarts a killed api, which answers again', async () => {
    const { supervisor, killed } = await kill('api');
    await vi.waitFor(
      async () => {
        expect(supervisor.child.pid).not.toBe(killed);
        await answers(`${stack.urls.api}/readyz`);
      },
      { timeout: 60_000, interval: 250 },
    );
    // The web apps reach it again through their server-side client.
    expect((await fetch(`${stack.urls.patient}/login`)).status).toBe(200);
    expect(crashLines).toEqual(['sfu SIGKILL', 'api SIGKILL']);
  }, 120_000);
});
