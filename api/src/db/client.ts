import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; services accept `Db | Tx` where they may run inside a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(migrationsDir: string): Promise<void>;
  ping(): Promise<void>;
  /**
   * Follows a notification channel: `onListen` runs whenever listening (re)starts, after which nothing sent
   * while the connection was down will arrive. Resolves once listening; the returned function stops.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onListen: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** postgres.js against a real server when a URL is given, otherwise embedded PGlite under `dataDir`. */
export function openDatabase(opts: {
  url?: string | undefined;
  dataDir: string;
  maxConnections?: number;
}): Database {
  if (opts.url) {
    const client = postgres(opts.url, { max: opts.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(preparingEveryStatement(client), { schema });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      migrate: (dir) => migratePostgres(db, { migrationsFolder: dir }),
      ping: async () => void (await client`select 1`),
      listen: async (channel, onNotify, onListen) => {
        // On a connection of its own, reconnected by postgres.js, which then calls onListen again.
        const { unlisten } = await client.listen(channel, onNotify, onListen);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = path.join(opts.dataDir, 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: (migrationsDir) => migratePglite(db, { migrationsFolder: migrationsDir }),
    ping: async () => void (await client.query('select 1')),
    listen: async (channel, onNotify, onListen) => {
      // In-process: no connection to lose, so listening starts once.
      const unlisten = await client.listen(channel, onNotify);
      onListen();
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

/**
 * drizzle asks postgres.js to prepare only statements given a name (`.prepare('name')`), so every other one
 * is parsed and planned anew and, having parameters, costs two round trips (Parse/Describe, then
 * Bind/Execute). This hands postgres.js every statement for preparing: each connection prepares a statement
 * the first time it runs it and afterwards sends only Bind/Execute. drizzle's SQL text depends only on the
 * query's shape, so the number of distinct statements stays bounded.
 */
function preparingEveryStatement<T extends postgres.Sql>(sql: T): T {
  type Unsafe = postgres.Sql['unsafe'];
  return new Proxy(sql, {
    get(target, key) {
      if (key === 'unsafe') {
        return ((query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as never, { ...options, prepare: true })) as Unsafe;
      }
      if (key === 'begin' || key === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args.pop() as (tx: postgres.Sql) => unknown;
          const begin = target[key as 'begin'] as (...a: unknown[]) => Promise<unknown>;
          return begin.call(target, ...args, (tx: postgres.Sql) => callback(preparingEveryStatement(tx)));
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export { schema };
