import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { decryptTotpSecret, totpCode } from '../src/auth/totp.js';
import { accounts, secondFactors } from '../src/db/schema/index.js';
import { DEMO_TOTP_SECRET } from '../src/seed/demo-second-factor.js';
import { withStatus } from './account-fixtures.js';
import { DEMO_PASSWORD, useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

const signIn = (login: string, password = DEMO_PASSWORD) =>
  api.client().auth.login.$post({ json: { login, password } });

/** The second step of a sign-in: a code from the app, or a recovery code. */
const secondStep = (json: { challenge: string; code?: string; recoveryCode?: string | undefined }) =>
  api.client().auth.login['second-factor'].$post({ json });

async function passwordStep(login: string, password = DEMO_PASSWORD) {
  const res = withStatus(await signIn(login, password), 202);
  expect(res.headers.get('set-cookie') ?? '').not.toMatch(/tm_session=/);
  return res.json();
}

/** The session a sign-in answer started: the cookie it set, with its body's token and account. */
function sessionFrom(
  res: { headers: Headers },
  body: { csrfToken: string; account: { id: string } },
): TestSession {
  const cookie = /tm_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  expect(cookie).toBeTruthy();
  return { cookie: cookie!, csrfToken: body.csrfToken, accountId: body.account.id };
}

/** A staff account the seed did not enrol, as an administrator would create for a new colleague. */
async function newStaffAccount(email: string, password: string) {
  await api.deps.database.db.insert(accounts).values({
    role: 'assistant',
    email,
    passwordHash: await hashPassword(password),
    displayName: { ru: 'Новая Сестра', en: 'New Nurse' },
  });
}

describe('staff sign-in with a second factor', () => {
  it('gives staff no session for the password alone, only a challenge', async () => {
    const challenge = await passwordStep('dr.kuznetsov@demo.telemed');
    expect(challenge.step).toBe('verify');
    expect(challenge.demo).toBe(true);
    // The challenge is not a session token.
    const me = await api
      .client()
      .me.$get(undefined, { headers: { cookie: `tm_session=${challenge.challenge}` } });
    expect(me.status).toBe(401);
  });

  it('signs in with the right code and refuses a wrong one', async () => {
    const { challenge } = await passwordStep('dr.morozova@demo.telemed');
    const wrongCode = String((Number(totpCode(DEMO_TOTP_SECRET)) + 500_000) % 1_000_000).padStart(6, '0');
    const wrong = await secondStep({ challenge, code: wrongCode });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie') ?? '').not.toMatch(/tm_session=/);
    expect(await wrong.json()).toMatchObject({ detail: expect.stringMatching(/not right/) });

    const right = withStatus(await secondStep({ challenge, code: totpCode(DEMO_TOTP_SECRET) }), 200);
    const session = sessionFrom(right, await right.json());
    const me = await api.client(session).me.$get();
    expect(me.status).toBe(200);
    // The challenge was used up with the session.
    const again = await secondStep({ challenge, code: totpCode(DEMO_TOTP_SECRET) });
    expect(again.status).toBe(410);
  });

  it('refuses a code that was already used, even in a new sign-in', async () => {
    const code = totpCode(DEMO_TOTP_SECRET);
    const first = await passwordStep('dr.belov@demo.telemed');
    expect((await secondStep({ challenge: first.challenge, code })).status).toBe(200);
    const second = await passwordStep('dr.belov@demo.telemed');
    const replay = await secondStep({ challenge: second.challenge, code });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ detail: expect.stringMatching(/already been used/) });
  });

  it('limits wrong codes per account with Retry-After', async () => {
    const { challenge } = await passwordStep('dr.novikov@demo.telemed');
    for (let i = 0; i < 5; i++) {
      expect((await secondStep({ challenge, code: '000000' })).status).toBe(401);
    }
    const blocked = await secondStep({ challenge, code: totpCode(DEMO_TOTP_SECRET) });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps the secret encrypted at rest', async () => {
    const [row] = await api.deps.database.db
      .select({ accountId: secondFactors.accountId, secret: secondFactors.secretCiphertext })
      .from(secondFactors)
      .innerJoin(accounts, eq(accounts.id, secondFactors.accountId))
      .where(eq(accounts.email, 'admin@demo.telemed'));
    expect(row!.secret).not.toContain(DEMO_TOTP_SECRET);
    expect(decryptTotpSecret(api.deps.config.TOTP_ENCRYPTION_KEY, row!.accountId, row!.secret)).toBe(
      DEMO_TOTP_SECRET,
    );
    // Bound to its account: the same ciphertext does not open for another one.
    expect(() =>
      decryptTotpSecret(api.deps.config.TOTP_ENCRYPTION_KEY, crypto.randomUUID(), row!.secret),
    ).toThrow();
  });
});

