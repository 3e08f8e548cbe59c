/**
 * Helpers the api benchmarks share (bench/api, bench/monitoring): the api (or any server script) in a child
 * process on a free loopback port, staff sign-in with the demo TOTP second factor, rounding.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowFreshCode, demoTotpCode } from '../e2e/second-factor.js';
import { freePort, waitForPort } from '../scripts/services/free-port.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PASSWORD = 'Telemed-Demo-2026';

/** Runs `node --import tsx …args` from the repository root; its output goes to `dir/<name>.log`. */
export async function startChild(name: string, args: string[], env: Record<string, string>, dir: string) {
  const port = await freePort();
  // One JSON line per request goes to a file, as it would to a log collector.
  const log = fs.openSync(path.join(dir, `${name}.log`), 'a');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', log, log],
  });
  let exited = false;
  const exit = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`exited with ${code}`));
    }),
  );
  exit.catch(() => {}); // only a start-up failure matters
  await Promise.race([waitForPort(port, 180_000), exit]).catch((e: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${name} did not start: ${fs.readFileSync(path.join(dir, `${name}.log`), 'utf8')}`, {
      cause: e,
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

export async function waitForLines(file: string, marker: string, count: number, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (fs.readFileSync(file, 'utf8').split(marker).length - 1 < count) {
    if (Date.now() > deadline) throw new Error(`${file}: fewer than ${count} lines with ${marker}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Both sign-in steps (staff pass the demo TOTP code). e2e's apiSignIn forgets the account's last used code
 * first, which needs Postgres; PGlite is reachable only through the api, and there each account signs in
 * once, so its code is fresh anyway.
 */
export async function signInTo(api: string, login: string, databaseUrl: string | undefined) {
  const post = (p: string, body: unknown) =>
    fetch(`${api}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let res = await post('/auth/login', { login, password: DEMO_PASSWORD });
  if (res.status === 202) {
    const { challenge } = (await res.json()) as { challenge: string };
    if (databaseUrl) await allowFreshCode(login, databaseUrl);
    res = await post('/auth/login/second-factor', { challenge, code: demoTotpCode() });
  }
  if (res.status !== 200) throw new Error(`sign-in of ${login}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export function round(n: number, digits: number) {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
