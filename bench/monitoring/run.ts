/**
 * Blood-pressure monitoring at panel scale (npm run bench:monitoring [-- --patients 50]): a throw-away real
 * Postgres and Redis, the api in a child process (it migrates and seeds the demo world), then one assistant's
 * panel seeded in SQL: PATIENTS patients enrolled with nurse Orlova, two readings a day for a year each
 * (generate_series, no row-by-row inserts) — about half controlled, a third above target, some improving,
 * some who stopped measuring months ago and some enrolled in the last two months.
 *
 * Measured:
 * - the alert job: a batch of new readings (two per patient still measuring, a few at crisis level) stored as
 *   the api stores them, then `runMonitoringJob` for each patient, one after another as the queue worker
 *   runs it (concurrency 1): readings evaluated per second; and the daily sweep over every enrolment;
 * - the assistant's worklist query (`worklist`, in process: its first page of 50, urgent patients first, and its
 *   last page) and the population query when its domain function exists: p50/p99 of sequential calls;
 * - GET /monitoring/worklist (and GET /monitoring/population when the route exists) through the api, signed in
 *   as the assistant with the TOTP second factor: autocannon, one connection (one assistant's screen).
 *
 * Writes bench/results/monitoring.json with the goals (p99 < 100 ms, ≥ 500 readings/s) and whether each is met.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, type Db } from '../../api/src/db/client.js';
import { closeQueues, createQueues } from '../../api/src/jobs/queues.js';
import { createLogger } from '../../api/src/logger.js';
import { runMonitoringJob } from '../../api/src/domains/monitoring/evaluation.js';
import { storeReadings } from '../../api/src/domains/monitoring/readings.js';
import { worklist } from '../../api/src/domains/monitoring/views.js';
import { startPostgres } from '../../scripts/services/postgres.js';
import { startRedis } from '../../scripts/services/redis.js';
import { root, round, signInTo, startChild, waitForLines } from '../api-process.js';

const { values: args } = parseArgs({
  options: {
    patients: { type: 'string', default: '1000' },
    days: { type: 'string', default: '365' },
    iterations: { type: 'string', default: '100' },
    'api-seconds': { type: 'string', default: '8' },
  },
});
const PATIENTS = Number(args.patients);
const DAYS = Number(args.days);
const ITERATIONS = Number(args.iterations);
const API_SECONDS = Number(args['api-seconds']);
const WARM_UP = 20;
const ASSISTANT = 'nurse.orlova@demo.telemed';
const DOCTOR = 'dr.smirnova@demo.telemed';
const GOAL_P99_MS = 100;
const GOAL_READINGS_PER_S = 500;
const FULL_SCALE = PATIENTS === 1000 && DAYS === 365;

const started = Date.now();
const loadAverageAtStart = os.loadavg();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-bench-monitoring-'));
const redis = await startRedis();
const postgres = await startPostgres({ database: 'telemed_bench_monitoring' });
const database = openDatabase({ url: postgres.url, dataDir, maxConnections: 4 });
const queues = createQueues(redis.url, 'bench-monitoring');
let api: Awaited<ReturnType<typeof startChild>> | undefined;
try {
  api = await startChild(
    'api',
    ['api/src/server.ts'],
    {
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      DATABASE_URL: postgres.url,
      API_PROCESSES: '1',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
      RATE_LIMIT_CONCURRENT: '1000',
    },
    dataDir,
  );
  await waitForLines(path.join(dataDir, 'api.log'), '"msg":"api listening"', 1);
  const db = database.db;

  const seedStarted = Date.now();
  const panel = await seedPanel(db);
  const seedSeconds = round((Date.now() - seedStarted) / 1000, 1);
  console.log(
    `seeded ${panel.patients} patients, ${panel.readings} readings, ${panel.alerts} past alerts in ${seedSeconds} s`,
  );

  const alertJob = await benchAlertJob(db, panel.assistantId);
  console.log(
    `alert job: ${alertJob.perReading.readingsPerSecond} readings/s (${alertJob.perReading.jobsPerSecond} jobs/s); daily sweep ${alertJob.dailySweep.patientsPerSecond} patients/s`,
  );

  if (process.env.BENCH_EXPLAIN) await explainHotQueries(db, panel.assistantId);
  const queries: Record<string, unknown>[] = [];
  // The worklist is paged (50 rows by default, urgent first): the first page and a page deep in the list
  // (the panel sorted by name after the patients with alerts), both over the whole panel's order and total.
  const firstPage = await worklist(db, panel.assistantId);
  queries.push({
    name: 'worklist(db, assistantId) — in process, first page',
    listedPatients: firstPage.total,
    pageRows: firstPage.items.length,
    ...(await timeCalls(() => worklist(db, panel.assistantId))),
  });
  const deepOffset = Math.max(0, firstPage.total - firstPage.limit);
  queries.push({
    name: `worklist(db, assistantId, { offset: ${deepOffset} }) — in process, last page`,
    listedPatients: firstPage.total,
    pageRows: (await worklist(db, panel.assistantId, { offset: deepOffset })).items.length,
    ...(await timeCalls(() => worklist(db, panel.assistantId, { offset: deepOffset }))),
  });
  const population = await populationFunction();
  if (population) {
    queries.push({
      name: `${population.name} — in process`,
      ...(await timeCalls(() => population.run(db, panel.assistantId))),
    });
  }
  for (const q of queries)
    console.log(`${String(q.name)}: p50 ${String(q.p50Ms)} ms, p99 ${String(q.p99Ms)} ms`);

  const assistant = await signInTo(api.url, ASSISTANT, postgres.url);
  const overApi: Record<string, unknown>[] = [];
  for (const p of ['/monitoring/worklist', '/monitoring/population']) {
    const probe = await fetch(`${api.url}${p}`, { headers: { cookie: assistant.cookie } });
    const body = await probe.arrayBuffer();
    if (probe.status === 404 && p !== '/monitoring/worklist') continue; // not built yet
    if (!probe.ok) throw new Error(`GET ${p}: ${probe.status}`);
    const m = await load(`${api.url}${p}`, assistant.cookie);
    overApi.push({ name: `GET ${p} (assistant, 1 connection)`, responseBytes: body.byteLength, ...m });
    console.log(`GET ${p}: ${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms`);
  }

  const output = {
    benchmark: 'monitoring',
    description:
      'One assistant panel on a throw-away PostgreSQL: queries timed sequentially in process (after warm-up), the same pages through the api with autocannon (1 connection), the alert job run as the queue worker runs it (one job after another)',
    fullScale: FULL_SCALE,
    dataset: {
      patients: panel.patients,
      days: DAYS,
      readings: panel.readings,
      pastAlerts: panel.alerts,
      liveAlertsAtQueryTime: await count(
        db,
        sql`select count(*)::int as n from monitoring_alerts where status in ('open', 'acknowledged')`,
      ),
      seedSeconds,
    },
    queries,
    api: overApi,
    alertJob,
    goals: {
      queryP99Ms: GOAL_P99_MS,
      readingsPerSecond: GOAL_READINGS_PER_S,
    },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
      node: process.version,
      postgres: await serverVersion(db),
    },
    totalSeconds: round((Date.now() - started) / 1000, 1),
    at: new Date().toISOString(),
  };
  const file = FULL_SCALE ? 'monitoring.json' : `monitoring-${PATIENTS}x${DAYS}.json`;
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results', file), `${JSON.stringify(output, null, 2)}\n`);
  const missed = [...queries, ...overApi, alertJob.perReading].filter((m) => m.met === false);
  console.log(
    `→ bench/results/${file}${missed.length ? `; goals missed: ${missed.map((m) => String(m.name)).join(', ')}` : ''}`,
  );
} finally {
  await api?.stop();
  await closeQueues(queues);
  await database.close();
  await postgres.stop();
  await redis.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * The panel, in a handful of set-based statements. Patient n's profile comes from n mod 10:
 * 0–4 controlled around 126/79, 5–7 above target around 152/94, 8 improving from 165/98 to 128/80 over the
 * year, 9 stopped measuring 45, 120, 250 or (lost to follow-up) 400 days ago — their readings span the year
 * before they stopped. Every 20th patient was enrolled 60 days ago (first 3 months) and has 60 days of
 * readings. Readings are 12 hours apart with up to 50 minutes of jitter; values vary by ± 8/5 mmHg.
 */
