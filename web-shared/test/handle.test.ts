import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionHandle, type CookieJar } from '../src/server/index.js';

// The shared hook against a real HTTP server standing in for the api's GET /me: busy, then failing.
let meStatus = 429;
let server: Server;
let apiUrl: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(meStatus, { 'content-type': 'application/problem+json', 'retry-after': '42' });
    response.end(JSON.stringify({ status: meStatus, detail: 'slow down' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function jar(values: Record<string, string>): CookieJar {
  return { get: (name) => values[name], set: () => {}, delete: (name) => void delete values[name] };
}

function event(cookies: Record<string, string>, path = '/today', routeId = '/(staff)/(doctor)/today') {
  return {
    cookies: jar(cookies),
    url: new URL(`http://127.0.0.1:5174${path}`),
    request: new Request(`http://127.0.0.1:5174${path}`, { headers: { 'accept-language': 'en' } }),
    route: { id: routeId },
    locals: {} as never,
  };
}

class BadRequest extends Error {}
const badRequest = (message: string): never => {
  throw new BadRequest(message);
};
const handle = createSessionHandle({ app: 'staff', apiUrl: () => apiUrl, badRequest });
const page = () => new Response('<html lang="%lang%"></html>', { headers: { 'content-type': 'text/html' } });
const token = 'a'.repeat(43);

describe('createSessionHandle', () => {
  it('passes the api’s 429 and Retry-After on when it cannot say who is signed in, never a 500', async () => {
    meStatus = 429;
    const response = await handle({ event: event({ tm_staff_session: token }), resolve: page });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.text()).toBe(
      'The service is not answering right now. Please try again in a minute.',
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('says calmly that the service is restoring and the data is safe when the api answers 503', async () => {
    meStatus = 503;
    const response = await handle({ event: event({ tm_staff_session: token }), resolve: page });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.text()).toMatch(/^The service is restoring\. .*Your data is safe/);
  });

  it('answers 503 when the api fails or cannot be reached', async () => {
    meStatus = 500;
    expect((await handle({ event: event({ tm_staff_session: token }), resolve: page })).status).toBe(503);
    const down = createSessionHandle({ app: 'staff', apiUrl: () => 'http://127.0.0.1:1', badRequest });
    expect((await down({ event: event({ tm_staff_session: token }), resolve: page })).status).toBe(503);
  });

  it('treats a session cookie the api could not have issued as no session, without asking the api', async () => {
    meStatus = 500;
    const cookies = { tm_staff_session: 'Привет' };
    const response = await handle({ event: event(cookies), resolve: page });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?next=%2Ftoday');
    expect(cookies).toEqual({});
  });

  it('sends the security headers, and no-store only with a session', async () => {
    const response = await handle({ event: event({}, '/login', '/(public)/login'), resolve: page });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
    expect(response.headers.get('cache-control')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('makes a form body that cannot be read the app’s 400, not a TypeError', async () => {
    const broken = event({}, '/login', '/(public)/login');
    const body = '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb';
    broken.request = new Request('http://127.0.0.1:5174/login', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zz' },
      body,
    });
    let thrown: unknown;
    await handle({
      event: broken,
      resolve: async (e) => {
        thrown = await e.request.formData().catch((error: unknown) => error);
        return page();
      },
    });
    expect(thrown).toBeInstanceOf(BadRequest);
    expect((thrown as Error).message).toBe('The form could not be read.');
  });
});
