/**
 * Keeps one child process running: when it exits on its own it is started again after an exponential
 * back-off (0.5 s doubling to 30 s; the back-off starts over once a run has lasted a minute), and every crash
 * is logged loudly. The local counterpart of the systemd units in deploy/systemd/ (Restart=always), used by
 * scripts/stack.ts for `npm start` and the end-to-end suite.
 */
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** A run at least this long ends a crash streak: the next crash restarts after `initialMs` again. */
  stableMs: number;
}

export const defaultBackoff: Backoff = { initialMs: 500, maxMs: 30_000, stableMs: 60_000 };

/** EX_CONFIG (sysexits.h): the api's answer to an invalid environment, which no restart can fix. */
const EX_CONFIG = 78;

export interface Exit {
  name: string;
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  uptimeMs: number;
}

export interface Restart extends Exit {
  /** Restarts of this service so far, this one included. */
  restart: number;
  delayMs: number;
}

export interface SupervisorOptions {
  name: string;
  /** Starts the process (in its own process group, `detached: true`); called again for every restart. */
  spawn: () => ChildProcess;
  backoff?: Partial<Backoff>;
  /** Where the crash lines go (stderr by default). */
  log?: (line: string) => void;
}

/** The delay before the n-th restart of a crash streak (n ≥ 1). */
export function restartDelay(n: number, backoff: Backoff = defaultBackoff) {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** (n - 1));
}

/** Emits `started` (child), `restarting` (Restart) and `gaveUp` (Exit). */
export class Supervisor extends EventEmitter<{
  started: [ChildProcess];
  restarting: [Restart];
  gaveUp: [Exit];
}> {
  child!: ChildProcess;
  restarts = 0;
  /** The last time the child ended by itself, if it ever did. */
  lastExit: Exit | null = null;
  private streak = 0;
  private startedAt = 0;
  private stopping = false;
  private pending: NodeJS.Timeout | null = null;
  private readonly backoff: Backoff;
  private readonly log: (line: string) => void;

  constructor(private readonly options: SupervisorOptions) {
    super();
    this.backoff = { ...defaultBackoff, ...options.backoff };
    this.log = options.log ?? ((line) => console.error(`\x1b[1;31m${line}\x1b[0m`));
    this.start();
  }

  get name() {
    return this.options.name;
  }

  /** Stops the child (SIGTERM to its group, SIGKILL after 10 s) and never restarts it again. */
  async stop() {
    this.stopping = true;
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    await stopProcess(this.child);
  }

  private start() {
    const child = this.options.spawn();
    this.child = child;
    this.startedAt = performance.now();
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    child.on('error', (error) => {
      this.log(`[supervisor] ${this.name}: ${error.message}`);
      // A process that could not be spawned never emits 'exit': count it as a crash.
      if (child.pid === undefined) this.onExit(child, null, null);
    });
    this.emit('started', child);
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
    // Whatever the dead process left in its group (the sfu's mediasoup workers) must not hold its ports.
    killGroup(child, 'SIGKILL');
    if (this.stopping) return;
    const exit: Exit = {
      name: this.name,
      pid: child.pid,
      code,
      signal,
      uptimeMs: performance.now() - this.startedAt,
    };
    this.lastExit = exit;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const after = `after ${(exit.uptimeMs / 1000).toFixed(1)} s`;
    if (code === EX_CONFIG) {
      this.log(`[supervisor] ${this.name} ${how} ${after}: its configuration is invalid, not restarting it`);
      this.emit('gaveUp', exit);
      return;
    }
    if (exit.uptimeMs >= this.backoff.stableMs) this.streak = 0;
    this.streak += 1;
    this.restarts += 1;
    const delayMs = restartDelay(this.streak, this.backoff);
    this.log(
      `[supervisor] ${this.name} (pid ${child.pid}) ${how} ${after}; ` +
        `restart #${this.restarts} in ${(delayMs / 1000).toFixed(1)} s`,
    );
    this.pending = setTimeout(() => {
      this.pending = null;
      if (!this.stopping) this.start();
    }, delayMs);
    this.emit('restarting', { ...exit, restart: this.restarts, delayMs });
  }
}

/** SIGTERM to the child's process group, SIGKILL after 10 s; resolves once the child has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    child.once('exit', () => resolve());
    if (!killGroup(child, 'SIGTERM')) return resolve();
    setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}
