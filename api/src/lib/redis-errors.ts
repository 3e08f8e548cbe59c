/**
 * Redis cannot be reached: ioredis gave up on a command after its reconnection attempts, or the connection
 * closed under it. (What needs Redis in a request — sign-in limits, room placement — cannot go on without it.)
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    error.message === 'Connection is closed.' ||
    error.message.startsWith("Stream isn't writeable")
  );
}
