/**
 * Starts the whole platform as child processes — Redis (unless REDIS_URL is given), a loopback TURN server
 * (coturn, when asked for), api, worker (with a real Postgres), sfu (when the mediasoup worker is available),
 * web-patient and web-doctor — waits until
 * each answers, restarts any that crashes afterwards (scripts/supervisor.ts), and stops them all together.
 * Used by `npm start` and by the Playwright suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from './services/free-port.js';
import { startRedis, type RunningService } from './services/redis.js';
import { findTurnserver, localTurnUrls, portIsFree, writeTurnConfig } from './services/turn.js';
import { Supervisor } from './supervisor.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StackOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  /** `webrtc`: the first of the sfu's media ports (one UDP/TCP port per worker from there). */
  ports?: Partial<Record<'api' | 'patient' | 'doctor' | 'sfu' | 'webrtc' | 'turn', number>>;
  /**
   * Run Debian's coturn on loopback (UDP+TCP on `ports.turn`) and have the api hand out time-limited
   * credentials for it with every join grant. Fails the start when `turnserver` is not installed.
   */
  turn?: boolean;
  /** Extra environment for every process (e.g. NODE_ENV=test). */
  env?: Record<string, string>;
  /** Where child output goes: the terminal with a prefix, or a log file per process. */
  logDir?: string;
}

