/**
 * The symptom checker over HTTP (npm run bench:triage:http): a real api process (embedded database, real
 * Redis) answering interview steps — POST /anamnesis/:id/answers — for a signed-in patient. Writes
 * bench/results/triage-http.json with p50/p99 per step, including session lookup, audit and persistence.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from '../../scripts/services/free-port.js';
import { startRedis } from '../../scripts/services/redis.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STEPS = 300;
const COMPLAINTS = [
  'болит горло и температура 38,5 третий день',
  'no fever but bad cough',
  'болит живот',
  'headache',
];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-bench-triage-'));
const redis = await startRedis();
const port = await freePort();
const api = spawn(process.execPath, ['--import', 'tsx', 'api/src/server.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: redis.url, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;

try {
  await waitForPort(port, 120_000);
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'john.miller@demo.telemed', password: 'Telemed-Demo-2026' }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = {
    'content-type': 'application/json',
    cookie: login.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': csrfToken,
  };
  const family = (await (await fetch(`${base}/me/family`, { headers })).json()) as { self: { id: string } };

  type View = { id: string; question: { findingId: string; kind: string } | null };
  const samples: number[] = [];
  let interviews = 0;
  while (samples.length < STEPS) {
    const complaintText = COMPLAINTS[interviews++ % COMPLAINTS.length]!;
    let view = (await (
      await fetch(`${base}/anamnesis`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ patientId: family.self.id, complaintText, locale: 'ru' }),
      })
    ).json()) as View;
    while (view.question && samples.length < STEPS) {
      const value = view.question.kind === 'numeric' ? 'unknown' : 'no';
      const started = performance.now();
      const res = await fetch(`${base}/anamnesis/${view.id}/answers`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ answers: [{ findingId: view.question.findingId, value }] }),
      });
      view = (await res.json()) as View;
      // The first interviews warm up the JIT and the database; they are not measured.
      if (interviews > 3) samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]! * 100) / 100;
  const result = {
    benchmark: 'triage-interview-step-http',
    database: 'embedded PGlite',
    steps: samples.length,
    interviews,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    at: new Date().toISOString(),
  };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/triage-http.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(result);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await redis.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
