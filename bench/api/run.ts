/**
 * Api throughput (npm run bench:api [-- postgres|pglite]): for each database, the api runs in a child process
 * over the seeded demo world (a throw-away real Postgres, or embedded PGlite in a temporary data dir) with a
 * real Redis, next to a bare Hono "hello" server started in the same run as the ceiling. autocannon drives
 * each hot read and the write mix with CONNECTIONS connections for DURATION_S seconds, signed in as the
 * patient, doctor or assistant whose screen sends it. Afterwards the database is opened and every write the
 * benchmark got a 2xx for (bookings, cancellations, readings, audit rows of the card reads) is counted.
 * Writes bench/results/api.json: req/s, p50/p99, the share of bare Hono's req/s and the api's CPU time per
 * request (all its processes, from /proc: robust on a busy machine where req/s is not) for each request.
 * Postgres is measured twice: one api process, then one per core (API_PROCESSES, node:cluster); PGlite serves
 * one process. The request rate limiter runs (one Redis script per request, limits far above the load).
 *
 * To find where the time goes: BENCH_ONLY=timeline (requests whose name contains it, plus bare Hono; no JSON
 * written) and BENCH_CPU_PROF=<dir> (the api runs with node --cpu-prof; open the .cpuprofile in Chrome's
 * DevTools). BENCH_DURATION_S sets the measured seconds per request; BENCH_PROCESSES=1,2 the api process
 * counts measured on Postgres (default: 1 and the number of cores).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../api/src/db/client.js';
import { root, round, signInTo, startChild, waitForLines } from '../api-process.js';
import { startPostgres } from '../../scripts/services/postgres.js';
import { startRedis } from '../../scripts/services/redis.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
const ONLY = process.env.BENCH_ONLY;
const CPU_PROF = process.env.BENCH_CPU_PROF;
const WARM_UP_S = 2;
const PATIENT = 'anna.petrova@demo.telemed';
const MONITORED_PATIENT = 'nikolai.volkov@demo.telemed'; // enrolled in blood-pressure monitoring
const DOCTOR = 'dr.smirnova@demo.telemed';
const ASSISTANT = 'nurse.orlova@demo.telemed';
const BENCH_REASON = `bench ${randomUUID()}`; // marks the bookings this run makes, to count them afterwards

/** 2xx answers to the write mix, counted per kind to check against the database afterwards. */
const written = { booked: 0, cancelled: 0 };

type Database = 'postgres' | 'pglite';
const databases: Database[] = process.argv[2] ? [process.argv[2] as Database] : ['postgres', 'pglite'];
const PROCESSES = (process.env.BENCH_PROCESSES ?? `1,${os.availableParallelism()}`)
  .split(',')
  .map(Number)
  .filter((n, i, all) => n >= 1 && all.indexOf(n) === i);
const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

interface Measured {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  failed: number;
  shareOfBareHono?: number;
  /** CPU time of the server's processes (user + system) per answered request, when /proc tells. */
  cpuMsPerRequest?: number;
}

const loadAverageAtStart = os.loadavg();
const redis = await startRedis();
const results: Record<string, unknown> = {};
try {
  for (const database of databases) {
    for (const processes of database === 'postgres' ? PROCESSES : [1]) {
      const key = processes === 1 ? database : `${database}, ${processes} api processes`;
      results[key] = await benchDatabase(database, processes);
    }
  }
} finally {
  await redis.stop();
}
const output = {
  benchmark: 'api',
  description: `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per request after ${WARM_UP_S} s warm-up; api and bare Hono each in a child process on loopback`,
  cpus: os.cpus().length,
  loadAverageAtStart,
  loadAverageAtEnd: os.loadavg(),
  node: process.version,
  at: new Date().toISOString(),
  ...results,
};
if (!ONLY) {
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/api.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log('→ bench/results/api.json');
}

