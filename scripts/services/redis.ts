import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireBinary } from './binaries.js';
import { freePort, waitForPort } from './free-port.js';
import type { RunningService } from './postgres.js';

export type { RunningService };

/**
 * A redis-server from the system on a free loopback port. With `dir` its data persists there
 * (for `npm start`); without, it is a throw-away in-memory server (for tests).
 */
export async function startRedis(opts: { dir?: string; port?: number } = {}): Promise<RunningService> {
  const bin = requireBinary(
    'redis-server',
    ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
    'redis-server',
  );
  const port = opts.port ?? (await freePort());
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-redis-'));
  fs.mkdirSync(dir, { recursive: true });
  const persistence = opts.dir ? ['--appendonly', 'yes'] : ['--save', '', '--appendonly', 'no'];
  const server = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, ...persistence], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
        setTimeout(() => server.kill('SIGKILL'), 5_000).unref();
      });
      if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
