import { describe, expect, it } from 'vitest';
import { RequestLimiter } from '../src/http/rate-limit.js';
import { useTestApi } from './harness.js';

// Low limits for this file only: 5 requests a minute per account (one token back every 12 s, far longer
// than these tests take), 8 per anonymous address, 3 in flight.
const api = useTestApi({
  env: {
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '5',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '8',
    RATE_LIMIT_CONCURRENT: '3',
  },
});

/** A request as it arrives over a socket from `peer`, the way @hono/node-server hands it to the app. */
const fromPeer = (peer: string, path: string, headers: Record<string, string> = {}) =>
  api.app.request(path, { headers }, { incoming: { socket: { remoteAddress: peer } } });

async function expectTooMany(res: Response, detail: RegExp) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(12);
  expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
}

describe('api-wide rate limits', () => {
  it('answers a session bursting past its limit with 429 and Retry-After, and still serves other accounts', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 12; i++) {
      const res = await api.request('/me', { session: anna });
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
      else await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    await expectTooMany(refused!, /Too many requests from this account \(at most 5 a minute\)/);

    expect((await api.request('/me', { session: ivan })).status).toBe(200);
  });

  it('limits anonymous requests per browser address, as our web server forwards it', async () => {
    const viaBff = (browser: string) => fromPeer('127.0.0.1', '/me', { 'x-forwarded-for': browser });
    for (let i = 0; i < 8; i++) expect((await viaBff('203.0.113.7')).status).toBe(401);
    await expectTooMany(await viaBff('203.0.113.7'), /Too many requests from this address/);
    // Another browser behind the same web server has its own allowance.
    expect((await viaBff('203.0.113.8')).status).toBe(401);
  });

  it('keys a direct caller by its own address, whatever X-Forwarded-For it invents', async () => {
    const direct = (i: number) => fromPeer('198.51.100.9', '/me', { 'x-forwarded-for': `192.0.2.${i}` });
    for (let i = 0; i < 8; i++) expect((await direct(i)).status).toBe(401);
    await expectTooMany(await direct(99), /Too many requests from this address/);
  });

  it('bounds the requests one account has in flight at once', async () => {
    const patient = await api.login('nikolai.volkov@demo.telemed');
    const limiter = new RequestLimiter(api.deps.redis);
    const limits = { perMinute: 0, concurrent: 3 };
    // Three requests of this account still running (held here rather than by slow handlers).
    const held = await Promise.all(
      [1, 2, 3].map(() => limiter.admit(`account:${patient.accountId}`, limits)),
    );
    expect(held.every((a) => a.admitted)).toBe(true);
    const res = await api.request('/me', { session: patient });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/at once \(at most 3\)/);

    for (const admission of held) if (admission.admitted) await admission.release();
    expect((await api.request('/me', { session: patient })).status).toBe(200);
  });

  it('lets probes and service-to-service calls through', async () => {
    for (let i = 0; i < 12; i++) expect((await fromPeer('198.51.100.10', '/healthz')).status).toBe(200);
  });
});
