import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createApiClient } from '../src/client.js';
import { defaultLoginLimits, LoginRateLimiter, type LoginLimits } from '../src/auth/rate-limit.js';
import { DEMO_PASSWORD, useTestApi } from './harness.js';

/**
 * Sign-in limits over a real socket: the api runs on a local port, so the peer address is the real
 * one (127.0.0.1) and X-Forwarded-For is judged exactly as in production.
 */
const api = useTestApi();
const servers: ServerType[] = [];
afterAll(() =>
  Promise.all(
    servers.map((s) => {
      (s as Server).closeAllConnections();
      return new Promise((resolve) => s.close(resolve));
    }),
  ),
);

/** The app on a free port, with its own trusted proxies, limits and clock. */
async function listen(opts: { trustedProxies: string[]; limits?: Partial<LoginLimits>; now?: () => number }) {
  const deps = {
    ...api.deps,
    config: { ...api.deps.config, TRUSTED_PROXIES: opts.trustedProxies },
    loginLimiter: new LoginRateLimiter(api.deps.redis, { ...defaultLoginLimits, ...opts.limits }, opts.now),
  };
  const app = createApp(deps);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  servers.push(server);
  const { auth } = createApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return (json: { login: string; password: string }, headers: Record<string, string> = {}) =>
    auth.login.$post({ json }, { headers });
}

const wrong = (login: string) => ({ login, password: 'Wrong-password-1' });
const deviceCookie = (res: { headers: Headers }) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tm_device='))
    ?.split(';')[0];

describe('the per-address limit and X-Forwarded-For', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, so rotating it does not help', async () => {
    const login = await listen({ trustedProxies: ['10.255.255.1'], limits: { perAddress: 3 } });
    for (let i = 0; i < 3; i++) {
      const res = await login(wrong(`rotating${i}@example.org`), { 'x-forwarded-for': `198.18.0.${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await login(wrong('rotating9@example.org'), { 'x-forwarded-for': '198.18.0.99' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('from a trusted proxy, counts the right-most forwarded address, not what the browser wrote', async () => {
    const login = await listen({ trustedProxies: ['127.0.0.1'], limits: { perAddress: 3 } });
    for (let i = 0; i < 3; i++) {
      // The browser's own X-Forwarded-For (left) changes each time; the proxy's entry (right) does not.
      const res = await login(wrong(`proxied${i}@example.org`), {
        'x-forwarded-for': `192.0.2.${i}, 203.0.113.7`,
      });
      expect(res.status).toBe(401);
    }
    const sameBrowser = await login(wrong('proxied9@example.org'), {
      'x-forwarded-for': '192.0.2.200, 203.0.113.7',
    });
    expect(sameBrowser.status).toBe(429);
    // Another browser behind the same proxy is counted on its own.
    expect((await login(wrong('proxied9@example.org'), { 'x-forwarded-for': '198.51.100.2' })).status).toBe(
      401,
    );
  });
});

describe('per-account backoff instead of a lockout', () => {
  let clock = Date.now();
  const now = () => clock;

  it('slows the attacker down but lets the owner in from a browser they signed in from before', async () => {
    const login = await listen({ trustedProxies: ['127.0.0.1'], now });
    const owner = { 'x-forwarded-for': '198.51.100.10' };
    const attacker = { 'x-forwarded-for': '203.0.113.66' };
    const ok = await login({ login: 'ivan.sokolov@demo.telemed', password: DEMO_PASSWORD }, owner);
    expect(ok.status).toBe(200);
    const device = deviceCookie(ok);
    expect(device).toMatch(/^tm_device=/);

    for (let i = 0; i < defaultLoginLimits.freeFailures; i++) {
      expect((await login(wrong('ivan.sokolov@demo.telemed'), attacker)).status).toBe(401);
    }
    const slowed = await login(wrong('ivan.sokolov@demo.telemed'), attacker);
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('1');
    // After the wait one more guess is allowed, and the next wait doubles.
    clock += 1000;
    expect((await login(wrong('ivan.sokolov@demo.telemed'), attacker)).status).toBe(401);
    const slower = await login(wrong('ivan.sokolov@demo.telemed'), attacker);
    expect(slower.status).toBe(429);
    expect(slower.headers.get('retry-after')).toBe('2');

    // The owner's known browser still gets in with the right password, even from the attacker's address.
    const right = { login: 'ivan.sokolov@demo.telemed', password: DEMO_PASSWORD };
    expect((await login(right, { ...attacker, cookie: device! })).status).toBe(200);
    // Her sign-in reset the count; once strangers fail again, an unknown browser waits even with the right password.
    for (let i = 0; i < defaultLoginLimits.freeFailures; i++) {
      expect((await login(wrong('ivan.sokolov@demo.telemed'), attacker)).status).toBe(401);
    }
    expect((await login(right, attacker)).status).toBe(429);
  });

  it('does not let a device cookie of one account help against another', async () => {
    const login = await listen({ trustedProxies: ['127.0.0.1'], now });
    const mine = await login({ login: 'john.miller@demo.telemed', password: DEMO_PASSWORD });
    const cookie = deviceCookie(mine)!;
    for (let i = 0; i < defaultLoginLimits.freeFailures; i++) {
      expect((await login(wrong('elena.nikitina@demo.telemed'), { cookie })).status).toBe(401);
    }
    const res = await login({ login: 'elena.nikitina@demo.telemed', password: DEMO_PASSWORD }, { cookie });
    expect(res.status).toBe(429);
  });

  it('counts the e-mail and the phone of one account together', async () => {
    const login = await listen({ trustedProxies: ['127.0.0.1'], now });
    for (let i = 0; i < defaultLoginLimits.freeFailures; i++) {
      expect((await login(wrong('anna.petrova@demo.telemed'))).status).toBe(401);
    }
    const byPhone = await login({ login: '+79160000001', password: 'Wrong-password-1' });
    expect(byPhone.status).toBe(429);
    expect(Number(byPhone.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
