import { describe, expect, it } from 'vitest';
import { requestPasswordReset } from '../src/domains/accounts/password-reset.js';
import { findAccountByLogin } from '../src/domains/accounts/queries.js';
import { demoTotpCode } from '../src/seed/demo-second-factor.js';
import { fromAddress, mailbox, withStatus } from './account-fixtures.js';
import { latestCode } from './consents-helper.js';
import { DEMO_PASSWORD, useTestApi } from './harness.js';

const api = useTestApi();

const NEW_PASSWORD = 'Lantern-meadow-5293';

let nextPeer = 1;
/** Each test asks from its own address, so per-address limits stay its own. */
function client(peer = `198.51.100.${nextPeer++}`) {
  const reset = fromAddress(api, peer).auth['password-reset'];
  return {
    request: (login: string) => reset.$post({ json: { login } }),
    confirm: (login: string, code: string, password = NEW_PASSWORD) =>
      reset.confirm.$post({ json: { login, code, password } }),
  };
}

const signIn = (login: string, password: string) =>
  api.client().auth.login.$post({ json: { login, password } });

const otherCode = (code: string) => (code === '000000' ? '000001' : '000000');

describe('asking for a reset does not reveal who is a member', () => {
  it('answers existing and unknown e-mails and phones alike, and sends a code only to an account', async () => {
    const answers = [];
    for (const login of [
      'olga.smirnova@demo.telemed',
      'nobody@example.org',
      '+79160000001',
      '+79169998877',
    ]) {
      const res = await client().request(login);
      answers.push({ status: res.status, body: await res.text() });
    }
    expect(answers[0]!.status).toBe(202);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const [message] = await mailbox(api, 'olga.smirnova@demo.telemed');
    expect(message!.subject).toBe('Код для восстановления пароля Telemed'); // in the account's language
    expect(await mailbox(api, '+79160000001')).toHaveLength(1); // Anna's phone
    expect(await mailbox(api, 'nobody@example.org')).toEqual([]);
    expect(await mailbox(api, '+79169998877')).toEqual([]);
  });

  it('refuses an unknown login with the same answer as a wrong code', async () => {
    const unknown = await client().confirm('nobody.else@example.org', '123456');
    const { request, confirm } = client();
    await request('elena.nikitina@demo.telemed');
    const known = await confirm(
      'elena.nikitina@demo.telemed',
      otherCode(await latestCode(api, 'elena.nikitina@demo.telemed')),
    );
    expect(unknown.status).toBe(400);
    expect({ status: known.status, body: await known.text() }).toEqual({
      status: 400,
      body: await unknown.text(),
    });
  });

  it('limits requests per identity and per address', async () => {
    for (let i = 0; i < 3; i++) expect((await client().request('nobody@example.net')).status).toBe(202);
    const perIdentity = await client().request('nobody@example.net');
    expect(perIdentity.status).toBe(429);
    expect(Number(perIdentity.headers.get('retry-after'))).toBeGreaterThan(0);

    const { request } = client();
    for (let i = 0; i < 10; i++) expect((await request(`probe${i}@example.net`)).status).toBe(202);
    expect((await request('probe10@example.net')).status).toBe(429);
  });
});

describe('setting the new password', () => {
  it('sets it, ends every session, and the code works once', async () => {
    const login = 'ivan.sokolov@demo.telemed';
    const before = [await api.login(login), await api.login(login)];
    const { request, confirm } = client();
    expect((await request(login)).status).toBe(202);
    const code = await latestCode(api, login);
    const res = await confirm(login, code);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/tm_session=/);

    for (const session of before) expect((await api.client(session).me.$get()).status).toBe(401);
    expect((await signIn(login, DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(login, NEW_PASSWORD)).status).toBe(200);
    expect((await confirm(login, code, 'Another-river-8841')).status).toBe(400);
  });

  it('burns the code after five wrong tries', async () => {
    const login = 'marina.orlova@demo.telemed';
    const { request, confirm } = client();
    await request(login);
    const code = await latestCode(api, login);
    for (let i = 0; i < 5; i++) expect((await confirm(login, otherCode(code))).status).toBe(400);
    const limited = await confirm(login, code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(login, DEMO_PASSWORD)).status).toBe(200);
  });

  it('refuses an expired code', async () => {
    const login = 'artem.gusev@demo.telemed';
    await requestPasswordReset(api.deps, login, '198.51.100.250', { codeTtlSeconds: 1 });
    const code = await latestCode(api, login);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await client().confirm(login, code)).status).toBe(400);
  });

  it('refuses a weak password and keeps the code for a better one', async () => {
    const login = 'john.miller@demo.telemed';
    const { request, confirm } = client();
    await request(login);
    const code = await latestCode(api, login);
    const weak = async (password: string) => {
      const res = await confirm(login, code, password);
      expect(res.status).toBe(400);
      const problem = await res.json();
      const errors = 'errors' in problem ? (problem.errors ?? []) : [];
      return errors.filter((e) => e.path === 'password').map((e) => e.message);
    };
    expect(await weak('short1A')).toContain('Password must be at least 12 characters long');
    expect(await weak('qwerty123456')).toContain(
      'This password is too common; choose one that is hard to guess',
    );
    expect(await weak('john.miller-2026')).toContain(
      'The password must not contain your e-mail or phone number',
    );
    expect((await confirm(login, code)).status).toBe(200);
  });

  it('forgets earlier failed sign-ins', async () => {
    const login = 'nikolai.volkov@demo.telemed';
    for (let i = 0; i < 7; i++) await signIn(login, 'Not-the-password-1');
    expect((await signIn(login, DEMO_PASSWORD)).status).toBe(429);
    const { request, confirm } = client();
    await request(login);
    expect((await confirm(login, await latestCode(api, login))).status).toBe(200);
    expect((await signIn(login, NEW_PASSWORD)).status).toBe(200);
  });

  it('still asks staff for their second factor', async () => {
    const login = 'dr.lebedev@demo.telemed';
    const { request, confirm } = client();
    await request(login);
    expect((await confirm(login, await latestCode(api, login))).status).toBe(200);
    const res = await signIn(login, NEW_PASSWORD);
    expect(res.status).toBe(202);
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/tm_session=/);
    expect(await res.json()).toMatchObject({ step: 'verify' });
  });

  it('voids a second-factor step begun with the old password', async () => {
    const login = 'dr.garipova@demo.telemed';
    const begun = withStatus(await signIn(login, DEMO_PASSWORD), 202);
    const { challenge } = await begun.json();
    const { request, confirm } = client();
    await request(login);
    expect((await confirm(login, await latestCode(api, login), 'Quiet-harbour-8146')).status).toBe(200);
    const finished = await api.client().auth.login['second-factor'].$post({
      json: { challenge, code: demoTotpCode() },
    });
    expect(finished.status).toBe(410);
  });

  it('sends no code for a demo account in production', async () => {
    const login = 'galina.ivanova@demo.telemed';
    const production = { ...api.deps, config: { ...api.deps.config, NODE_ENV: 'production' as const } };
    await requestPasswordReset(production, login, '198.51.100.251');
    const account = await findAccountByLogin(api.deps.database.db, login);
    expect(await api.deps.redis.exists(`pwreset:code:${account!.id}`)).toBe(0);
    // The same call outside production does send one.
    await requestPasswordReset(api.deps, login, '198.51.100.251');
    expect(await api.deps.redis.exists(`pwreset:code:${account!.id}`)).toBe(1);
  });
});