async function seedPanel(db: Db) {
  const ids = await db.execute(sql`
    select p.id as "assistantId", a.id as "assistantAccountId",
           (select id from accounts where email = ${DOCTOR}) as "doctorAccountId"
    from practitioners p join accounts a on a.id = p.account_id where a.email = ${ASSISTANT}`);
  const { assistantId, doctorAccountId } = rows<{ assistantId: string; doctorAccountId: string }>(ids)[0]!;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.18)`);
    await tx.execute(sql`
      create temporary table bench_panel on commit drop as
      select n,
             case when n % 10 < 5 then 'controlled' when n % 10 < 8 then 'uncontrolled'
                  when n % 10 = 8 then 'improving' else 'stopped' end as profile,
             case when n % 20 = 0 then 60 else ${DAYS} end as days,
             case when n % 10 <> 9 then 0 else (array[45, 120, 250, 400])[1 + (n / 10) % 4] end as stopped_days_ago,
             case when n % 7 = 0 then 130 else 140 end as target_systolic,
             case when n % 7 = 0 then 80 else 90 end as target_diastolic
      from generate_series(1, ${PATIENTS}) as n`);
    await tx.execute(sql`alter table bench_panel add column patient_id uuid`);
    await tx.execute(sql`update bench_panel set patient_id = gen_random_uuid()`);
    await tx.execute(sql`
      insert into patients (id, full_name, birth_date, sex, region)
      select patient_id,
             jsonb_build_object('ru', 'Пациент панели ' || n, 'en', 'Panel patient ' || lpad(n::text, 4, '0')),
             date '1950-01-01' + (n * 37 % 9000), case when n % 2 = 0 then 'female' else 'male' end::sex,
             'bench-monitoring'
      from bench_panel`);
    await tx.execute(sql`
      insert into monitoring_enrolments (patient_id, assistant_id, status, enrolled_by_account_id,
        target_systolic, target_diastolic, created_at, decided_by_account_id, decided_at)
      select patient_id, ${assistantId}, 'active', ${doctorAccountId}, target_systolic, target_diastolic,
             now() - make_interval(days => days + stopped_days_ago + 1), ${doctorAccountId},
             now() - make_interval(days => days + stopped_days_ago + 1)
      from bench_panel`);
    await tx.execute(sql`
      insert into bp_readings (patient_id, measured_at, systolic, diastolic, pulse, arm, source, created_at)
      select patient_id, at, sys, least(dia, sys - 20), 58 + floor(random() * 30)::int,
             (case when k % 2 = 0 then 'left' else 'right' end)::arm,
             (case when k % 5 = 0 then 'manual' when k % 5 = 1 then 'fhir' else 'csv' end)::bp_reading_source,
             at
      from (
        select b.patient_id, k,
               now() - make_interval(days => b.stopped_days_ago, hours => 12 * (2 * b.days - k))
                 - make_interval(mins => floor(random() * 50)::int) as at,
               round(case b.profile when 'controlled' then 126 when 'uncontrolled' then 152
                       when 'improving' then 165 - 37.0 * k / (2 * b.days) else 145 end
                     + (random() * 16 - 8))::int as sys,
               round(case b.profile when 'controlled' then 79 when 'uncontrolled' then 94
                       when 'improving' then 98 - 18.0 * k / (2 * b.days) else 91 end
                     + (random() * 10 - 5))::int as dia
        from bench_panel b, generate_series(0, 2 * b.days - 1) as k
      ) r`);
    // Past alerts the assistant dealt with: a resolved high-average alert a month for each patient above target.
    await tx.execute(sql`
      insert into monitoring_alerts (patient_id, kind, severity, status, details, dedupe_key, created_at, resolved_at)
      select patient_id, 'high_average', 'high', 'resolved',
             jsonb_build_object('values', jsonb_build_object('systolic', 150, 'diastolic', 94),
               'threshold', jsonb_build_object('systolic', target_systolic, 'diastolic', target_diastolic),
               'source', 'ESC/ESH 2023', 'advice', jsonb_build_object('ru', '', 'en', '')),
             'bench:' || patient_id || ':' || m, now() - make_interval(days => 30 * m),
             now() - make_interval(days => 30 * m - 2)
      from bench_panel, generate_series(1, least(12, days / 30)) as m
      where profile in ('uncontrolled', 'improving')`);
  });
  await db.execute(sql`analyze`);
  const n = (q: ReturnType<typeof sql>) => count(db, q);
  return {
    assistantId,
    patients: await n(sql`select count(*)::int as n from patients where region = 'bench-monitoring'`),
    readings: await n(sql`select count(*)::int as n from bp_readings r join patients p on p.id = r.patient_id
                          where p.region = 'bench-monitoring'`),
    alerts: await n(sql`select count(*)::int as n from monitoring_alerts where dedupe_key like 'bench:%'`),
  };
}

/**
 * New readings arrive: two for each patient still measuring (an hour and half an hour ago; every 50th at
 * crisis level, which notifies the assistant), stored as the api stores them. Then one evaluation job per
 * patient, as queued after each import, run one after another like the queue worker; then the daily sweep.
 */
async function benchAlertJob(db: Db, assistantId: string) {
  const measuring = rows<{ patientId: string; n: number }>(
    await db.execute(sql`
      select e.patient_id as "patientId", row_number() over (order by e.patient_id)::int as n
      from monitoring_enrolments e join patients p on p.id = e.patient_id
      where e.assistant_id = ${assistantId} and e.status = 'active' and p.region = 'bench-monitoring'
        and exists (select 1 from bp_readings r where r.patient_id = e.patient_id
                    and r.measured_at > now() - interval '2 days')`),
  );
  const now = Date.now();
  let newReadings = 0;
  for (const { patientId, n } of measuring) {
    const crisis = n % 50 === 0;
    const stored = await storeReadings(
      db,
      patientId,
      [
        {
          measuredAt: new Date(now - 3600_000),
          systolic: 131 + (n % 20),
          diastolic: 84 + (n % 9),
          pulse: 70,
        },
        {
          measuredAt: new Date(now - 1800_000),
          systolic: crisis ? 186 : 128 + (n % 24),
          diastolic: crisis ? 112 : 82 + (n % 10),
          pulse: 72,
        },
      ],
      'csv',
      null,
    );
    newReadings += stored.inserted;
  }
  const log = createLogger('warn', 'bench-monitoring');
  let created = 0;
  const jobsStarted = performance.now();
  for (const { patientId } of measuring) {
    const result = (await runMonitoringJob(db, queues.notifications, log, { patientId })) as {
      created: number;
    };
    created += result.created;
  }
  const jobSeconds = (performance.now() - jobsStarted) / 1000;
  const sweepStarted = performance.now();
  const sweep = (await runMonitoringJob(db, queues.notifications, log, { daily: true })) as {
    patients: number;
    created: number;
  };
  const sweepSeconds = (performance.now() - sweepStarted) / 1000;
  const readingsPerSecond = round(newReadings / jobSeconds, 1);
  return {
    perReading: {
      name: 'alert job: runMonitoringJob per import batch (2 new readings per patient), sequential',
      newReadings,
      jobs: measuring.length,
      alertsCreated: created,
      seconds: round(jobSeconds, 2),
      readingsPerSecond,
      jobsPerSecond: round(measuring.length / jobSeconds, 1),
      goalReadingsPerSecond: GOAL_READINGS_PER_S,
      met: readingsPerSecond >= GOAL_READINGS_PER_S,
    },
    dailySweep: {
      name: 'daily sweep: runMonitoringJob({ daily: true }) over every active enrolment',
      patients: sweep.patients,
      alertsCreated: sweep.created,
      seconds: round(sweepSeconds, 2),
      patientsPerSecond: round(sweep.patients / sweepSeconds, 1),
    },
  };
}

/** The population view's domain query, if the helper building it has landed it (loaded by path at run time). */
async function populationFunction(): Promise<{
  name: string;
  run: (db: Db, assistantId: string) => Promise<unknown>;
} | null> {
  const dir = path.join(root, 'api/src/domains/monitoring/population');
  for (const file of ['queries.ts']) {
    if (!fs.existsSync(path.join(dir, file))) continue;
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const name of ['population']) {
      if (typeof mod[name] === 'function') {
        const fn = mod[name] as (db: Db, scope: { assistantId: string }) => Promise<unknown>;
        return { name: `${name}(db, { assistantId })`, run: (db, assistantId) => fn(db, { assistantId }) };
      }
    }
  }
  return null;
}

/** BENCH_EXPLAIN=1: EXPLAIN (ANALYZE, BUFFERS) of the worklist's statements and the evaluation's reads. */
async function explainHotQueries(db: Db, assistantId: string) {
  const enrolled = sql`select patient_id from monitoring_enrolments
    where assistant_id = ${assistantId} and status = 'active'`;
  const [{ patientId }] = rows<{ patientId: string }>(
    await db.execute(sql`select patient_id as "patientId" from monitoring_enrolments
      where assistant_id = ${assistantId} and status = 'active' limit 1`),
  ) as [{ patientId: string }];
  const statements = {
    'worklist: one page in urgency order, with the total': sql`select e.patient_id, count(*) over () as total,
        exists (select 1 from titration_proposals t where t.patient_id = e.patient_id and t.status = 'open')
      from monitoring_enrolments e join patients p on p.id = e.patient_id
      left join (select distinct on (a.patient_id) a.patient_id,
          (case a.severity when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 when 'low' then 3 end) as rank,
          a.created_at as since
        from monitoring_alerts a where a.patient_id in (${enrolled}) and a.status in ('open', 'acknowledged')
        order by a.patient_id, rank, a.created_at) w on w.patient_id = e.patient_id
      where e.assistant_id = ${assistantId} and e.status = 'active'
      order by w.rank nulls last, w.since nulls last, lower(p.full_name->>'en'), p.full_name->>'en', e.patient_id
      limit 50`,
    'population: month-end readings (bp_reading_months)': sql`select count(*) from bp_reading_months b
      where b.patient_id in (${enrolled}) and b.month >= (date_trunc('month', now()) - interval '11 months')::date`,
    'evaluation: 7-day readings': sql`select * from bp_readings where patient_id = ${patientId}
      and measured_at >= now() - interval '7 days' order by measured_at`,
  };
  for (const [name, statement] of Object.entries(statements)) {
    const plan = rows<Record<string, string>>(await db.execute(sql`explain (analyze, buffers) ${statement}`));
    console.log(`--- ${name}\n${plan.map((r) => Object.values(r)[0]).join('\n')}`);
  }
}

async function timeCalls(fn: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const samples: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;
  samples.sort((a, b) => a - b);
  const p99 = percentile(samples, 0.99);
  return {
    calls: ITERATIONS,
    opsPerSecond: round(ITERATIONS / seconds, 1),
    p50Ms: round(percentile(samples, 0.5), 2),
    p99Ms: round(p99, 2),
    goalP99Ms: GOAL_P99_MS,
    met: p99 < GOAL_P99_MS,
  };
}

async function load(url: string, cookie: string) {
  const opts = { url, headers: { cookie }, connections: 1 };
  await autocannon({ ...opts, duration: 2 });
  const r = await autocannon({ ...opts, duration: API_SECONDS });
  return {
    requestsPerSecond: round(r.requests.average, 1),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    ok: r['2xx'],
    failed: r.non2xx + r.errors + r.timeouts,
    goalP99Ms: GOAL_P99_MS,
    met: r.latency.p99 < GOAL_P99_MS && r.non2xx + r.errors + r.timeouts === 0,
  };
}

function percentile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function rows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function count(db: Db, query: ReturnType<typeof sql>) {
  return Number(rows<{ n: number }>(await db.execute(query))[0]!.n);
}

async function serverVersion(db: Db) {
  return rows<{ v: string }>(await db.execute(sql`select current_setting('server_version') as v`))[0]!.v;
}
