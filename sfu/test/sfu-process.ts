/**
 * The real sfu entry point (`src/server.ts`) as a child process, for tests where the process itself is under
 * test: an error that would end it must fail the test, not crash the test runner.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testSfuEnv } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function spawnSfu(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sfu/src/server.ts'], {
    cwd: root,
    // info level: the "sfu listening" line tells us the port (PORT=0 picks a free one).
    env: { ...process.env, ...testSfuEnv({ LOG_LEVEL: 'info', ...env }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const record = safeJson(line);
        if (record?.msg === 'sfu listening') resolve(String(record.url));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    child.once('exit', (code, signal) => reject(new Error(`sfu exited (${code ?? signal}): ${output}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    /** Everything the sfu wrote, for failure messages. */
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function safeJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
