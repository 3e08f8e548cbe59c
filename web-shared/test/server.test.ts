import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  connectApi,
  isPublicRoute,
  isUpcoming,
  logIn,
  readApiSessionCookie,
  register,
  resolveLocale,
  saveLocaleChosenSignedOut,
  switchLocale,
  type CookieJar,
  type CookieOptions,
  type SessionUser,
} from '../src/server/index.js';

/** A cookie store with SvelteKit's `cookies` interface, as a browser would keep them. */
function cookieJar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const options = new Map<string, CookieOptions>();
  const jar: CookieJar = {
    get: (name) => values.get(name),
    set: (name, value, opts) => {
      values.set(name, value);
      options.set(name, opts);
    },
    delete: (name) => {
      values.delete(name);
    },
  };
  return { jar, values, options };
}

function formPost(fields: Record<string, string>): Request {
  return new Request('http://127.0.0.1:5173/form', { method: 'POST', body: new URLSearchParams(fields) });
}

/** A local port with nothing listening: the api being down, for real. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('readApiSessionCookie', () => {
  it("reads the api's session token and expiry", () => {
    const headers = new Headers();
    headers.append('set-cookie', 'other=1; Path=/');
    headers.append(
      'set-cookie',
      'tm_session=abc-123_x; Path=/; Expires=Mon, 23 Nov 2026 03:03:00 GMT; HttpOnly; SameSite=Lax',
    );
    expect(readApiSessionCookie(headers)).toEqual({
      token: 'abc-123_x',
      expires: new Date('2026-11-23T03:03:00Z'),
    });
  });

  it('answers null without a session cookie', () => {
    expect(readApiSessionCookie(new Headers({ 'set-cookie': 'tm_session=; Path=/' }))).toBeNull();
    expect(readApiSessionCookie(new Headers())).toBeNull();
  });
});

describe('isUpcoming', () => {
  const now = '2026-12-06T12:00:00.000Z';
  const at = (status: string, endsAt: string) => isUpcoming({ status, endsAt }, now);

  it('keeps what is still to come, and drops what is over or cancelled (the home pages of both apps)', () => {
    expect(at('booked', '2026-12-07T10:00:00.000Z')).toBe(true);
    expect(at('in_progress', '2026-12-06T12:10:00.000Z')).toBe(true);
    expect(at('cancelled', '2026-12-07T10:00:00.000Z')).toBe(false);
    expect(at('completed', '2026-12-06T11:00:00.000Z')).toBe(false);
  });
});

describe('isPublicRoute', () => {
  it('opens only the (public) group and the form endpoints', () => {
    expect(isPublicRoute('/(public)/login')).toBe(true);
    expect(isPublicRoute('/locale')).toBe(true);
    expect(isPublicRoute('/logout')).toBe(true);
    expect(isPublicRoute(null)).toBe(true);
    expect(isPublicRoute('/(patient)/family/[id]')).toBe(false);
    expect(isPublicRoute('/(staff)/(doctor)/today')).toBe(false);
  });
});

describe('resolveLocale', () => {
  const user = (locale: 'ru' | 'en') =>
    ({ account: { locale } }) as unknown as Parameters<typeof resolveLocale>[0]['user'];

  it('prefers the chosen language, then the account, then the browser, then Russian', () => {
    expect(
      resolveLocale({ cookies: cookieJar({ tm_locale: 'en' }).jar, user: user('ru'), acceptLanguage: 'ru' }),
    ).toBe('en');
    expect(resolveLocale({ cookies: cookieJar().jar, user: user('en'), acceptLanguage: 'ru' })).toBe('en');
    expect(resolveLocale({ cookies: cookieJar().jar, user: null, acceptLanguage: 'en-GB,en;q=0.9' })).toBe(
      'en',
    );
    expect(
      resolveLocale({ cookies: cookieJar({ tm_locale: 'de' }).jar, user: null, acceptLanguage: null }),
    ).toBe('ru');
  });
});

describe('the language at sign-in', () => {
  /** A stand-in api: POST /auth/login starts a session, PATCH /me is recorded. */
  async function stubApi() {
    const patches: unknown[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        if (request.method === 'PATCH' && request.url === '/me') patches.push(JSON.parse(body));
        const headers = {
          'content-type': 'application/json',
          'set-cookie': `tm_session=${'s'.repeat(43)}; Path=/`,
        };
        response.writeHead(
          200,
          request.url === '/auth/login' ? headers : { 'content-type': 'application/json' },
        );
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, patches, close: () => new Promise((resolve) => server.close(resolve)) };
  }
  const loginUrl = new URL('http://127.0.0.1:5173/login');
  const russianUser = { account: { locale: 'ru' } } as unknown as SessionUser;

  async function signIn(jar: CookieJar, apiUrl: string) {
    const outcome = await logIn({
      request: formPost({ login: 'anna@example.com', password: 'secret' }),
      cookies: jar,
      url: loginUrl,
      apiUrl,
      clientAddress: '127.0.0.1',
      locale: 'en',
      app: 'patient',
    });
    expect(outcome).toEqual({ ok: true });
  }

  it('keeps the language switched on the sign-in page and saves it on the account', async () => {
    const api = await stubApi();
    const { jar, values } = cookieJar();
    const switchForm = formPost({ locale: 'en', redirectTo: '/login' });
    const back = await switchLocale({
      request: switchForm,
      cookies: jar,
      url: loginUrl,
      user: null,
      api: connectApi(api.url),
    });
    expect(back).toBe('/login');
    await signIn(jar, api.url);
    expect(resolveLocale({ cookies: jar, user: russianUser, acceptLanguage: 'ru' })).toBe('en');

    // The first signed-in request saves it on the account, once.
    const session = connectApi(api.url, { sessionToken: 's'.repeat(43), csrfToken: 'c' });
    await saveLocaleChosenSignedOut({ cookies: jar, url: loginUrl, user: russianUser, api: session });
    await saveLocaleChosenSignedOut({ cookies: jar, url: loginUrl, user: russianUser, api: session });
    expect(api.patches).toEqual([{ locale: 'en' }]);
    expect(values.get('tm_locale')).toBe('en');
    await api.close();
  });

  it("applies the account's language when the sign-in page's was not touched", async () => {
    const api = await stubApi();
    // Left in English by an earlier visit; this sign-in did not choose it.
    const { jar, values } = cookieJar({ tm_locale: 'en' });
    await signIn(jar, api.url);
    expect(values.has('tm_locale')).toBe(false);
    expect(resolveLocale({ cookies: jar, user: russianUser, acceptLanguage: 'en' })).toBe('ru');
    await saveLocaleChosenSignedOut({
      cookies: jar,
      url: loginUrl,
      user: russianUser,
      api: connectApi(api.url),
    });
    expect(api.patches).toEqual([]);
    await api.close();
  });
});