async function benchDatabase(database: Database, processes: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-bench-api-'));
  const postgres = database === 'postgres' ? await startPostgres({ database: 'telemed_bench_api' }) : null;
  const stopAll = async (...children: ({ stop(): Promise<void> } | undefined)[]) => {
    for (const child of children) await child?.stop();
    await postgres?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const hello = await startChild('hello', ['bench/api/hello.ts'], {}, dataDir).catch(async (e: unknown) => {
    await stopAll();
    throw e;
  });
  const api = await startChild(
    'api',
    [...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : []), 'api/src/server.ts'],
    {
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
      API_PROCESSES: String(processes),
      // The limiter's round trip is part of every request; the limits themselves are far above the load.
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
      RATE_LIMIT_CONCURRENT: '1000',
    },
    dataDir,
  ).catch(async (e: unknown) => {
    await stopAll(hello); // nothing of a failed start stays behind
    throw e;
  });
  try {
    // The port opens with the first api process; the connections should reach all of them.
    await waitForLines(path.join(dataDir, 'api.log'), '"msg":"api listening"', processes);
    const w = await world(api.url, postgres?.url);
    const measured: (Measured & { warmUpOk: number })[] = [];
    const run = async (name: string, opts: Partial<autocannon.Options>) => {
      if (ONLY && measured.length && !name.includes(ONLY))
        return { ok: 0, warmUpOk: 0, requestsPerSecond: 0 };
      const m = await load(name, opts, name.startsWith('bare') ? hello.pid : api.pid);
      measured.push(m);
      console.log(
        `${database} ×${processes} ${name}: ${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.cpuMsPerRequest ?? '?'} CPU ms/request, ${m.failed} failed`,
      );
      return m;
    };
    const bare = await run('bare Hono GET /hello', { url: `${hello.url}/hello` });
    const get = (who: { cookie: string }, p: string) => ({
      url: `${api.url}${p}`,
      headers: { cookie: who.cookie },
    });
    await run('GET /healthz (patient cookie)', get(w.patient, '/healthz'));
    await run('GET /doctors/{id}/slots?days=7', get(w.patient, `/doctors/${w.doctorId}/slots?days=7`));
    await run('GET /doctors?specialty=therapist', get(w.patient, '/doctors?specialty=therapist'));
    const timeline = await run(
      'GET /patients/{id}/medcard/timeline',
      get(w.patient, `/patients/${w.patientId}/medcard/timeline`),
    );
    await run('GET /monitoring/worklist (assistant)', get(w.assistant, '/monitoring/worklist'));
    await run("GET /me/appointments (doctor's today)", get(w.doctor, '/me/appointments'));
    await run('GET /notifications (unread count, doctor)', get(w.doctor, '/notifications'));
    await run('POST /appointments + POST /appointments/{id}/cancel', bookAndCancel(api.url, w));
    const readings = await run('POST /patients/{id}/bp-readings', bpReading(api.url, w));
    for (const m of measured) m.shareOfBareHono = round(m.requestsPerSecond / bare.requestsPerSecond, 4);

    await api.stop(); // PGlite's data dir belongs to one process; Postgres is counted the same way
    const counts = await countWrites(dataDir, postgres?.url, w);
    // What the api answered 2xx to. autocannon stops with up to one request per connection in flight,
    // which the api may still complete: the database can hold a few more, never fewer.
    const acknowledged = {
      bookings: written.booked,
      cancellations: written.cancelled,
      readings: readings.ok + readings.warmUpOk,
      timelineAuditRows: timeline.ok + timeline.warmUpOk,
    };
    written.booked = written.cancelled = 0;
    const nothingLost = (Object.keys(acknowledged) as (keyof typeof acknowledged)[]).every(
      (k) => counts[k] >= acknowledged[k],
    );
    if (!nothingLost) console.error(`${database}: writes missing`, { counts, acknowledged });
    process.exitCode = nothingLost ? process.exitCode : 1;
    return {
      database: postgres ? 'PostgreSQL (throw-away server)' : 'embedded PGlite',
      apiProcesses: processes,
      requests: measured.map(({ warmUpOk: _, ...m }) => m),
      writes: { inDatabase: counts, acknowledged, nothingLost },
    };
  } finally {
    await stopAll(api, hello);
  }
}

/** Signs the screens' users in and finds the ids and free slots the requests need. */
async function world(api: string, databaseUrl: string | undefined) {
  const signIn = (login: string) => signInTo(api, login, databaseUrl);
  const patient = await signIn(PATIENT);
  const monitored = await signIn(MONITORED_PATIENT);
  const doctor = await signIn(DOCTOR);
  const assistant = await signIn(ASSISTANT);
  const json = async <T>(who: { cookie: string }, p: string) => {
    const res = await fetch(`${api}${p}`, { headers: { cookie: who.cookie } });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
    return (await res.json()) as T;
  };
  type Family = { self: { id: string } };
  const patientId = (await json<Family>(patient, '/me/family')).self.id;
  const monitoredId = (await json<Family>(monitored, '/me/family')).self.id;
  const doctors = await json<{ items: { id: string }[] }>(patient, '/doctors?specialty=therapist');
  const doctorId = doctors.items[0]!.id;
  // Slots far enough ahead to be cancellable (an hour's cut-off), from every therapist.
  const slots: { id: string; format: string }[] = [];
  for (const d of doctors.items) {
    const page = await json<{ items: { id: string; startsAt: string; formats: string[] }[] }>(
      patient,
      `/doctors/${d.id}/slots?days=14`,
    );
    for (const s of page.items) {
      if (Date.parse(s.startsAt) > Date.now() + 3 * 3600_000) slots.push({ id: s.id, format: s.formats[0]! });
    }
  }
  if (slots.length < 4 * CONNECTIONS) throw new Error(`only ${slots.length} free slots to book`);
  return { patient, monitored, doctor, assistant, patientId, monitoredId, doctorId, slots };
}

type World = Awaited<ReturnType<typeof world>>;

/**
 * Each connection books the next slot round-robin, then cancels that booking; by the time the rotation
 * comes back to a slot it has long been freed again.
 */
