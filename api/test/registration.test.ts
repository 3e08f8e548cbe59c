import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { isCommonPassword } from '../src/auth/password.js';
import { startRegistration } from '../src/domains/accounts/registration.js';
import { fromAddress, mailbox } from './account-fixtures.js';
import { latestCode } from './consents-helper.js';
import { DEMO_PASSWORD, useTestApi } from './harness.js';

const api = useTestApi();

let nextPeer = 1;
/** Each test registers from its own address, so the per-address limit of one does not leak into another. */
function client(peer = `192.0.2.${nextPeer++}`) {
  const register = fromAddress(api, peer).auth.register;
  return {
    register: (json: Parameters<typeof register.$post>[0]['json']) => register.$post({ json }),
    verify: (login: string, code: string) => register.verify.$post({ json: { login, code } }),
  };
}

const form = (identity: { email?: string; phone?: string }) => ({
  ...identity,
  password: 'Quiet-harbour-4817',
  fullName: 'Новый Пациент',
  birthDate: '1992-06-01',
  sex: 'female' as const,
  locale: 'en' as const,
});

describe('registration does not reveal who is a member', () => {
  it('answers new and existing e-mails and phones with the same status and body', async () => {
    const answers = [];
    for (const identity of [
      { email: 'brand.new@example.org' },
      { email: 'anna.petrova@demo.telemed' },
      { phone: '+79161112233' },
      { phone: '+79160000001' }, // Anna's
    ]) {
      const res = await client().register(form(identity));
      answers.push({ status: res.status, body: await res.text() });
    }
    expect(answers[0]!.status).toBe(202);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('tells an existing member by message, and no code works for them', async () => {
    const { register, verify } = client();
    expect((await register(form({ email: 'ivan.sokolov@demo.telemed' }))).status).toBe(202);
    const [notice] = await mailbox(api, 'ivan.sokolov@demo.telemed');
    expect(notice!.subject).toBe('You already have a Telemed account');
    expect(notice!.text).toMatch(/Sign in, or reset your password/);
    expect(notice!.text).not.toMatch(/\d{6}/);
    const res = await verify('ivan.sokolov@demo.telemed', '123456');
    expect(res.status).toBe(400);
  });
});

describe('confirming with the code', () => {
  it('creates the account and signs in; the code works once', async () => {
    const { register, verify } = client();
    expect((await register(form({ email: 'code.once@example.org' }))).status).toBe(202);
    const code = await latestCode(api, 'code.once@example.org');
    const res = await verify('code.once@example.org', code);
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const me = await parseResponse(api.client().me.$get(undefined, { headers: { cookie } }));
    expect(me.account).toMatchObject({ role: 'patient', email: 'code.once@example.org' });
    expect(me.patient!.fullName.ru).toBe('Новый Пациент');
    expect((await verify('code.once@example.org', code)).status).toBe(400);
  });

  it('needs a code for each of the e-mail and the phone', async () => {
    const { register, verify } = client();
    const identity = { email: 'both.ways@example.org', phone: '+79165550011' };
    expect((await register(form(identity))).status).toBe(202);
    const first = await verify(identity.email, await latestCode(api, identity.email));
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'pending', remaining: ['phone'] });
    expect((await verify(identity.phone, await latestCode(api, identity.phone))).status).toBe(201);
  });

  it('burns the code after five wrong tries', async () => {
    const { register, verify } = client();
    expect((await register(form({ email: 'wrong.codes@example.org' }))).status).toBe(202);
    const code = await latestCode(api, 'wrong.codes@example.org');
    const wrongCode = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await verify('wrong.codes@example.org', wrongCode)).status).toBe(400);
    const limited = await verify('wrong.codes@example.org', code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses an expired code', async () => {
    await startRegistration(api.deps, form({ email: 'slow.reader@example.org' }), 'x', {
      codeTtlSeconds: 1,
    });
    const code = await latestCode(api, 'slow.reader@example.org');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await client().verify('slow.reader@example.org', code)).status).toBe(400);
  });
});

describe('registration throttling', () => {
  it('limits attempts per identity, whoever sends them', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await client().register(form({ email: 'spammed@example.org' }))).status).toBe(202);
    }
    const res = await client().register(form({ email: 'spammed@example.org' }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits attempts per address', async () => {
    const { register } = client();
    for (let i = 0; i < 10; i++) {
      expect((await register(form({ email: `probe${i}@example.org` }))).status).toBe(202);
    }
    expect((await register(form({ email: 'probe10@example.org' }))).status).toBe(429);
  });
});

describe('password rules', () => {
  const refused = async (password: string, identity: { email?: string; phone?: string }) => {
    const res = await client().register({ ...form(identity), password });
    expect(res.status).toBe(400);
    const problem = await res.json();
    const errors = 'errors' in problem ? (problem.errors ?? []) : [];
    return errors.filter((e) => e.path === 'password').map((e) => e.message);
  };

  it('needs at least 12 characters', async () => {
    expect(await refused('Kq8vTz2mWp4', { email: 'len@example.org' })).toContain(
      'Password must be at least 12 characters long',
    );
  });

  it('refuses common passwords, with or without digits around them, and the demo password', async () => {
    for (const password of ['qwerty123456', 'sonyericsson1', 'dragon12345678', DEMO_PASSWORD]) {
      expect(await refused(password, { email: 'common@example.org' })).toContain(
        'This password is too common; choose one that is hard to guess',
      );
    }
    expect(isCommonPassword('password12')).toBe(true);
  });

  it('refuses a password containing the e-mail or the phone', async () => {
    const message = 'The password must not contain your e-mail or phone number';
    expect(await refused('marina.kovaleva-2026', { email: 'marina.kovaleva@example.org' })).toContain(
      message,
    );
    expect(await refused('Kq89161234567', { phone: '+79161234567' })).toContain(message);
  });

  it('accepts a long uncommon password', async () => {
    expect((await client().register(form({ email: 'fine@example.org' }))).status).toBe(202);
  });
});