describe('logIn', () => {
  it('asks for missing fields in the reader’s language without calling the api', async () => {
    const { jar, values } = cookieJar();
    const outcome = await logIn({
      request: formPost({ login: '  ', password: '' }),
      cookies: jar,
      url: new URL('http://127.0.0.1:5173/login'),
      apiUrl: await closedPort(),
      clientAddress: '127.0.0.1',
      locale: 'ru',
      app: 'patient',
    });
    expect(outcome).toEqual({
      ok: false,
      failure: {
        status: 400,
        values: { login: '' },
        fieldErrors: { login: 'Введите электронную почту или телефон.', password: 'Введите пароль.' },
        message: null,
      },
    });
    expect(values.size).toBe(0);
  });

  it('says the service is unavailable when the api cannot be reached', async () => {
    const outcome = await logIn({
      request: formPost({ login: 'anna@example.com', password: 'secret' }),
      cookies: cookieJar().jar,
      url: new URL('http://127.0.0.1:5173/login'),
      apiUrl: await closedPort(),
      clientAddress: '127.0.0.1',
      locale: 'en',
      app: 'patient',
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.status).toBe(503);
      expect(outcome.failure.message).toBe(
        'The service is not answering right now. Please try again in a minute.',
      );
    }
  });
});

describe('register', () => {
  it('checks the password and age rules and reports every field at once, never echoing the password', async () => {
    const outcome = await register({
      request: formPost({
        email: '',
        phone: '',
        password: 'onlyletterslong',
        fullName: 'A',
        birthDate: '2020-01-01',
      }),
      cookies: cookieJar().jar,
      url: new URL('http://127.0.0.1:5173/register'),
      apiUrl: await closedPort(),
      clientAddress: '127.0.0.1',
      locale: 'en',
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.fieldErrors).toEqual({
        email: 'Give an e-mail or a phone number.',
        password: 'The password needs both letters and digits.',
        fullName: 'Enter your full name.',
        birthDate: 'You must be at least 15 to register. Children are added by a parent.',
        sex: 'Choose your sex.',
      });
      expect(outcome.failure.values.password).toBe('');
      expect(outcome.failure.values.fullName).toBe('A');
    }
  });

  it('asks for at least 12 characters, in both languages', async () => {
    for (const [locale, message] of [
      ['en', 'The password needs at least 12 characters.'],
      ['ru', 'Пароль должен быть не короче 12 символов.'],
    ] as const) {
      const outcome = await register({
        request: formPost({
          email: 'a@example.org',
          password: 'Abc123defgh',
          fullName: 'Анна',
          sex: 'female',
        }),
        cookies: cookieJar().jar,
        url: new URL('http://127.0.0.1:5173/register'),
        apiUrl: await closedPort(),
        clientAddress: '127.0.0.1',
        locale,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.failure.fieldErrors.password).toBe(message);
    }
  });
});
