import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { withStatus } from './account-fixtures.js';
import { latestCode } from './consents-helper.js';
import { useTestApi } from './harness.js';

const api = useTestApi();

const signIn = (json: { login: string; password: string; app?: 'patient' | 'staff' }) =>
  api.client().auth.login.$post({ json });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    const res = withStatus(
      await signIn({ login: 'Anna.Petrova@demo.telemed', password: 'Telemed-Demo-2026', app: 'patient' }),
      200,
    );
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tm_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = await res.json();
    expect(body.account.role).toBe('patient');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('accepts a phone number in national form', async () => {
    const session = await api.login('8 (916) 000-00-01');
    const me = await parseResponse(api.client(session).me.$get());
    expect(me.account.email).toBe('anna.petrova@demo.telemed');
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    for (const login of ['marina.orlova@demo.telemed', 'nobody@demo.telemed']) {
      const res = await signIn({ login, password: 'Wrong-password-1' });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ detail: 'Wrong e-mail/phone or password.' });
    }
  });

  it('keeps staff out of the patient app and patients out of the staff app', async () => {
    const doctor = await signIn({
      login: 'dr.smirnova@demo.telemed',
      password: 'Telemed-Demo-2026',
      app: 'patient',
    });
    expect(doctor.status).toBe(403);
    const patient = await signIn({
      login: 'anna.petrova@demo.telemed',
      password: 'Telemed-Demo-2026',
      app: 'staff',
    });
    expect(patient.status).toBe(403);
  });

  it('ends the session on logout', async () => {
    const session = await api.login('john.miller@demo.telemed');
    const client = api.client(session);
    expect((await client.me.$get()).status).toBe(200);
    expect((await client.auth.logout.$post()).status).toBe(204);
    expect((await client.me.$get()).status).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await api.login('elena.nikitina@demo.telemed');
    // The session's cookie alone, without its CSRF header.
    const res = await api
      .client()
      .me.$patch({ json: { locale: 'en' } }, { headers: { cookie: session.cookie } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ detail: expect.stringMatching(/CSRF/) });
    const ok = withStatus(await api.client(session).me.$patch({ json: { locale: 'en' } }), 200);
    expect((await ok.json()).account.locale).toBe('en');
  });
});

describe('registration', () => {
  const valid = {
    email: 'new.patient@example.org',
    password: 'Strong-pass-42',
    fullName: 'Новый Пациент',
    birthDate: '1992-06-01',
    sex: 'female' as const,
    locale: 'ru' as const,
  };
  const register = (json: typeof valid | Omit<typeof valid, 'email'>) =>
    api.client().auth.register.$post({ json });

  it('creates a patient account and its patient record, signed in, once the e-mailed code is given', async () => {
    expect((await register(valid)).status).toBe(202);
    const code = await latestCode(api, valid.email);
    const res = await api.client().auth.register.verify.$post({ json: { login: valid.email, code } });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const me = await parseResponse(api.client().me.$get(undefined, { headers: { cookie } }));
    expect(me.account.role).toBe('patient');
    expect(me.patient!.fullName.ru).toBe('Новый Пациент');
  });

  it('enforces the password rules', async () => {
    for (const password of ['short1', 'onlyletterslong', '1234567890123']) {
      const res = await register({ ...valid, email: `p${password}@example.org`, password });
      expect(res.status).toBe(400);
      const problem = await res.json();
      expect('errors' in problem && problem.errors?.[0]?.path).toBe('password');
    }
  });

  it('sends children under 15 to a parent instead', async () => {
    const res = await register({
      ...valid,
      email: 'kid@example.org',
      birthDate: `${new Date().getUTCFullYear() - 10}-01-01`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      detail: expect.stringMatching(/children are added by a parent/),
    });
  });

  it('needs an e-mail or a phone', async () => {
    const { email: _, ...withoutEmail } = valid;
    const res = await register(withoutEmail);
    expect(res.status).toBe(400);
  });
});
