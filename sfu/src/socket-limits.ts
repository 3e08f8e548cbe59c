/**
 * What one signalling socket may send. Real clients stay far below every bound (see sfu/README.md, "Limits");
 * the bounds are there so one broken or hostile client cannot exhaust the process every consultation shares.
 */
export const socketLimits = {
  /**
   * Largest WebSocket message, checked by `ws` from the frame header before the payload is read (1009 above
   * it). The largest legitimate ones are a browser's rtpCapabilities in `ready` and `produce`'s rtpParameters
   * (a few KiB) and a 4000-character chat message (at most ~24 KiB even if every character is JSON-escaped).
   */
  maxMessageBytes: 64 * 1024,
  /**
   * Token bucket per socket: a join and its set-up (transports, produce, one resumeConsumer per remote track)
   * is a burst of 10–30 requests, and a call then sends a few per minute; over the bucket the socket is
   * closed with 1008 (policy violation) and the client reconnects after its back-off.
   */
  burst: 100,
  refillPerSecond: 20,
  /**
   * Deepest nesting of a request's `data`. A browser's rtpParameters or rtpCapabilities reach 5 levels
   * (codecs → codec → rtcpFeedback → entry); deeper input is refused before anything walks it, since
   * mediasoup clones what it is given recursively and a 30 000-level array overflows the stack.
   */
  maxDataDepth: 16,
  /** Before a successful join a socket may only try to join: a few stray requests are answered, then 1008. */
  preJoinMessages: 5,
  /** A socket that has not joined by then is closed (4001), so idle pre-join sockets cannot pile up. */
  joinTimeoutMs: 10_000,
} as const;

/** Classic token bucket: `take()` spends one token if there is one; tokens come back at a steady rate. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.refilledAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * this.refillPerSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** True when `value` (parsed JSON) nests arrays/objects more than `max` levels deep; walks without recursion. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
