import { Redis, type RedisOptions } from 'ioredis';
import { SessionCache } from './auth/session-cache.js';
import { followChanges } from './lib/change-feed.js';
import { ReadCache } from './lib/read-cache.js';
import { LoginRateLimiter } from './auth/rate-limit.js';
import { loadConfigOrExit } from './config.js';
import { openDatabase } from './db/client.js';
import { createMailer } from './domains/notifications/mailer.js';
import { processNotifications } from './domains/notifications/processor.js';
import { processReminders } from './domains/booking/reminders.js';
import { processMonitoring } from './domains/monitoring/evaluation.js';
import { processLabs } from './domains/labs/processor.js';
import { processOutreach } from './domains/monitoring/outreach/jobs.js';
import { processGuaranteeLetters } from './domains/guarantee-letters/delivery.js';
import { FileStore } from './domains/files/storage.js';
import { loadTriage } from './domains/anamnesis/load.js';
import type { Deps } from './http/context.js';
import { closeQueues, createQueues } from './jobs/queues.js';
import { OutboxRelay } from './jobs/relay.js';
import { createLogger } from './logger.js';

/**
 * The shared Redis connection: a command fails after two reconnection attempts instead of waiting for Redis, and
 * the commands of one event-loop turn (every request's rate-limit check) leave in one write (auto-pipelining).
 */
export const redisOptions = { maxRetriesPerRequest: 2, enableAutoPipelining: true } satisfies RedisOptions;

/** Opens the database (migrated), Redis and the queues: what both the api and the worker need. */
export async function startRuntime(service: string): Promise<Deps & { close(): Promise<void> }> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, `telemed-${service}`);
  const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate(config.migrationsDir);
  logger.info({ database: database.kind }, 'database migrated');
  const redis = new Redis(config.REDIS_URL, redisOptions);
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis error'));
  const queues = createQueues(config.REDIS_URL);
  const outbox = new OutboxRelay(database.db, queues, logger.child({ component: 'outbox' }));
  const triage = await loadTriage();
  // Only the api serves sessions; a worker would hold a Redis subscription for nothing.
  const sessions = service === 'api' ? await SessionCache.start(redis, config.SESSION_CACHE_MS) : undefined;
  // A worker keeps no reads but still announces the changes it makes.
  const readCache = await ReadCache.start(redis, service === 'api' ? config.READ_CACHE_MS : 0);
  const stopFollowing =
    service === 'api' && config.READ_CACHE_MS > 0 ? await followChanges(database, readCache) : undefined;
  logger.info({ modelVersion: triage.engine.modelVersion }, 'triage model loaded');
  return {
    config,
    database,
    redis,
    queues,
    outbox,
    logger,
    loginLimiter: new LoginRateLimiter(redis),
    files: new FileStore(config.FILES_DIR),
    triage,
    sessions,
    readCache,
    async close() {
      sessions?.close();
      await stopFollowing?.();
      readCache.close();
      await triage.engine.close();
      await outbox.stop();
      await closeQueues(queues);
      redis.disconnect();
      await database.close();
    },
  };
}

/** Registers every job processor; called by the worker, or by the api with an embedded database. */
export function startProcessors(deps: Deps) {
  const mailer = createMailer(deps.config.SMTP_URL, deps.config.SMTP_FROM);
  const { queues, database, logger } = deps;
  processNotifications(queues.notifications, database.db, mailer, logger.child({ queue: 'notifications' }));
  processReminders(queues.reminders, queues.notifications, database.db, logger.child({ queue: 'reminders' }));
  processMonitoring(
    queues.monitoring,
    queues.notifications,
    database.db,
    logger.child({ queue: 'monitoring' }),
  );
  processLabs(deps);
  processOutreach(queues.outreach, queues.notifications, database.db, logger.child({ queue: 'outreach' }));
  processGuaranteeLetters(queues.guaranteeLetters, database.db, logger.child({ queue: 'guarantee-letters' }));
  deps.outbox.start();
  deps.logger.info('job processors started');
}

/** Runs `stop` once on SIGINT/SIGTERM, then exits. */
export function onShutdown(logger: Deps['logger'], stop: () => Promise<void>) {
  let stopping = false;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
