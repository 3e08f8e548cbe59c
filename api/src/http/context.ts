import type { Redis } from 'ioredis';
import type { Actor } from '../auth/sessions.js';
import type { LoginRateLimiter } from '../auth/rate-limit.js';
import type { SessionCache } from '../auth/session-cache.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Triage } from '../domains/anamnesis/service.js';
import type { FileStore } from '../domains/files/storage.js';
import type { Queues } from '../jobs/queues.js';
import type { OutboxRelay } from '../jobs/relay.js';
import type { ReadCache } from '../lib/read-cache.js';
import type { Logger } from '../logger.js';

/** Everything a route needs from the outside world, built once per process. */
export interface Deps {
  config: Config;
  database: Database;
  redis: Redis;
  queues: Queues;
  /** Hands committed outbox rows to `queues` (jobs/relay.ts). */
  outbox: OutboxRelay;
  logger: Logger;
  loginLimiter: LoginRateLimiter;
  files: FileStore;
  triage: Triage;
  /** Recently seen sessions (auth/session-cache.ts); without it every request reads its session row. */
  sessions?: SessionCache;
  /** Short-lived shared reads (lib/read-cache.ts: free slots, doctor search); without it each is queried. */
  readCache?: ReadCache;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    requestId: string;
    log: Logger;
  };
};
