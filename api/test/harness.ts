import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createApp } from '../src/app.js';
import { type ApiClient, createApiClient } from '../src/client.js';
import { problemSchema } from '../src/http/problem.js';
import { LoginRateLimiter } from '../src/auth/rate-limit.js';
import { SessionCache } from '../src/auth/session-cache.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import type { Deps } from '../src/http/context.js';
import { closeQueues, createQueues } from '../src/jobs/queues.js';
import { OutboxRelay } from '../src/jobs/relay.js';
import { loadTriage } from '../src/domains/anamnesis/load.js';
import { FileStore } from '../src/domains/files/storage.js';
import { createLogger } from '../src/logger.js';
import { demoTotpCode } from '../src/seed/demo-second-factor.js';
import { seedDemoWorld } from '../src/seed/seed.js';
import { redisOptions } from '../src/runtime.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

/** URLs of the real Postgres and Redis servers the vitest global setup started. */
export function testServices() {
  const databaseUrl = inject('databaseUrl');
  const redisUrl = inject('redisUrl');
  if (!databaseUrl || !redisUrl)
    throw new Error('The vitest global setup did not provide Postgres and Redis');
  return { databaseUrl, redisUrl };
}

/**
 * Redis connections for a test file, disconnected when it ends. `connect()`: one to the test server, all of this
 * file's sharing one fresh key prefix, so several stand in for api processes on one Redis. `unreachable()`: one
 * to no server that fails at once, for what a Redis that cannot answer does.
 */
export function useRedisConnections() {
  const keyPrefix = `test:${randomUUID()}:`;
  const connections: Redis[] = [];
  afterAll(() => connections.forEach((c) => c.disconnect()));
  const kept = (redis: Redis) => {
    connections.push(redis);
    return redis;
  };
  return {
    connect: () => kept(new Redis(testServices().redisUrl, { ...redisOptions, keyPrefix })),
    unreachable: () => {
      const down = kept(
        new Redis('redis://127.0.0.1:1', {
          ...redisOptions,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        }),
      );
      down.on('error', () => {});
      return down;
    },
  };
}

/** A fresh, migrated database on the real test server (or on `serverUrl`), dropped with the suite. */
export async function createTestDatabase(serverUrl?: string) {
  const databaseUrl = serverUrl ?? testServices().databaseUrl;
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), dataDir: '/nonexistent', maxConnections: 20 });
  const config = loadConfig({
    REDIS_URL: testServices().redisUrl,
    DATABASE_URL: url.toString(),
    NODE_ENV: 'test',
  });
  await database.migrate(config.migrationsDir);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestApi {
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** Sends a request through the real app; JSON bodies are serialised for you. */
  request(path: string, init?: RequestInit & { json?: unknown; session?: TestSession }): Promise<Response>;
  /**
   * The api's typed client (the one the web apps use: paths, params and bodies checked against the routes)
   * talking to this app in-process, as `session` when given. Keep `request` for what the types forbid:
   * malformed bodies, wrong content types, raw headers.
   */
  client(session?: TestSession): ApiClient;
  login(login: string, password?: string, app?: 'patient' | 'staff'): Promise<TestSession>;
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  accountId: string;
}

export const DEMO_PASSWORD = 'Telemed-Demo-2026';

/**
 * A refusal's problem+json body, checked against the api's one error shape: the typed client types a route's
 * answers by what its handler returns, and refusals are thrown, so their bodies are typed here.
 */
export const problemOf = async (res: { json(): Promise<unknown> }) => problemSchema.parse(await res.json());

/** A refusal: its status, problem+json, its code; returns the problem for more checks. */
export async function refused(res: Response, status: number, code: string) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const problem = await problemOf(res);
  expect(problem.code).toBe(code);
  return problem;
}

/** `api.request` with the session, if any, as an argument: for tests that send one path as many people. */
export const senderOf =
  (api: TestApi) =>
  (path: string, session?: TestSession, init: RequestInit & { json?: unknown } = {}) =>
    api.request(path, { ...init, ...(session ? { session } : {}) });

/**
 * The typed client of `app` (this file's, or a second process's), as `session` when given. `headers` replace the
 * session's; `env` is the Node adapter's per-request binding (where the api reads the caller's address).
 */
