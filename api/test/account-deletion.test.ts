import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { accounts, auditEvents, files, patients, sessions } from '../src/db/schema/index.js';
import { type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';

const api = useTestApi();
const db = () => api.deps.database.db;
const PASSWORD = 'Onboarding-test-2026'; // newPatient's

const deletion = (session?: TestSession) => api.client(session).me['account-deletion'];
const deleteAccount = (session: TestSession | undefined, password: string) =>
  deletion(session).$post({ json: { password, confirm: true } });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('account deletion', () => {
  it('tells a patient they can delete their account, and how long the record is kept', async () => {
    const { session } = await newPatient(api, 'deletion.status@example.org');
    expect(await parseResponse(deletion(session).$get())).toEqual({
      canDelete: true,
      children: 0,
      upcomingAppointments: 0,
      retentionYears: 25,
    });
  });

  it('is for patients only, with their password and an explicit confirmation', async () => {
    const anonymous = await deleteAccount(undefined, PASSWORD);
    expect(anonymous.status).toBe(401);
    const doctor = await api.login('dr.smirnova@demo.telemed');
    const staff = await deleteAccount(doctor, 'Telemed-Demo-2026');
    expect(staff.status).toBe(403);

    const { session } = await newPatient(api, 'deletion.refusals@example.org');
    const wrong = await deleteAccount(session, 'not-my-password-1');
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'account_deletion.wrong_password' });
    // Sent raw: the typed client only takes `confirm: true`.
    const unconfirmed = await api.request('/me/account-deletion', {
      method: 'POST',
      session,
      json: { password: PASSWORD, confirm: false },
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.client(session).me.family.$get()).status).toBe(200);
  });

  it('backs off wrong passwords like sign-in, without locking the owner out of signing in', async () => {
    const { session, patientId } = await newPatient(api, 'deletion.guesser@example.org');
    const [patient] = await db()
      .select({ accountId: patients.accountId })
      .from(patients)
      .where(eq(patients.id, patientId));
    const accountKey = `deletion:${patient!.accountId}`;
    const wrong = await deleteAccount(session, 'not-my-password-1');
    expect(wrong.status).toBe(400);
    expect(await api.deps.redis.hget(`rl:acct:${accountKey}`, 'n')).toBe('1');

    // Ten more failures: the next attempt waits 2^6 s, far beyond this test's run time.
    for (let i = 0; i < 10; i++)
      await api.deps.loginLimiter.recordFailure({ accountKey, address: '192.0.2.1' });
    const held = await deleteAccount(session, PASSWORD);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await held.json()).toMatchObject({ code: 'auth.too_many_attempts' });
    expect((await api.client(session).me.family.$get()).status).toBe(200);
    await api.login('deletion.guesser@example.org', PASSWORD); // signing in is not held back
  });

  it('refuses while children under 15 are in the account, changing nothing', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const status = await parseResponse(deletion(anna).$get());
    expect(status).toMatchObject({ canDelete: false });
    expect(status.children).toBeGreaterThan(0);
    const res = await deleteAccount(anna, 'Telemed-Demo-2026');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      code: 'account_deletion.children',
      params: { count: status.children },
    });
    const [account] = await db().select().from(accounts).where(eq(accounts.id, anna.accountId));
    expect(account).toMatchObject({ email: 'anna.petrova@demo.telemed', disabledAt: null });
  });

  it('anonymises the account and signs it out for good, keeping the medical record and its audit', async () => {
    const email = 'deletion.done@example.org';
    const { session, patientId } = await newPatient(api, email);
    const upload = api.client(session).patients[':id'].files.$post({
      param: { id: patientId },
      form: { file: new File([PDF], 'referral.pdf'), kind: 'other' },
      header: {},
    });
    const { id: fileId } = await parseResponse(upload);
    const [before] = await db().select().from(patients).where(eq(patients.id, patientId));

    const res = await deleteAccount(session, PASSWORD);
    expect(res.status).toBe(204);

    // Signed out, and cannot sign in again.
    expect((await api.client(session).me.family.$get()).status).toBe(401);
    const login = await api.client().auth.login.$post({ json: { login: email, password: PASSWORD } });
    expect(login.status).toBe(401);
    const [account] = await db().select().from(accounts).where(eq(accounts.id, session.accountId));
    expect(account).toMatchObject({
      email: null,
      phone: null,
      displayName: { ru: 'Удалённая учётная запись', en: 'Deleted account' },
    });
    expect(account!.disabledAt).not.toBeNull();
    expect(account!.passwordHash).not.toMatch(/^scrypt\$/);
    expect(await db().select().from(sessions).where(eq(sessions.accountId, session.accountId))).toEqual([]);

    // The medical record stays: the patient who it is about, their documents, and who saw them.
    const [after] = await db().select().from(patients).where(eq(patients.id, patientId));
    expect(after).toMatchObject({
      fullName: before!.fullName,
      birthDate: before!.birthDate,
      sex: before!.sex,
    });
    expect((await db().select().from(files).where(eq(files.id, fileId))).length).toBe(1);
    const trail = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patientId), eq(auditEvents.actorAccountId, session.accountId)));
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['file.upload', 'account.deletion']));

    // The e-mail is free again: the person may come back with a new account.
    const again = await newPatient(api, email);
    expect(again.patientId).not.toBe(patientId);
  });
});
