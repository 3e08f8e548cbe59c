import { randomUUID } from 'node:crypto';
import { request, type APIRequestContext } from '@playwright/test';
import { expect, test, type Browser } from '../fixtures.js';
import { TOTP } from 'otpauth';
import { API_URL, DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// Both web apps as the browser meets them: security headers and the CSP on every page, sign-in and the
// language switch never leading off the app, patients' files served sandboxed, and hostile input answered
// with a 4xx or a safe fallback, never a server error.
const PASSWORD = 'Telemed-Demo-2026';
/** The demo staff accounts' published authenticator secret (api/src/seed/demo-second-factor.ts). */
const demoCode = () => new TOTP({ secret: 'TELEMEDDEMOSTAFFTOTPSECRETQWERTY' }).generate();

// Each staff sign-in here is a different doctor: a code is accepted once per account and 30-second step.
const apps = [
  {
    name: 'patient app',
    url: PATIENT_URL,
    home: '/',
    logins: {
      headers: 'galina.ivanova@demo.telemed',
      browser: 'galina.ivanova@demo.telemed',
      fuzz: 'galina.ivanova@demo.telemed',
      next: 'galina.ivanova@demo.telemed',
    },
  },
  {
    name: 'staff app',
    url: DOCTOR_URL,
    home: '/today',
    logins: {
      headers: 'dr.zaitseva@demo.telemed',
      browser: 'dr.belov@demo.telemed',
      fuzz: 'dr.novikov@demo.telemed',
      next: 'dr.sharipov@demo.telemed',
    },
  },
] as const;

/** A client that posts forms as a browser without JavaScript does (an HTML answer, the app's own Origin). */
const formClient = (appUrl: string, headers: Record<string, string> = {}) =>
  request.newContext({
    baseURL: appUrl,
    extraHTTPHeaders: { origin: appUrl, accept: 'text/html', ...headers },
  });

/** An HTTP client signed in to one app through its own sign-in forms (password, then a code for staff). */
async function signedInClient(appUrl: string, login: string): Promise<APIRequestContext> {
  const client = await formClient(appUrl);
  const response = await client.post('/login', { form: { login, password: PASSWORD }, maxRedirects: 0 });
  expect(response.status(), `sign-in of ${login}`).toBe(303);
  const next = response.headers()['location']!;
  if (next.startsWith('/login/second-factor')) {
    const verified = await client.post(next, { form: { code: demoCode() }, maxRedirects: 0 });
    expect(verified.status(), `second step of ${login}`).toBe(303);
  }
  return client;
}

async function apiSession(login: string) {
  const response = await fetch(`${API_URL}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  expect(response.status, `api login ${login}`).toBe(200);
  const cookie = /tm_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Splits a CSP header into its directives, by name. */
function directives(csp: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

test.describe('security headers', () => {
  for (const app of apps) {
    test(`the ${app.name} sends a nonce-based CSP and the security headers, and no-store when signed in`, async () => {
      const anonymous = await request.newContext({ baseURL: app.url });
      const login = await anonymous.get('/login');
      expect(login.status()).toBe(200);
      const headers = login.headers();
      const csp = directives(headers['content-security-policy']);
      const nonce = csp.get('script-src')?.find((source) => source.startsWith("'nonce-"));
      expect(nonce, 'a script nonce').toBeTruthy();
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'wss:']));
      // The nonce in the header is the one on the page's own start-up script.
      expect(await login.text()).toContain(`nonce="${nonce!.slice("'nonce-".length, -1)}"`);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['permissions-policy']).toContain('camera=(self)');
      expect(headers['permissions-policy']).toContain('microphone=(self)');
      expect(headers['permissions-policy']).toContain('display-capture=(self)');

      const client = await signedInClient(app.url, app.logins.headers);
      const home = await client.get(app.home);
      expect(home.status()).toBe(200);
      expect(home.headers()['cache-control']).toContain('no-store');
      expect(directives(home.headers()['content-security-policy']).get('frame-ancestors')).toEqual([
        "'none'",
      ]);
      // Page data fetched by client-side navigation carries medical data too.
      const data = await client.get(`${app.home === '/' ? '' : app.home}/__data.json`);
      expect(data.headers()['cache-control']).toContain('no-store');
      await client.dispose();
      await anonymous.dispose();
    });
  }

  test('pages work under the CSP in Chromium: no violation on the main pages of either app', async ({
    browser,
  }) => {
    const pages = {
      [PATIENT_URL]: ['/', '/book', '/urgent', '/check', '/card', '/requests/new', '/profile'],
      [DOCTOR_URL]: ['/today', '/patients', '/requests'],
    };
    for (const app of apps) {
      const violations: string[] = [];
      const page = await signedInPage(browser, app.url, app.logins.browser);
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      for (const path of pages[app.url]!) {
        await page.goto(new URL(path, app.url).href);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      }
      expect(violations, app.name).toEqual([]);
      await page.context().close();
    }
  });
});

