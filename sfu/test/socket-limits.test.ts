import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/socket-limits.js';

describe('TokenBucket', () => {
  it('allows a burst of its capacity, then refills at its rate up to the capacity', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 500; // one token back at 2 per second
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 60_000; // a long pause refills only up to the capacity
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
