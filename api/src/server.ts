/**
 * The api's entry point. With API_PROCESSES = 1 this process serves the port itself. With more (one per core
 * in production, see config.ts) it is the primary of a node:cluster: it migrates (and seeds the demo world)
 * once, then forks that many api processes sharing the port (the primary hands each new connection to the
 * next one) and starts a replacement for any that dies. Sessions live in Postgres, rate limits in Redis, and
 * the per-process caches stay coherent through Redis (docs/ARCHITECTURE.md, "Process model").
 */
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfigOrExit, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { createLogger, type Logger } from './logger.js';
import { onShutdown, startProcessors, startRuntime } from './runtime.js';
import { demoLogins, isDatabaseEmpty, seedDemoWorld } from './seed/seed.js';

const config = loadConfigOrExit();

if (cluster.isPrimary && config.API_PROCESSES > 1) await runPrimary(config);
else await serveApi();

/** Migrates and seeds the empty database: once per start, before any process serves. */
async function prepareDatabase(logger: Logger, db: ReturnType<typeof openDatabase>['db']) {
  if (config.SEED_ON_START && config.NODE_ENV !== 'production' && (await isDatabaseEmpty(db))) {
    const summary = await seedDemoWorld(db, config.TOTP_ENCRYPTION_KEY);
    logger.info({ summary, demoLogins }, 'seeded the demo world');
  }
}

async function serveApi() {
  const deps = await startRuntime('api');
  const { logger, database } = deps;
  if (cluster.isPrimary) await prepareDatabase(logger, database.db);
  if (config.IN_PROCESS_WORKER) startProcessors(deps);

  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) =>
    logger.info({ url: `http://${config.HOST}:${info.port}`, docs: '/docs' }, 'api listening'),
  );

  onShutdown(logger, async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deps.close();
  });
}

/** Restarts a dead api process after 0.5 s, doubling up to 30 s while they keep dying within a minute. */
async function runPrimary(config: Config) {
  const logger = createLogger(config.LOG_LEVEL, 'telemed-api');
  const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, maxConnections: 1 });
  await database.migrate(config.migrationsDir);
  await prepareDatabase(logger, database.db);
  await database.close();

  let stopping = false;
  let delayMs = 500;
  let lastDeath = 0;
  const fork = () => {
    const worker = cluster.fork();
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      if (code === 78) {
        logger.error({ pid: worker.process.pid }, 'an api process refused its configuration');
        process.exit(78);
      }
      const now = Date.now();
      delayMs = now - lastDeath > 60_000 ? 500 : Math.min(delayMs * 2, 30_000);
      lastDeath = now;
      logger.error({ pid: worker.process.pid, code, signal, restartInMs: delayMs }, 'api process died');
      setTimeout(() => !stopping && fork(), delayMs);
    });
  };
  for (let i = 0; i < config.API_PROCESSES; i++) fork();
  logger.info({ processes: config.API_PROCESSES }, 'api processes started');

  onShutdown(logger, async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  });
}
