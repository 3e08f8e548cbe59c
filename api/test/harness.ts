import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../src/app.js';
import { LoginRateLimiter } from '../src/auth/rate-limit.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import type { Deps } from '../src/http/context.js';
import { closeQueues, createQueues } from '../src/jobs/queues.js';
import { loadTriage } from '../src/domains/anamnesis/load.js';
import { FileStore } from '../src/domains/files/storage.js';
import { createLogger } from '../src/logger.js';
import { seedDemoWorld } from '../src/seed/seed.js';

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

/** A fresh, migrated database on the real test server, dropped with the suite. */
export async function createTestDatabase() {
  const { databaseUrl } = testServices();
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
  login(login: string, password?: string, app?: 'patient' | 'staff'): Promise<TestSession>;
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  accountId: string;
}

export const DEMO_PASSWORD = 'Telemed-Demo-2026';

/** The real app over a fresh seeded database and the real Redis, set up once per test file. */
export function useTestApi(opts: { seed?: boolean } = {}) {
  const ctx = {} as TestApi;
  let drop: () => Promise<void>;
  let filesDir: string;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const { redisUrl } = testServices();
    const keyPrefix = `test:${randomUUID()}:`;
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-files-'));
    const config = loadConfig({
      REDIS_URL: redisUrl,
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
    });
    const redis = new Redis(redisUrl, { keyPrefix });
    const queues = createQueues(redisUrl, keyPrefix);
    if (opts.seed !== false) await seedDemoWorld(db.database.db);
    ctx.deps = {
      config,
      database: db.database,
      redis,
      queues,
      logger: createLogger('silent', 'test'),
      loginLimiter: new LoginRateLimiter(redis),
      files: new FileStore(filesDir),
      triage: await loadTriage(),
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
    ctx.login = async (login, password = DEMO_PASSWORD, app) => {
      const res = await ctx.request('/auth/login', { method: 'POST', json: { login, password, app } });
      if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { csrfToken: string; account: { id: string } };
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return { cookie, csrfToken: body.csrfToken, accountId: body.account.id };
    };
  }, 60_000);
  afterAll(async () => {
    await closeQueues(ctx.deps.queues);
    await ctx.deps.triage.engine.close();
    ctx.deps.redis.disconnect();
    await drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });
  return ctx;
}
