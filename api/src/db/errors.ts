/** True when a query failed with this SQLSTATE (optionally on a named constraint); drizzle wraps driver errors. */
function hasSqlState(error: unknown, sqlState: string, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const fields = e as { code?: string; constraint_name?: string; constraint?: string };
    if (fields.code === sqlState)
      return !constraint || constraint === (fields.constraint_name ?? fields.constraint);
  }
  return false;
}

export const isUniqueViolation = (error: unknown, constraint?: string) =>
  hasSqlState(error, '23505', constraint);
export const isForeignKeyViolation = (error: unknown) => hasSqlState(error, '23503');
