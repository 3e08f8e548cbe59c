import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { useTestApi } from './harness.js';

const api = useTestApi({ seed: false });

describe('HTTP contract', () => {
  it('answers health and readiness against the real database and Redis', async () => {
    expect((await api.request('/healthz')).status).toBe(200);
    const ready = await api.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await api.request('/no/such/route');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: 'urn:telemed:problem:http.route_not_found',
      status: 404,
      detail: 'No route for GET /no/such/route.',
    });
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await api.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/not valid JSON/);
  });

  it('names each invalid field', async () => {
    const res = await api.request('/auth/register', {
      method: 'POST',
      json: { email: 'not-an-email', password: 'short', fullName: 'A', birthDate: '2020-13-01', sex: 'x' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['email', 'password', 'fullName', 'birthDate', 'sex']),
    );
  });

  it('refuses an oversized body with 413', async () => {
    const res = await api.request('/auth/login', {
      method: 'POST',
      json: { login: 'x'.repeat(2 * 1024 * 1024), password: 'y' },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('publishes OpenAPI 3.1 generated from the route schemas, and a readable reference', async () => {
    const doc = (await (await api.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/me', '/me/family', '/patients/{id}', '/readyz']),
    );
    expect(doc.components.schemas).toHaveProperty('Problem');
    const page = await api.request('/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/patients/{id}');
  });

  it('tags every response with a request id', async () => {
    const res = await api.request('/healthz');
    expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });

  it('sends the request id and security headers over a real socket too, where they skip the Response', async () => {
    const server = serve({ fetch: api.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/healthz', '/no/such/route']) {
        const res = await fetch(`${base}${path}`, { headers: { 'x-request-id': 'caller-chosen=1' } });
        expect(res.headers.get('x-request-id')).toBe('caller-chosen=1');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
        expect(res.headers.get('vary')).toBe('Origin');
        expect(res.headers.get('content-type')).toBe(
          path === '/healthz' ? 'application/json' : 'application/problem+json',
        );
        await res.body?.cancel();
      }
      // Answers stay out of caches unless the route says otherwise; the one HTML page gets a page's headers.
      const health = await fetch(`${base}/healthz`);
      expect(health.headers.get('cache-control')).toBe('no-store');
      expect(health.headers.get('x-frame-options')).toBe('DENY');
      expect(health.headers.get('cross-origin-opener-policy')).toBeNull();
      const catalogue = await fetch(`${base}/specialties`);
      expect(catalogue.headers.get('cache-control')).toBe('private, no-cache');
      const docs = await fetch(`${base}/docs`);
      expect(docs.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(docs.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
      for (const res of [health, catalogue, docs]) await res.body?.cancel();
      const hostile = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'a b' } });
      expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
