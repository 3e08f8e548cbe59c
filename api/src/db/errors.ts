/** The driver error behind a failed query, however deeply drizzle wrapped it (`cause` chain). */
export function databaseError(
  error: unknown,
): { code: string; constraint_name?: string; constraint?: string } | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    // SQLSTATE: five digits or capital letters (Node's own errors have codes like ECONNREFUSED).
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as { code: string };
  }
  return null;
}

/** True when a query failed with this SQLSTATE (optionally on a named constraint). */
function hasSqlState(error: unknown, sqlState: string, constraint?: string): boolean {
  const found = databaseError(error);
  if (found?.code !== sqlState) return false;
  return !constraint || constraint === (found.constraint_name ?? found.constraint);
}

export const isUniqueViolation = (error: unknown, constraint?: string) =>
  hasSqlState(error, '23505', constraint);
/** Runs a write whose unique index means "this exists already": that violation becomes `taken()` instead. */
export async function translateUniqueViolation<T>(write: () => Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
export const isForeignKeyViolation = (error: unknown) => hasSqlState(error, '23503');

/**
 * SQLSTATE class 22, "data exception": a value the database cannot take (NUL in text, a date out of its
 * range, a number too large). The schemas keep such input out; this is the backstop for what slips past.
 */
export const isDataException = (error: unknown) => databaseError(error)?.code.startsWith('22') ?? false;

/** Driver codes for a connection that failed or broke (postgres.js and Node's own socket errors). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * The database cannot be reached or is restarting, rather than refusing this query: a connection error,
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, starting up) or 53300 (too many
 * connections). Such a request may simply be retried. Not 08P01 (protocol violation), although it is in
 * class 08: Postgres answers it to a message it cannot take — e.g. a statement binding more than 65,535
 * parameters — and the same request would fail the same way again; a connection that really broke shows
 * as one of the codes above.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const connectionException = code.startsWith('08') && code !== '08P01';
    if (CONNECTION_CODES.has(code) || connectionException || /^57P0[123]$/.test(code) || code === '53300')
      return true;
  }
  return false;
}
