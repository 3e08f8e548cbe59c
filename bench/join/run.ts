/**
 * Time to join a video consultation (npm run bench:join): the whole platform runs (PostgreSQL, Redis, api, sfu,
 * both web apps); a doctor is already in the call in one Chromium context, and a patient in another opens the
 * call page and presses "Join the call" JOINS times. Each sample is taken inside the page, with
 * performance.now(): from the click (the call page records it) to the first remote video frame painted
 * (requestVideoFrameCallback on the remote video). It includes the BFF's join grant, the sfu signalling,
 * ICE/DTLS and the first key frame. Writes bench/results/join.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../e2e/playwright.config.js';
import { startPostgres } from '../../scripts/services/postgres.js';
import { startStack } from '../../scripts/stack.js';
import { apiSignIn, finishSignIn } from '../../e2e/second-factor.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JOINS = 20;
const WARM_UP = 2; // the first joins also compile the page's code and open the worker's first router
const JOIN_TIMEOUT_MS = 30_000;
const DEADLINE_MS = 10 * 60_000;
const PASSWORD = 'Telemed-Demo-2026';
const PATIENT = 'artem.gusev@demo.telemed';
const DOCTOR = 'dr.smirnova@demo.telemed';

if (!process.env.MEDIASOUP_WORKER_BIN) throw new Error('MEDIASOUP_WORKER_BIN is not set (see sfu/README.md)');
for (const app of ['web-patient', 'web-doctor']) {
  if (!fs.existsSync(path.join(root, app, 'build/index.js'))) {
    throw new Error(`${app} is not built: npm run build -w ${app}`);
  }
}

const started = Date.now();
const loadAverageAtStart = os.loadavg();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-bench-join-'));
const logDir = path.join(dataDir, 'logs');
const postgres = await startPostgres({ database: 'telemed_bench_join' });
let browser: Browser | null = null;
const stack = await startStackWithRetry().catch(async (error: unknown) => {
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  throw error;
});

try {
  const id = await consultationNow(stack.urls.api);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const doctor = await signedInPage(browser, stack.urls.doctor, DOCTOR);
  await openAndPressJoin(doctor, `${stack.urls.doctor}/appointments/${id}/call`);
  await doctor.getByTestId('waiting-room').waitFor({ timeout: JOIN_TIMEOUT_MS });

  const patient = await signedInPage(browser, stack.urls.patient, PATIENT);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + JOINS; i++) {
    if (Date.now() - started > DEADLINE_MS) throw new Error('the benchmark ran out of time');
    const ms = await join(patient, `${stack.urls.patient}/appointments/${id}/call`);
    if (i >= WARM_UP) samples.push(ms);
    console.log(`${i < WARM_UP ? `warm-up ${i + 1}` : `join ${i + 1 - WARM_UP}`}: ${ms.toFixed(0)} ms`);
    await patient.getByRole('button', { name: 'Leave the call' }).click();
    await patient.getByTestId('call-left').waitFor();
  }

  const sorted = [...samples].sort((a, b) => a - b);
  const result = {
    benchmark: 'join',
    description:
      'Press "Join the call" on the patient call page → first remote video frame painted (requestVideoFrameCallback), doctor already in the room; loopback, Chromium with fake devices',
    joins: samples.length,
    warmUpJoinsExcluded: WARM_UP,
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    minMs: round(sorted[0]!),
    maxMs: round(sorted[sorted.length - 1]!),
    samplesMs: samples.map(round),
    goalP50Ms: 500,
    cpus: os.cpus().length,
    loadAverageAtStart,
    chromium: browser.version(),
    at: new Date().toISOString(),
  };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/join.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `join: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms over ${result.joins} joins → bench/results/join.json`,
  );
} finally {
  await browser?.close();
  await stack.stop();
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Joins from the patient's call page; returns the page's own press → first remote frame time. */
async function join(page: Page, url: string): Promise<number> {
  await openAndPressJoin(page, url);
  const handle = await page.waitForFunction(
    () => {
      const call = (window as { __telemedCall?: { timings: Record<string, number | null> } }).__telemedCall;
      const t = call?.timings;
      return t?.joinPressed != null && t.firstRemoteVideoFrame != null
        ? t.firstRemoteVideoFrame - t.joinPressed
        : null;
    },
    null,
    { timeout: JOIN_TIMEOUT_MS, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the call page, waits until the camera preview plays (devices ready), presses "Join the call". */
async function openAndPressJoin(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      ((document.querySelector('[data-testid="device-check"] video') as HTMLVideoElement | null)
        ?.readyState ?? 0) >= 2,
    null,
    { timeout: JOIN_TIMEOUT_MS },
  );
  await page.getByRole('button', { name: 'Join the call' }).click();
}

async function signedInPage(b: Browser, appUrl: string, login: string) {
  const context = await b.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  await context.addCookies([{ name: 'tm_locale', value: 'en', url: appUrl }]);
  const page = await context.newPage();
  await page.goto(`${appUrl}/login`);
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await finishSignIn(page, login, postgres.url);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** An urgent video consultation the doctor has just taken: joinable now. */
async function consultationNow(api: string) {
  const login = async (who: string) => {
    const { cookie, csrfToken } = await apiSignIn(api, who, PASSWORD, postgres.url);
    return { cookie, 'x-csrf-token': csrfToken };
  };
  const patient = await login(PATIENT);
  const family = (await (await fetch(`${api}/me/family`, { headers: patient })).json()) as {
    self: { id: string };
  };
  const queued = await fetch(`${api}/urgent-queue`, {
    method: 'POST',
    headers: { ...patient, 'content-type': 'application/json' },
    body: JSON.stringify({ patientId: family.self.id, specialty: 'therapist', format: 'video' }),
  });
  if (queued.status !== 201) throw new Error(`urgent queue: ${queued.status}`);
  const { appointment } = (await queued.json()) as { appointment: { id: string } };
  const doctor = await login(DOCTOR);
  const taken = await fetch(`${api}/urgent-queue/take-next`, { method: 'POST', headers: doctor });
  const next = (await taken.json()) as { appointment: { id: string } };
  if (next.appointment.id !== appointment.id) throw new Error('the doctor took another patient');
  return appointment.id;
}

/**
 * The api and its worker both migrate a fresh database at start-up without a lock, and one of them can lose
 * the race; the second attempt finds the schema in place.
 */
async function startStackWithRetry(attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await startStack({ dataDir, databaseUrl: postgres.url, logDir, env: { LOG_LEVEL: 'warn' } });
    } catch (error) {
      if (i >= attempts) throw error;
      console.warn(`stack start-up failed (${(error as Error).message}); retrying`);
    }
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function round(ms: number) {
  return Math.round(ms * 10) / 10;
}
