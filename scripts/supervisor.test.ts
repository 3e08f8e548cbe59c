import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restartDelay, Supervisor, type Exit, type Restart } from './supervisor.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-supervisor-'));
const supervisors: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
});

/**
 * A tiny real service: counts its runs in a file, and on run n does `behaviour[n]` (the last entry for every
 * later run): `crash` exits 1 at once, `config` exits 78, a number crashes after that many ms, `run` stays up.
 */
function service(behaviour: (string | number)[]) {
  const script = path.join(dir, `service-${supervisors.length}-${Date.now()}.mjs`);
  const runs = `${script}.runs`;
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';
const runs = (fs.existsSync(${JSON.stringify(runs)}) ? Number(fs.readFileSync(${JSON.stringify(runs)}, 'utf8')) : 0) + 1;
fs.writeFileSync(${JSON.stringify(runs)}, String(runs));
const behaviour = ${JSON.stringify(behaviour)};
const what = behaviour[Math.min(runs, behaviour.length) - 1];
if (what === 'crash') process.exit(1);
if (what === 'config') process.exit(78);
if (typeof what === 'number') setTimeout(() => process.exit(1), what);
else setInterval(() => {}, 1000);
`,
  );
  return {
    runs: () => Number(fs.readFileSync(runs, 'utf8')),
    spawn: () => spawn(process.execPath, [script], { detached: true, stdio: 'ignore' }),
  };
}

function supervise(
  spawnChild: () => ReturnType<typeof spawn>,
  backoff: ConstructorParameters<typeof Supervisor>[0]['backoff'],
) {
  const log: string[] = [];
  const supervisor = new Supervisor({
    name: 'probe',
    spawn: spawnChild,
    backoff,
    log: (line) => log.push(line),
  });
  supervisors.push(supervisor);
  const restarts: Restart[] = [];
  supervisor.on('restarting', (r) => restarts.push(r));
  return { supervisor, restarts, log };
}

/** Child processes take a while to start on a busy machine. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

/** Running, not a zombie (an orphan waits for its reaper, which not every container's init is). */
const alive = (pid: number | undefined) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('restartDelay', () => {
  it('doubles from 0.5 s up to 30 s by default', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => restartDelay(n))).toEqual([
      500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});

describe('Supervisor', () => {
  it('restarts a crashing process with a doubling, capped delay and logs every crash', async () => {
    const probe = service(['crash', 'crash', 'crash', 'crash', 'run']);
    const { supervisor, restarts, log } = supervise(probe.spawn, { initialMs: 20, maxMs: 80 });
    await until(() => expect(probe.runs()).toBe(5));
    expect(restarts.map((r) => [r.restart, r.code, r.delayMs])).toEqual([
      [1, 1, 20],
      [2, 1, 40],
      [3, 1, 80],
      [4, 1, 80],
    ]);
    expect(log[3]).toMatch(
      /^\[supervisor\] probe \(pid \d+\) exited with code 1 after \d+\.\d s; restart #4 in 0\.1 s$/,
    );
    expect(alive(supervisor.child.pid)).toBe(true);
  });

  it('starts the back-off over after a run that lasted long enough', async () => {
    const probe = service([300]);
    const { restarts } = supervise(probe.spawn, { initialMs: 20, maxMs: 1000, stableMs: 200 });
    await until(() => expect(restarts.length).toBeGreaterThanOrEqual(3));
    expect(restarts.slice(0, 3).map((r) => [r.restart, r.delayMs])).toEqual([
      [1, 20],
      [2, 20],
      [3, 20],
    ]);
  });

  it('reports a process killed by a signal and kills what it left in its group', async () => {
    // A service with a child of its own, like the sfu and its mediasoup workers.
    const script = path.join(dir, 'parent.mjs');
    const grandchildPid = path.join(dir, 'grandchild.pid');
    fs.writeFileSync(
      script,
      `import { spawn } from 'node:child_process';
import fs from 'node:fs';
const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
fs.writeFileSync(${JSON.stringify(grandchildPid)}, String(sleeper.pid));
setInterval(() => {}, 1000);
`,
    );
    const { supervisor, restarts, log } = supervise(
      () => spawn(process.execPath, [script], { detached: true, stdio: 'ignore' }),
      { initialMs: 20 },
    );
    await until(() => expect(fs.existsSync(grandchildPid)).toBe(true));
    const orphan = Number(fs.readFileSync(grandchildPid, 'utf8'));
    fs.rmSync(grandchildPid);
    const killed = supervisor.child.pid;
    process.kill(killed!, 'SIGKILL');
    await until(() => expect(restarts).toHaveLength(1));
    expect(restarts[0]).toMatchObject({ pid: killed, code: null, signal: 'SIGKILL', restart: 1 });
    expect(log[0]).toContain(`probe (pid ${killed}) was killed by SIGKILL`);
    await until(() => expect(alive(orphan)).toBe(false));
    await until(() => expect(supervisor.child.pid).not.toBe(killed));
  });

  it('does not restart a process that exits with EX_CONFIG (78)', async () => {
    const probe = service(['config']);
    const { supervisor, restarts, log } = supervise(probe.spawn, { initialMs: 20 });
    const gaveUp = await new Promise<Exit>((resolve) => supervisor.once('gaveUp', resolve));
    expect(gaveUp).toMatchObject({ name: 'probe', code: 78 });
    expect(log).toEqual([expect.stringContaining('its configuration is invalid, not restarting it')]);
    expect(restarts).toEqual([]);
    expect(probe.runs()).toBe(1);
  });

  it('stops restarting once stopped, even with a restart pending', async () => {
    const probe = service(['crash']);
    const { supervisor, restarts } = supervise(probe.spawn, { initialMs: 100 });
    await until(() => expect(restarts).toHaveLength(1));
    await supervisor.stop();
    // Well past the pending restart's delay: it never happens.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(probe.runs()).toBe(1);
    // A running child is stopped with SIGTERM to its group.
    const running = service(['run']);
    const second = supervise(running.spawn, { initialMs: 20 });
    await until(() => expect(running.runs()).toBe(1));
    const pid = second.supervisor.child.pid;
    await second.supervisor.stop();
    expect(alive(pid)).toBe(false);
    expect(second.restarts).toEqual([]);
  });
});