function bookAndCancel(api: string, w: World): Partial<autocannon.Options> {
  let next = 0;
  const headers = { cookie: w.patient.cookie, 'x-csrf-token': w.patient.csrfToken };
  return {
    url: api,
    requests: [
      {
        method: 'POST',
        path: '/appointments',
        setupRequest: (req) => {
          const slot = w.slots[next++ % w.slots.length]!;
          return {
            ...req,
            headers: {
              ...headers,
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify({
              patientId: w.patientId,
              slotId: slot.id,
              format: slot.format,
              reason: BENCH_REASON,
            }),
          };
        },
        onResponse: (status, body, context: { appointmentId?: string | null }) => {
          context.appointmentId = status === 201 ? (JSON.parse(body) as { id: string }).id : null;
          if (status === 201) written.booked++;
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context: { appointmentId?: string | null }) =>
          context.appointmentId
            ? { ...req, headers, path: `/appointments/${context.appointmentId}/cancel` }
            : (null as unknown as typeof req), // the booking lost its slot: start over
        onResponse: (status) => {
          if (status >= 200 && status < 300) written.cancelled++;
        },
      },
    ],
  };
}

/** Readings one millisecond apart in a past hour nothing else writes to, so each one is a new row. */
function bpReading(api: string, w: World): Partial<autocannon.Options> {
  let n = 0;
  return {
    url: api,
    requests: [
      {
        method: 'POST',
        path: `/patients/${w.monitoredId}/bp-readings`,
        setupRequest: (req) => ({
          ...req,
          headers: {
            cookie: w.monitored.cookie,
            'x-csrf-token': w.monitored.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            systolic: 128,
            diastolic: 82,
            pulse: 61,
            arm: 'left',
            measuredAt: new Date(readingsWindowStart() + n++).toISOString(),
          }),
        }),
      },
    ],
  };
}

/** Ten days ago at 03:17 UTC: the hour the benchmark's readings go to. */
function readingsWindowStart() {
  const d = new Date(Date.now() - 10 * 86_400_000);
  d.setUTCHours(3, 17, 0, 0);
  return d.getTime();
}

async function countWrites(dataDir: string, url: string | undefined, w: World) {
  const database = openDatabase({ url, dataDir, maxConnections: 1 });
  const count = async (query: ReturnType<typeof sql>) => {
    const rows = (await database.db.execute(query)) as unknown as { n: number }[] | { rows: { n: number }[] };
    return Number((Array.isArray(rows) ? rows : rows.rows)[0]!.n);
  };
  const from = new Date(readingsWindowStart()).toISOString();
  const to = new Date(readingsWindowStart() + 3600_000).toISOString();
  try {
    return {
      bookings: await count(sql`select count(*)::int as n from appointments where reason = ${BENCH_REASON}`),
      cancellations: await count(
        sql`select count(*)::int as n from appointments where reason = ${BENCH_REASON} and status = 'cancelled'`,
      ),
      readings: await count(
        sql`select count(*)::int as n from bp_readings where patient_id = ${w.monitoredId}
            and measured_at >= ${from} and measured_at < ${to}`,
      ),
      timelineAuditRows: await count(
        sql`select count(*)::int as n from audit_events where action = 'medcard.timeline' and outcome = 'allowed'`,
      ),
    };
  } finally {
    await database.close();
  }
}

/**
 * A warm-up run (not measured, but its writes are counted), then the measured run. Bare Hono and the api are
 * driven alike: the same connections, no pipelining, one request at a time per connection.
 */
async function load(name: string, opts: Partial<autocannon.Options>, serverPid: number | undefined) {
  const base = { connections: CONNECTIONS, ...opts } as autocannon.Options;
  const warm = await autocannon({ ...base, duration: WARM_UP_S });
  const cpuBefore = cpuTicks(serverPid);
  const r = await autocannon({ ...base, duration: DURATION_S });
  const cpuAfter = cpuTicks(serverPid);
  const answered = r['2xx'] + r.non2xx;
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    ok: r['2xx'],
    failed: r.non2xx + r.errors + r.timeouts,
    ...(cpuBefore !== null && cpuAfter !== null && answered
      ? { cpuMsPerRequest: round(((cpuAfter - cpuBefore) * 1000) / CLOCK_TICKS_PER_S / answered, 3) }
      : {}),
    warmUpOk: warm['2xx'],
  } satisfies Measured & { warmUpOk: number };
}

/** User + system clock ticks of `pid` and all its descendants (the api's cluster workers), or null. */
function cpuTicks(pid: number | undefined): number | null {
  if (!pid || process.platform !== 'linux') return null;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command: state ppid … utime (14th) stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  if (!stats.has(pid)) return null;
  let total = 0;
  const tree = new Set([pid]);
  // Parents have lower pids in practice, but walk until nothing new joins to be safe.
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, { ppid }] of stats) {
      if (!tree.has(p) && tree.has(ppid)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  for (const p of tree) total += stats.get(p)!.ticks;
  return total;
}