async function signedInPage(
  browser: Browser,
  appUrl: string,
  login: string,
  options: { next?: string; javaScriptEnabled?: boolean } = {},
) {
  const { next, javaScriptEnabled = true } = options;
  const context = await browser.newContext({ javaScriptEnabled });
  await context.addCookies(chosenLanguage('en', appUrl));
  const page = await context.newPage();
  await page.goto(new URL(next ? `/login?next=${next}` : '/login', appUrl).href);
  await page.getByLabel('E-mail or phone').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (appUrl === DOCTOR_URL) {
    await page.getByLabel('Code').fill(demoCode());
    await page.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test.describe('redirects stay on the app', () => {
  for (const app of apps) {
    test(`signing in to the ${app.name} with a hostile "next" lands on the app`, async ({ browser }) => {
      // Without JavaScript, so the plain form posts (and their Origin header) are what is tested.
      const page = await signedInPage(browser, app.url, app.logins.next, {
        next: '%2F%09%2Fevil.example',
        javaScriptEnabled: false,
      });
      expect(new URL(page.url()).origin).toBe(app.url);
      await page.context().close();

      // Every form of the trick, answered with a Location on this app.
      const client = await formClient(app.url);
      // Staff go on to the second step first, carrying the cleaned target (verified above, end to end).
      const landing = app.url === DOCTOR_URL ? '/login/second-factor?next=%2F' : '/';
      for (const next of ['%2F%5Cevil.example', 'https%3A%2F%2Fevil.example', '%2F%0D%0A%2Fevil.example']) {
        const response = await client.post(`/login?next=${next}`, {
          form: { login: app.logins.next, password: PASSWORD },
          maxRedirects: 0,
        });
        expect(response.status(), next).toBe(303);
        expect(response.headers()['location'], next).toBe(landing);
      }
      for (const redirectTo of [
        '//evil.example',
        '/\t/evil.example',
        '/\\evil.example',
        '/\r\n/x',
        'javascript:alert(1)',
      ]) {
        const response = await client.post('/locale', {
          form: { locale: 'en', redirectTo },
          maxRedirects: 0,
        });
        expect(response.status(), JSON.stringify(redirectTo)).toBe(303);
        expect(response.headers()['location'], JSON.stringify(redirectTo)).toBe('/');
      }
      await client.dispose();
    });
  }
});

test.describe('patient files', () => {
  test('both apps serve a patient’s document sandboxed and never sniffed', async () => {
    // A patient sends a PDF for decoding to the therapists: any therapist may read it while it is unclaimed.
    const patient = await apiSession('galina.ivanova@demo.telemed');
    const family = (await (await fetch(`${API_URL}/me/family`, { headers: patient })).json()) as {
      self: { id: string };
    };
    const form = new FormData();
    form.set(
      'file',
      new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'report\u202Efdp.html'),
    );
    const uploaded = await fetch(`${API_URL}/patients/${family.self.id}/files`, {
      method: 'POST',
      headers: patient,
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; originalName: string };
    expect(file.originalName).toBe('reportfdp.pdf');
    const submitted = await fetch(`${API_URL}/patients/${family.self.id}/requests`, {
      method: 'POST',
      headers: { ...patient, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'test_decoding',
        specialtyCode: 'therapist',
        complaints: 'Please explain these results.',
        fileIds: [file.id],
      }),
    });
    expect(submitted.status).toBe(201);
    const careRequest = (await submitted.json()) as { id: string };

    const patientApp = await signedInClient(PATIENT_URL, 'galina.ivanova@demo.telemed');
    const staffApp = await signedInClient(DOCTOR_URL, 'dr.lebedev@demo.telemed');
    for (const [client, path, framing] of [
      [patientApp, `/files/${file.id}`, "'none'"],
      [staffApp, `/files/${file.id}`, "'none'"],
      [staffApp, `/requests/${careRequest.id}/files/${file.id}`, "'none'"],
    ] as const) {
      const response = await client.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['content-type']).toBe('application/pdf');
      const csp = directives(headers['content-security-policy']);
      expect(csp.get('sandbox'), path).toEqual([]);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual([framing]);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cache-control']).toContain('no-store');
      expect(headers['content-disposition']).toContain("filename*=UTF-8''reportfdp.pdf");
      // Only ever a download: the browser's PDF viewer would run the document's scripts.
      expect(headers['content-disposition']).toMatch(/^attachment;/);
    }
    await patientApp.dispose();
    await staffApp.dispose();
  });
});