describe('first-time enrolment of staff', () => {
  const email = 'new.nurse@clinic.example';
  const password = 'Brand-new-nurse-pass-2026';
  let secret = '';
  let recoveryCodes: string[] = [];

  it('allows only enrolment after the password, confirms only with a right code, then signs in', async () => {
    await newStaffAccount(email, password);
    const { step, challenge } = await passwordStep(email, password);
    expect(step).toBe('enrol');
    // An enrolment challenge cannot be turned into a session with a code.
    const shortcut = await secondStep({ challenge, code: '123456' });
    expect(shortcut.status).toBe(410);

    const enrolling = api.client().auth.login.enrolment;
    const enrolment = await parseResponse(enrolling.$post({ json: { challenge } }));
    secret = enrolment.secret;
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Telemed:new\.nurse%40clinic\.example\?/);
    expect(enrolment.otpauthUri).toContain(`secret=${secret}`);
    // Asking again within the same sign-in shows the same secret (a page reload keeps the scanned code).
    const again = await parseResponse(enrolling.$post({ json: { challenge } }));
    expect(again.secret).toBe(secret);

    const wrong = await enrolling.confirm.$post({ json: { challenge, code: '000000' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie') ?? '').not.toMatch(/tm_session=/);

    const confirmed = withStatus(
      await enrolling.confirm.$post({ json: { challenge, code: totpCode(secret) } }),
      200,
    );
    const body = await confirmed.json();
    recoveryCodes = body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const session = sessionFrom(confirmed, body);
    const status = await parseResponse(api.client(session).me['second-factor'].$get());
    expect(status).toMatchObject({ enabled: true, required: true, recoveryCodesLeft: 10 });
    // Staff cannot turn it off.
    const off = await api
      .client(session)
      .me['second-factor'].disable.$post({ json: { code: totpCode(secret, Date.now() + 30_000) } });
    expect(off.status).toBe(403);
  });

  it('accepts a recovery code once', async () => {
    const first = await passwordStep(email, password);
    const used = withStatus(
      await secondStep({ challenge: first.challenge, recoveryCode: recoveryCodes[0]!.toLowerCase() }),
      200,
    );
    const session = sessionFrom(used, await used.json());
    const status = await parseResponse(api.client(session).me['second-factor'].$get());
    expect(status).toMatchObject({ recoveryCodesLeft: 9 });

    const second = await passwordStep(email, password);
    const reused = await secondStep({ challenge: second.challenge, recoveryCode: recoveryCodes[0] });
    expect(reused.status).toBe(401);
    const other = await secondStep({ challenge: second.challenge, recoveryCode: recoveryCodes[1] });
    expect(other.status).toBe(200);
  });

  it('replaces the recovery codes only with a current code', async () => {
    const { challenge } = await passwordStep(email, password);
    const signedIn = withStatus(await secondStep({ challenge, recoveryCode: recoveryCodes[2] }), 200);
    const session = sessionFrom(signedIn, await signedIn.json());
    const replace = api.client(session).me['second-factor']['recovery-codes'];
    const refused = await replace.$post({ json: { code: '000000' } });
    expect(refused.status).toBe(401);
    // The step used to confirm the enrolment is spent; the next one is within the window.
    const nextCode = totpCode(secret, Date.now() + 30_000);
    const replaced = withStatus(await replace.$post({ json: { code: nextCode } }), 200);
    const fresh = (await replaced.json()).recoveryCodes;
    expect(fresh).toHaveLength(10);
    // The old set no longer works.
    const next = await passwordStep(email, password);
    const old = await secondStep({ challenge: next.challenge, recoveryCode: recoveryCodes[3] });
    expect(old.status).toBe(401);
  });
});

describe('patients', () => {
  it('sign in with the password alone until they opt in', async () => {
    const res = await signIn('ivan.sokolov@demo.telemed');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/tm_session=/);
  });

  it('may opt in from their profile, then need the code at sign-in, and may opt out', async () => {
    const login = 'galina.ivanova@demo.telemed';
    const session = await api.login(login);
    const mine = api.client(session).me['second-factor'];
    expect(await parseResponse(mine.$get())).toMatchObject({ enabled: false, required: false });
    const started = withStatus(await mine.enrolment.$post(), 200);
    const { secret } = await started.json();
    expect((await mine.enrolment.confirm.$post({ json: { code: '000000' } })).status).toBe(401);
    const confirmed = withStatus(
      await mine.enrolment.confirm.$post({ json: { code: totpCode(secret) } }),
      200,
    );
    const { recoveryCodes } = await confirmed.json();
    expect(recoveryCodes).toHaveLength(10);

    const { step, challenge } = await passwordStep(login);
    expect(step).toBe('verify');
    // The code just used to confirm is spent; the next step's code (within the ±30 s window) is not.
    const nextCode = totpCode(secret, Date.now() + 30_000);
    const signedIn = withStatus(await secondStep({ challenge, code: nextCode }), 200);
    const second = sessionFrom(signedIn, await signedIn.json());

    const disable = api.client(second).me['second-factor'].disable;
    expect((await disable.$post({ json: { code: '000000' } })).status).toBe(401);
    const off = await disable.$post({ json: { recoveryCode: recoveryCodes[0] } });
    expect(off.status).toBe(204);
    const plain = await signIn(login);
    expect(plain.status).toBe(200);
  });
});
