import type { Db } from './client.js';

/** What drizzle's `.prepare(name)` returns, as far as callers need it. */
export interface PreparedQuery<R> {
  execute(values: Record<string, unknown>): Promise<R>;
}

const byDatabase = new WeakMap<Db, Map<string, PreparedQuery<unknown>>>();

/**
 * A hot query built by drizzle once per database handle, with `sql.placeholder(…)` for its values, and run
 * with `execute({ … })` afterwards: for a small query, building the SQL text anew on every request costs the
 * api more CPU than Postgres spends answering it. (Postgres prepares every statement once per connection
 * anyway: db/client.ts.) Only for queries whose shape never changes; `name` must be unique.
 */
export function preparedQuery<R>(
  db: Db,
  name: string,
  build: () => { prepare(name: string): PreparedQuery<R> },
): PreparedQuery<R> {
  let queries = byDatabase.get(db);
  if (!queries) byDatabase.set(db, (queries = new Map()));
  let query = queries.get(name) as PreparedQuery<R> | undefined;
  if (!query) queries.set(name, (query = build().prepare(name)));
  return query;
}