export const clientOf = (
  app: ReturnType<typeof createApp>,
  opts: { session?: TestSession; headers?: Record<string, string>; env?: object } = {},
) =>
  createApiClient('http://api.test', {
    headers:
      opts.headers ??
      (opts.session ? { cookie: opts.session.cookie, 'x-csrf-token': opts.session.csrfToken } : {}),
    fetch: (input, init) => Promise.resolve(app.request(input, init, opts.env)),
  });

/**
 * The real app over a fresh seeded database and the real Redis, set up once per test file. `env`: extra
 * configuration for this file's app (say, low rate limits for the test that trips them). `services`: a
 * Postgres server and/or Redis of the file's own, for tests that stop them (called when the suite starts).
 */
export function useTestApi(
  opts: {
    seed?: boolean;
    env?: Record<string, string>;
    services?: () => { databaseUrl?: string; redisUrl?: string };
  } = {},
) {
  const ctx = {} as TestApi;
  let drop: () => Promise<void>;
  let filesDir: string;
  beforeAll(async () => {
    const own = opts.services?.() ?? {};
    const db = await createTestDatabase(own.databaseUrl);
    drop = db.drop;
    const redisUrl = own.redisUrl ?? testServices().redisUrl;
    const keyPrefix = `test:${randomUUID()}:`;
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-files-'));
    const config = loadConfig({
      REDIS_URL: redisUrl,
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // Far above what a test sends (a 100-way race for one slot from one session), so only
      // rate-limit.test.ts, with its own low limits, ever sees a 429; the limiter still runs on every request.
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000',
      RATE_LIMIT_CONCURRENT: '1000',
      ...opts.env,
    });
    const redis = new Redis(redisUrl, { ...redisOptions, keyPrefix });
    redis.on('error', () => {}); // runtime.ts logs these; a test that stops Redis expects them
    const queues = createQueues(redisUrl, keyPrefix);
    if (opts.seed !== false) await seedDemoWorld(db.database.db, config.TOTP_ENCRYPTION_KEY);
    ctx.deps = {
      config,
      database: db.database,
      redis,
      queues,
      outbox: new OutboxRelay(db.database.db, queues, createLogger('silent', 'test')),
      logger: createLogger('silent', 'test'),
      loginLimiter: new LoginRateLimiter(redis),
      files: new FileStore(filesDir),
      triage: await loadTriage(),
      sessions: await SessionCache.start(redis, config.SESSION_CACHE_MS),
    };
    ctx.app = createApp(ctx.deps);
    ctx.request = async (path, init = {}) => {
      const headers = new Headers(init.headers);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      if (init.session) {
        headers.set('cookie', init.session.cookie);
        headers.set('x-csrf-token', init.session.csrfToken);
      }
      return ctx.app.request(path, { ...init, headers, body });
    };
    ctx.client = (session) => clientOf(ctx.app, { session });
    ctx.login = async (login, password = DEMO_PASSWORD, app) => {
      let res = await ctx.request('/auth/login', { method: 'POST', json: { login, password, app } });
      if (res.status === 202) {
        const step = (await res.json()) as { step: string; challenge: string };
        res = await passDemoSecondFactor(ctx, login, step);
      }
      if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { csrfToken: string; account: { id: string } };
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return { cookie, csrfToken: body.csrfToken, accountId: body.account.id };
    };
  }, 60_000);
  afterAll(async () => {
    await ctx.deps.outbox.stop();
    await closeQueues(ctx.deps.queues);
    await ctx.deps.triage.engine.close();
    ctx.deps.sessions?.close();
    ctx.deps.redis.disconnect();
    await drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });
  return ctx;
}

/**
 * The second step for a seeded staff account (the demo secret). Tests sign the same account in many times
 * within one 30 s step, which replay protection would refuse, so this forgets the account's last used step
 * first; second-factor.test.ts covers the replay refusal itself.
 */
async function passDemoSecondFactor(ctx: TestApi, login: string, body: { step: string; challenge: string }) {
  if (body.step !== 'verify') throw new Error(`login ${login}: the account must enrol a second factor first`);
  await ctx.deps.database.db.execute(
    sql`update second_factors set last_used_step = 0 from accounts
        where accounts.id = second_factors.account_id and (accounts.email = ${login} or accounts.phone = ${login})`,
  );
  return ctx.request('/auth/login/second-factor', {
    method: 'POST',
    json: { challenge: body.challenge, code: demoTotpCode() },
  });
}
