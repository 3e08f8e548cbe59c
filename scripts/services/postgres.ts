import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { postgresBinDir } from './binaries.js';
import { freePort, waitForPort } from './free-port.js';

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/** A server a test can take down and bring back on the same port and data, to see an outage through. */
export interface RestartableService extends RunningService {
  down(): Promise<void>;
  up(): Promise<void>;
}

/**
 * A throw-away PostgreSQL server from the system's binaries, in a temporary directory on a free
 * loopback port. initdb refuses to run as root, so as root the cluster belongs to `postgres`.
 */
export async function startPostgres(opts: { database?: string } = {}): Promise<RestartableService> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];

  const [initdb, initdbArgs] = run(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  execFileSync(initdb, initdbArgs, { stdio: 'ignore' });
  const port = await freePort();
  // Durability is pointless for a test cluster; these settings make it several times faster.
  const [cmd, args] = run(path.join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=300',
  ]);
  let server: ReturnType<typeof spawn>;
  const launch = async () => {
    server = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    server.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    try {
      await waitForPort(port);
    } catch (error) {
      server.kill('SIGKILL');
      throw new Error(`PostgreSQL did not start: ${stderr || (error as Error).message}`);
    }
  };
  // pg_ctl rather than a signal to our child: as root the child is runuser, which does not pass SIGINT on.
  const [pgCtl, pgCtlArgs] = run(path.join(bin, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'fast', '-w']);
  const shutdown = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    try {
      await promisify(execFile)(pgCtl, pgCtlArgs);
    } catch {
      server.kill('SIGKILL');
    }
    await exited;
  };
  await launch();
  const database = opts.database ?? 'telemed_test';
  const [psql, psqlArgs] = run(path.join(bin, 'psql'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-c',
    `create database ${database}`,
  ]);
  await retry(() => execFileSync(psql, psqlArgs, { stdio: 'pipe' }));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    down: shutdown,
    up: launch,
    async stop() {
      await shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function retry<T>(fn: () => T, attempts = 50): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
