/**
 * The rows of a raw `db.execute(sql…)`: drizzle hands back postgres.js's row list as is, and PGlite's result
 * object with its `rows`.
 */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
