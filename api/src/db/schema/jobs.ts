import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt } from './common.js';

/**
 * Transactional outbox: a job is a row written in the same transaction as the domain change that implies it,
 * so a committed write never loses its job and a rolled-back one never runs it. The relay (jobs/relay.ts)
 * moves rows into bull under `job_id` (so a repeated hand-over is a no-op) and deletes them.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The bull queue name (see jobs/queues.ts). */
    queue: text('queue').notNull(),
    jobId: text('job_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** When the job may run: reminders are delayed jobs. */
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_run_at_idx').on(t.runAt)],
);

/**
 * The first answer to a write sent with an `Idempotency-Key` header, replayed when the client retries it
 * (http/idempotency.ts). The request hash tells a retry from a different request reusing the key.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still being answered. */
    status: integer('status'),
    body: text('body'),
    contentType: text('content_type'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);