// Values that broke the apps before: controls, NUL, lone surrogates (raw and percent-encoded), malformed
// percent-encoding, non-Latin-1, absurd dates and numbers, path tricks, markup, and a very long string.
const hostileText = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\r\nSet-Cookie: x=1',
  '\t/\t/evil.example',
  '//evil.example',
  'Ж€☃\u202E',
  '0000-01-01',
  '9999-12-31',
  '-1',
  '1e309',
  'NaN',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  'x'.repeat(20_000),
];
const hostileQuery = [
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '%FF%FE',
  '%0D%0A',
  '%2F%2Fevil',
  '0000-01-01',
  '9999-12-31',
  'x'.repeat(300),
];

/** Every page of each app, with a random id where the route takes one; and the form actions with their fields. */
const surface = {
  patient: {
    pages: [
      '/',
      '/book',
      '/book/{id}',
      '/book/{id}/{id}',
      '/urgent',
      '/urgent/{id}',
      '/urgent/{id}/status',
      '/check',
      '/check/{id}',
      '/check/{id}/result',
      '/card',
      '/card/results/{id}',
      '/card/trends/{text}',
      '/card/export',
      '/files/{id}',
      '/archive',
      '/archive/{id}',
      '/archive/{id}/pdf',
      '/appointments/{id}',
      '/appointments/{id}/reschedule',
      '/appointments/{id}/call',
      '/appointments/{id}/call/messages',
      '/appointments/{id}/calendar.ics',
      '/family',
      '/family/{id}',
      '/notifications',
      '/pressure',
      '/profile',
      '/requests',
      '/requests/new',
      '/requests/{id}',
      '/tests',
      '/consents',
      '/login',
      '/register',
    ],
    queryNames: [
      'patientId',
      'patient',
      'specialty',
      'format',
      'date',
      'anamnesisId',
      'kinds',
      'from',
      'step',
      'q',
      'next',
      'sent',
      'returnTo',
    ],
    actions: [
      ['/urgent', ['patientId', 'format', 'reason', 'anamnesisId']],
      ['/urgent/{id}?/leave', []],
      ['/check', ['patientId', 'complaintText']],
      ['/check/{id}?/confirm', ['findingId', 'value']],
      ['/check/{id}?/answer', ['findingId', 'value', 'number']],
      ['/book/{id}/{id}', ['format', 'reason', 'fileId', 'kind']],
      ['/appointments/{id}?/cancel', []],
      ['/appointments/{id}?/attach', ['fileId', 'kind']],
      ['/appointments/{id}/reschedule', ['slotId']],
      ['/pressure?/save', ['patientId', 'systolic', 'diastolic', 'pulse', 'measuredAt', 'arm']],
      ['/notifications?/read', ['id']],
      ['/tests?/confirm', ['orderId', 'locationId']],
      ['/requests/new', ['patientId', 'kind', 'specialtyCode', 'complaints', 'diagnosisGiven', 'fileId']],
      ['/requests/{id}?/cancel', []],
      ['/profile', ['fullName', 'email', 'phone', 'locale']],
      ['/consents?/code', ['documentId']],
      ['/consents?/sign', ['documentId', 'code']],
      ['/consents?/withdraw', ['kind']],
      ['/locale', ['locale', 'redirectTo']],
      // Without a password: the form is refused before the api is asked, so no failed sign-in is counted
      // against the shared test address.
      ['/login', ['login']],
      ['/register', ['email', 'phone', 'fullName', 'birthDate', 'sex']],
    ],
  },
  staff: {
    pages: [
      '/',
      '/today',
      '/patients',
      '/patients/{id}',
      '/requests',
      '/requests/{id}',
      '/requests/{id}/files/{id}',
      '/appointments/{id}',
      '/appointments/{id}/conclusion',
      '/appointments/{id}/conclusion/icd10',
      '/appointments/{id}/conclusion/pdf/{id}',
      '/appointments/{id}/call',
      '/files/{id}',
      '/monitoring',
      '/monitoring/{id}',
      '/login',
    ],
    queryNames: ['q', 'tab', 'next', 'patientId', 'date', 'from'],
    actions: [
      ['/today?/takeNext', []],
      ['/requests/{id}?/claim', []],
      ['/requests/{id}?/answer', ['answer']],
      ['/requests/{id}?/convert', ['slotId']],
      [
        '/appointments/{id}/conclusion?/save',
        [
          'complaints',
          'diagnosisCode',
          'drug',
          'dose',
          'labTestCodes',
          'followUpKind',
          'followUpSpecialty',
          'followUpInDays',
          'established',
          'establishedCode',
          'establishedDate',
          'inPersonUrgency',
          'inPersonWithinDays',
        ],
      ],
      ['/monitoring/{id}?/note', ['text', 'channel']],
      ['/locale', ['locale', 'redirectTo']],
      ['/login', ['login']],
    ],
  },
} as const;