export interface Stack {
  urls: { api: string; patient: string; doctor: string; sfu: string | null; turn: string[] };
  /** The supervised processes by name (turn, api, worker, sfu, web-patient, web-doctor). */
  processes: Record<string, Supervisor>;
  stop(): Promise<void>;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const children: Supervisor[] = [];
  let redis: RunningService | null = null;
  const stop = async () => {
    await Promise.all(children.reverse().map((supervisor) => supervisor.stop()));
    await redis?.stop();
  };
  try {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    const redisUrl =
      opts.redisUrl ?? (redis = await startRedis({ dir: path.join(opts.dataDir, 'redis') })).url;
    const ports = {
      api: opts.ports?.api ?? (await freePort()),
      patient: opts.ports?.patient ?? (await freePort()),
      doctor: opts.ports?.doctor ?? (await freePort()),
      sfu: opts.ports?.sfu ?? (await freePort()),
      webrtc: opts.ports?.webrtc ?? (await freePort()),
      turn: opts.turn ? (opts.ports?.turn ?? (await freePort())) : 0,
    };
    const urls = {
      api: `http://127.0.0.1:${ports.api}`,
      patient: `http://127.0.0.1:${ports.patient}`,
      doctor: `http://127.0.0.1:${ports.doctor}`,
      sfu: sfuAvailable() ? `ws://127.0.0.1:${ports.sfu}` : null,
      turn: opts.turn ? localTurnUrls(ports.turn) : [],
    };
    // Fresh secrets per run, shared by the api and the sfu only.
    const secrets = {
      INTERNAL_API_SECRET: randomBytes(24).toString('base64url'),
      JOIN_TOKEN_SECRET: randomBytes(24).toString('base64url'),
    };
    const common = { ...process.env, ...secrets, REDIS_URL: redisUrl, ...opts.env };
    const launch = (
      name: string,
      args: string[],
      env: Record<string, string | undefined>,
      command = process.execPath,
    ) => {
      const output = outputSink(name, opts.logDir);
      const supervisor = new Supervisor({
        name,
        spawn: () => {
          const child = spawn(command, args, {
            cwd: root,
            env: { ...common, ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true, // its own process group, so stopping it stops its children too
          });
          output(child);
          return child;
        },
      });
      children.push(supervisor);
    };
    const tsx = (file: string) => ['--import', 'tsx', file];

    // TURN: coturn checks the api's credentials with a secret only the two of them share (fresh per run).
    let turnEnv = {};
    if (opts.turn) {
      const bin = findTurnserver();
      if (!bin) throw new Error('turnserver was not found. Install it: apt-get install -y coturn');
      if (!(await portIsFree(ports.turn))) {
        throw new Error(
          `TURN port ${ports.turn} is taken (a system coturn?): set TURN_PORT or TURN_ENABLED=0`,
        );
      }
      const secret = randomBytes(24).toString('base64url');
      const config = writeTurnConfig({ dir: path.join(opts.dataDir, 'turn'), port: ports.turn, secret });
      launch('turn', ['-c', config], {}, bin);
      await waitForPort(ports.turn, 20_000);
      turnEnv = { TURN_URLS: urls.turn.join(','), TURN_SECRET: secret };
    }

    const apiEnv = {
      PORT: String(ports.api),
      DATA_DIR: opts.dataDir,
      DATABASE_URL: opts.databaseUrl,
      WEB_ORIGINS: `${urls.patient},${urls.doctor}`,
      PATIENT_APP_URL: urls.patient,
      ...(urls.sfu ? { SFU_PUBLIC_URL: urls.sfu } : {}),
      ...turnEnv,
    };
    launch('api', tsx('api/src/server.ts'), apiEnv);
    // The api migrates the database; the worker starts once it is ready, so they never migrate at once.
    await waitForHttp(`${urls.api}/readyz`, children, 120_000);
    if (opts.databaseUrl) launch('worker', tsx('api/src/worker.ts'), apiEnv);
    if (urls.sfu) {
      launch('sfu', tsx('sfu/src/server.ts'), {
        PORT: String(ports.sfu),
        WEBRTC_SERVER_PORT: String(ports.webrtc),
        PUBLIC_URL: urls.sfu,
        API_URL: urls.api,
      });
    }
    for (const [name, port, url] of [
      ['web-patient', ports.patient, urls.patient],
      ['web-doctor', ports.doctor, urls.doctor],
    ] as const) {
      launch(name, [path.join(root, name, 'build')], {
        PORT: String(port),
        HOST: '127.0.0.1',
        ORIGIN: url,
        API_URL: urls.api,
        // Uploads stream through the patient app to the api, which allows 20 MB files.
        BODY_SIZE_LIMIT: '21M',
        // The patient app points staff who sign in there to their own app.
        ...(name === 'web-patient' ? { STAFF_APP_URL: urls.doctor } : {}),
      });
    }

    await waitForHttp(`${urls.api}/readyz`, children, 120_000);
    await Promise.all([
      waitForHttp(`${urls.patient}/login`, children),
      waitForHttp(`${urls.doctor}/login`, children),
      ...(urls.sfu ? [waitForPort(ports.sfu, 60_000)] : []),
    ]);
    return { urls, processes: Object.fromEntries(children.map((s) => [s.name, s])), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The sfu runs when its worker binary is known (see scripts/mediasoup-worker.sh). */
function sfuAvailable() {
  const bin = process.env.MEDIASOUP_WORKER_BIN;
  return Boolean(bin && fs.existsSync(bin) && fs.existsSync(path.join(root, 'sfu/src/server.ts')));
}

/** Fails at once when a process dies during start-up: that is a set-up problem a restart would only repeat. */
async function waitForHttp(url: string, children: Supervisor[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = children.find(({ lastExit }) => lastExit);
    if (dead?.lastExit) {
      const { code, signal } = dead.lastExit;
      throw new Error(`${dead.name} exited with ${signal ?? `code ${code}`} during start-up`);
    }
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Where a service's output goes, across its restarts: one log file per service, or the terminal with a prefix. */
function outputSink(name: string, logDir?: string) {
  if (logDir) {
    fs.mkdirSync(logDir, { recursive: true });
    const file = fs.createWriteStream(path.join(logDir, `${name}.log`));
    return (child: ChildProcess) => {
      child.stdout?.pipe(file, { end: false });
      child.stderr?.pipe(file, { end: false });
    };
  }
  const prefix = `[${name}]`.padEnd(14);
  return (child: ChildProcess) => {
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8'); // a chunk may end inside a character
      stream?.on('data', (chunk: string) => {
        const lines = (buffered + chunk).split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(`${prefix} ${line}\n`);
      });
    }
  };
}

const demoLogins: [string, string][] = [
  ['patient (parent of two)', 'anna.petrova@demo.telemed'],
  ['patient (another family)', 'ivan.sokolov@demo.telemed'],
  ['therapist', 'dr.smirnova@demo.telemed'],
  ['paediatrician', 'dr.kuznetsov@demo.telemed'],
  ['medical assistant', 'nurse.orlova@demo.telemed'],
  ['admin', 'admin@demo.telemed'],
];

/**
 * `npm start` runs the local TURN server when TURN_ENABLED=1 (and fails without coturn), never with
 * TURN_ENABLED=0 or when TURN_URLS points at another TURN server, and otherwise whenever `turnserver` is
 * installed and its port is free.
 */
async function localTurnWanted(port: number): Promise<boolean> {
  const setting = process.env.TURN_ENABLED?.trim().toLowerCase();
  if (setting && ['1', 'true', 'yes', 'on'].includes(setting)) return true;
  if (setting && ['0', 'false', 'no', 'off'].includes(setting)) return false;
  if (setting) throw new Error('TURN_ENABLED must be 1 or 0');
  if (process.env.TURN_URLS) return false;
  return findTurnserver() !== null && (await portIsFree(port));
}

/** `npm start`: the default ports, the embedded database under ./data, until Ctrl-C. */
async function main() {
  const turnPort = Number(process.env.TURN_PORT ?? 3478);
  const stack = await startStack({
    turn: await localTurnWanted(turnPort),
    dataDir: process.env.DATA_DIR ?? path.join(root, 'data'),
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    ports: {
      api: Number(process.env.API_PORT ?? 8787),
      patient: Number(process.env.PATIENT_PORT ?? 5173),
      doctor: Number(process.env.DOCTOR_PORT ?? 5174),
      sfu: Number(process.env.SFU_PORT ?? 4443),
      webrtc: Number(process.env.WEBRTC_SERVER_PORT ?? 44444),
      turn: turnPort,
    },
  });
  const line = '─'.repeat(72);
  console.log(`\n${line}\n Telemed is running\n`);
  console.log(` Patient app:          ${stack.urls.patient}`);
  console.log(` Doctor/assistant app: ${stack.urls.doctor}`);
  console.log(` API:                  ${stack.urls.api}  (reference: ${stack.urls.api}/docs)`);
  console.log(` SFU:                  ${stack.urls.sfu ?? 'not started (no mediasoup worker binary)'}`);
  const turn = stack.urls.turn[0]?.replace(/\?.*$/, ' (UDP and TCP, loopback only)');
  console.log(
    ` TURN:                 ${turn ?? 'not started (TURN_ENABLED=1 starts it; needs apt-get install coturn)'}`,
  );
  console.log(`\n Demo logins (password for all: Telemed-Demo-2026):`);
  for (const [role, login] of demoLogins) console.log(`   ${role.padEnd(26)} ${login}`);
  console.log(' Staff then enter a code from an authenticator app: `npm run demo:totp` prints it.');
  console.log(`\n A service that crashes is restarted. Ctrl-C stops everything.\n${line}\n`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Telemed…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
