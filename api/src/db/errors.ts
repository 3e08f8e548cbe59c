/** True when a query failed on a unique constraint (optionally a named one); drizzle wraps driver errors. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const {
      code,
      constraint_name,
      constraint: c,
    } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === '23505') return !constraint || constraint === (constraint_name ?? c);
  }
  return false;
}