test.describe('hostile input', () => {
  test.describe.configure({ timeout: 300_000 });

  for (const app of apps) {
    const kind = app.url === PATIENT_URL ? 'patient' : 'staff';
    test(`the ${app.name} answers hostile addresses, forms and cookies without a server error`, async () => {
      const client = await signedInClient(app.url, app.logins.fuzz);
      const failures: string[] = [];
      const check = async (what: string, send: () => Promise<{ status(): number }>) => {
        const status = (await send()).status();
        if (status >= 500) failures.push(`${status} ${what}`);
      };
      const { pages, queryNames, actions } = surface[kind];
      const ids = [randomUUID(), '%00', '%ED%A0%80', '..%2F..', 'x'.repeat(300)];

      for (const template of pages) {
        for (const id of ids) {
          const path = template.replaceAll('{id}', id).replaceAll('{text}', id);
          await check(`GET ${path}`, () => client.get(path, { maxRedirects: 0 }));
        }
        const path = template.replaceAll('{id}', randomUUID()).replaceAll('{text}', 'x');
        for (const value of hostileQuery) {
          const query = queryNames.map((name) => `${name}=${value}`).join('&');
          await check(`GET ${path}?${query.slice(0, 80)}`, () =>
            client.get(`${path}?${query}`, { maxRedirects: 0 }),
          );
        }
      }

      for (const [template, fields] of actions) {
        const path = template.replaceAll('{id}', randomUUID());
        for (const value of hostileText) {
          const form = Object.fromEntries([...fields, 'next'].map((name) => [name, value]));
          await check(`POST ${path} ${JSON.stringify(value).slice(0, 40)}`, () =>
            client.post(path, { form, maxRedirects: 0 }),
          );
          await check(`POST ${path} multipart ${JSON.stringify(value).slice(0, 40)}`, () =>
            client.post(path, { multipart: form, maxRedirects: 0 }),
          );
        }
        // Raw bytes no browser would send: invalid UTF-8, an encoded lone surrogate, a broken multipart body.
        for (const [contentType, body] of [
          ['application/x-www-form-urlencoded', Buffer.from(`${fields[0] ?? 'x'}=%ED%A0%80&next=%FF%00`)],
          ['application/x-www-form-urlencoded', Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0x00, 0x26, 0x25])],
          [
            'multipart/form-data; boundary=zz',
            Buffer.from('--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'),
          ],
          ['multipart/form-data', Buffer.from('no boundary at all')],
        ] as const) {
          await check(`POST ${path} raw ${contentType}`, () =>
            client.post(path, { headers: { 'content-type': contentType }, data: body, maxRedirects: 0 }),
          );
        }
      }

      // Cookies a browser extension or an attacker could plant: non-Latin-1 once decoded, NUL, garbage.
      for (const cookie of [
        'tm_patient_session=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
        'tm_staff_session=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
        'tm_patient_session=%00%ED%A0%80; tm_staff_session=%E0%A4%A',
        'tm_locale=%D0%96; tm_staff_session=a; tm_patient_session=b',
        'tm_locale=%FF',
      ]) {
        const anonymous = await formClient(app.url, { cookie });
        for (const path of ['/login', app.home]) {
          await check(`GET ${path} cookie ${cookie}`, () => anonymous.get(path, { maxRedirects: 0 }));
        }
        await anonymous.dispose();
      }
      await client.dispose();
      expect(failures).toEqual([]);
    });
  }
});
