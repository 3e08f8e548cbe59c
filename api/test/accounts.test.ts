import { describe, expect, it } from 'vitest';
import { useTestApi } from './harness.js';

const api = useTestApi();

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    const res = await api.request('/auth/login', {
      method: 'POST',
      json: { login: 'Anna.Petrova@demo.telemed', password: 'Telemed-Demo-2026', app: 'patient' },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tm_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await res.json()) as { account: { role: string }; csrfToken: string };
    expect(body.account.role).toBe('patient');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('accepts a phone number in national form', async () => {
    const session = await api.login('8 (916) 000-00-01');
    const me = await api.request('/me', { session });
    expect(((await me.json()) as { account: { email: string } }).account.email).toBe(
      'anna.petrova@demo.telemed',
    );
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    for (const login of ['marina.orlova@demo.telemed', 'nobody@demo.telemed']) {
      const res = await api.request('/auth/login', {
        method: 'POST',
        json: { login, password: 'Wrong-password-1' },
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { detail: string }).detail).toBe('Wrong e-mail/phone or password.');
    }
  });

  it('keeps staff out of the patient app and patients out of the staff app', async () => {
    const doctor = await api.request('/auth/login', {
      method: 'POST',
      json: { login: 'dr.smirnova@demo.telemed', password: 'Telemed-Demo-2026', app: 'patient' },
    });
    expect(doctor.status).toBe(403);
    const patient = await api.request('/auth/login', {
      method: 'POST',
      json: { login: 'anna.petrova@demo.telemed', password: 'Telemed-Demo-2026', app: 'staff' },
    });
    expect(patient.status).toBe(403);
  });

  it('ends the session on logout', async () => {
    const session = await api.login('john.miller@demo.telemed');
    expect((await api.request('/me', { session })).status).toBe(200);
    expect((await api.request('/auth/logout', { method: 'POST', session })).status).toBe(204);
    expect((await api.request('/me', { session })).status).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await api.login('elena.nikitina@demo.telemed');
    const res = await api.request('/me', {
      method: 'PATCH',
      headers: { cookie: session.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/CSRF/);
    const ok = await api.request('/me', { method: 'PATCH', session, json: { locale: 'en' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { account: { locale: string } }).account.locale).toBe('en');
  });
});

describe('registration', () => {
  const valid = {
    email: 'new.patient@example.org',
    password: 'Strong-pass-42',
    fullName: 'Новый Пациент',
    birthDate: '1992-06-01',
    sex: 'female',
    locale: 'ru',
  };

  it('creates a patient account and its patient record, signed in, once the e-mailed code is given', async () => {
    expect((await api.request('/auth/register', { method: 'POST', json: valid })).status).toBe(202);
    const mailbox = (await (await api.request(`/dev/mailbox?to=${valid.email}`)).json()) as {
      messages: { text: string }[];
    };
    const code = /\d{6}/.exec(mailbox.messages[0]!.text)![0];
    const res = await api.request('/auth/register/verify', {
      method: 'POST',
      json: { login: valid.email, code },
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const me = (await (await api.request('/me', { headers: { cookie } })).json()) as {
      account: { role: string };
      patient: { fullName: { ru: string }; ageYears: number };
    };
    expect(me.account.role).toBe('patient');
    expect(me.patient.fullName.ru).toBe('Новый Пациент');
  });

  it('enforces the password rules', async () => {
    for (const password of ['short1', 'onlyletterslong', '1234567890123']) {
      const res = await api.request('/auth/register', {
        method: 'POST',
        json: { ...valid, email: `p${password}@example.org`, password },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('password');
    }
  });

  it('sends children under 15 to a parent instead', async () => {
    const res = await api.request('/auth/register', {
      method: 'POST',
      json: { ...valid, email: 'kid@example.org', birthDate: `${new Date().getUTCFullYear() - 10}-01-01` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/children are added by a parent/);
  });

  it('needs an e-mail or a phone', async () => {
    const res = await api.request('/auth/register', { method: 'POST', json: { ...valid, email: undefined } });
    expect(res.status).toBe(400);
  });
});
