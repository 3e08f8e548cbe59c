import { and, eq, ne } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  consentAcceptances,
  consentDocuments,
  monitoringAlerts,
  patients,
  practitioners,
} from '../src/db/schema/index.js';
import { consentStatus, recordAcceptance } from '../src/domains/consents/service.js';
import { consentJourneyParent } from '../src/seed/consents.js';
import { acceptConsents, latestCode } from './consents-helper.js';
import { type TestSession, useTestApi } from './harness.js';
import { newPatient, yearsAgo } from './new-patient.js';
import { familyOf } from './people.js';

const api = useTestApi();

const consentsOf = (session: TestSession) => api.client(session).patients[':id'].consents;
const status = (session: TestSession, id: string) =>
  parseResponse(consentsOf(session).$get({ param: { id } }));
const askCode = (session: TestSession, id: string, documentIds: string[]) =>
  consentsOf(session)['signature-code'].$post({ param: { id }, json: { documentIds } });
const sign = (session: TestSession, id: string, documentIds: string[], code: string) =>
  consentsOf(session).$post({ param: { id }, json: { documentIds, code } });
const withdraw = (session: TestSession, id: string, kind: 'personal_data' | 'call_recording') =>
  consentsOf(session)[':kind'].withdraw.$post({ param: { id, kind } });
const joinQueue = (session: TestSession, patientId: string) =>
  api.client(session)['urgent-queue'].$post({
    header: {},
    json: { patientId, specialty: 'therapist', format: 'video' },
  });

let anna: TestSession;
let annaId: string;
let ivan: TestSession;
let newcomer: { session: TestSession; patientId: string };

/** A free video slot a few days ahead with a doctor of `specialty`. */
async function freeSlot(session: TestSession, patientId: string, specialty = 'therapist') {
  const doctors = api.client(session).doctors;
  const { items } = await parseResponse(doctors.$get({ query: { specialty, patientId, format: 'video' } }));
  const { items: slots } = await parseResponse(
    doctors[':id'].slots.$get({ param: { id: items[0]!.id }, query: { days: '3', format: 'video' } }),
  );
  return slots[6]!.id;
}

const book = async (session: TestSession, patientId: string) =>
  api.client(session).appointments.$post({
    header: {},
    json: { patientId, slotId: await freeSlot(session, patientId), format: 'video' },
  });

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
  newcomer = await newPatient(api, 'consents.new@example.org');
});

describe('consent documents', () => {
  it('are public, versioned, in both languages; the telemedicine consent is at version 2', async () => {
    const { items } = await parseResponse(api.client()['consent-documents'].$get());
    expect(items.map((d) => [d.kind, d.version, d.required])).toEqual([
      ['telemedicine_intervention', 2, true],
      ['personal_data', 1, true],
      ['call_recording', 1, false],
      ['research_use', 1, false],
    ]);
    expect(items[0]!.body.ru).toContain('193н');
    expect(items[0]!.body.en).toContain('193n');
  });

  it('every seeded demo patient has accepted the required ones', async () => {
    expect((await status(anna, annaId)).complete).toBe(true);
  });
});

describe('a newly registered patient', () => {
  it('has no consents, and booking is refused with the missing kinds', async () => {
    const before = await status(newcomer.session, newcomer.patientId);
    expect(before.complete).toBe(false);
    expect(before.missingKinds).toEqual(['telemedicine_intervention', 'personal_data']);
    expect(before.kinds.every((k) => k.state === 'missing')).toBe(true);
    const res = await book(newcomer.session, newcomer.patientId);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await res.json()).toEqual(
      expect.objectContaining({
        code: 'consent.required',
        params: { kinds: 'telemedicine_intervention,personal_data' },
      }),
    );
    const queue = await joinQueue(newcomer.session, newcomer.patientId);
    expect(await queue.json()).toMatchObject({ code: 'consent.required' });
  });

  it('refuses a wrong code, then accepts with the code sent by e-mail, audited', async () => {
    const { kinds } = await status(newcomer.session, newcomer.patientId);
    const documentIds = kinds.filter((k) => k.required).map((k) => k.current.id);
    const sent = await askCode(newcomer.session, newcomer.patientId, documentIds);
    expect(sent.status).toBe(202);
    expect(await sent.json()).toMatchObject({ method: 'email_code', sentTo: 'c***@example.org' });
    const code = await latestCode(api, 'consents.new@example.org');
    const wrong = await sign(
      newcomer.session,
      newcomer.patientId,
      documentIds,
      code === '000000' ? '111111' : '000000',
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'consent.wrong_code' });
    // The code signs exactly the documents it was sent for.
    const other = await sign(newcomer.session, newcomer.patientId, documentIds.slice(0, 1), code);
    expect(await other.json()).toMatchObject({ code: 'consent.wrong_code' });

    const ok = await sign(newcomer.session, newcomer.patientId, documentIds, code);
    expect(ok.status).toBe(201);
    const after = await parseResponse(ok);
    expect(after.complete).toBe(true);
    expect(after.kinds.find((k) => k.kind === 'telemedicine_intervention')).toMatchObject({
      state: 'accepted',
      last: { version: 2, signerRelation: 'self' },
    });
    // Used once: the same code does not sign again.
    const replay = await sign(newcomer.session, newcomer.patientId, documentIds, code);
    expect(await replay.json()).toMatchObject({ code: 'consent.wrong_code' });

    const rows = await api.deps.database.db
      .select()
      .from(consentAcceptances)
      .where(eq(consentAcceptances.patientId, newcomer.patientId));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      signatureMethod: 'email_code',
      signatureContact: 'consents.new@example.org',
      signedByAccountId: newcomer.session.accountId,
    });
    expect(rows[0]!.documentHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, newcomer.patientId), eq(auditEvents.action, 'consent.accepted')));
    expect(audit).toHaveLength(2);
  });

  it('refuses an old version of a document', async () => {
    const [v1] = await api.deps.database.db
      .select({ id: consentDocuments.id })
      .from(consentDocuments)
      .where(and(eq(consentDocuments.kind, 'telemedicine_intervention'), eq(consentDocuments.version, 1)));
    const res = await askCode(newcomer.session, newcomer.patientId, [v1!.id]);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'consent.document_outdated' });
  });
});

describe('who may see and sign', () => {
  it("another patient's consents are not found, to read or to sign", async () => {
    expect((await consentsOf(ivan).$get({ param: { id: annaId } })).status).toBe(404);
    const signing = await askCode(ivan, annaId, ['00000000-0000-4000-8000-000000000000']);
    expect(signing.status).toBe(404);
    expect((await withdraw(ivan, annaId, 'personal_data')).status).toBe(404);
  });

  it('a doctor reads a patient’s consents but cannot sign or withdraw (403)', async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed');
    // A treating doctor: one of Dr Smirnova's patients.
    const [patient] = await api.deps.database.db
      .select({ patient_id: appointments.patientId })
      .from(appointments)
      .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
      .where(and(eq(practitioners.accountId, doctor.accountId), ne(appointments.status, 'cancelled')))
      .limit(1);
    const res = await consentsOf(doctor).$get({ param: { id: patient!.patient_id } });
    expect(res.status).toBe(200);
    expect((await parseResponse(res)).complete).toBe(true);
    const withdrawal = await withdraw(doctor, patient!.patient_id, 'personal_data');
    expect(withdrawal.status).toBe(403);
    // The role's refusal is recorded against the patient it tried to act for, as every refusal is.
    const refusals = await api.deps.database.db
      .select({ outcome: auditEvents.outcome })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, doctor.accountId),
          eq(auditEvents.resourceType, 'Consent'),
          eq(auditEvents.resourceId, patient!.patient_id),
          eq(auditEvents.outcome, 'denied'),
        ),
      );
    expect(refusals).toHaveLength(1);
  });
});

describe('a parent for a child', () => {
  it('a parent accepts for a child under 15', async () => {
    const parent = await api.login(consentJourneyParent.email);
    const family = await familyOf(api, parent);
    const childId = family.children[0]!.id;
    expect((await status(parent, childId)).complete).toBe(false);
    const after = await acceptConsents(api, parent, childId);
    expect(after.complete).toBe(true);
    expect(after.history.every((h) => h.signerRelation === 'guardian')).toBe(true);
  });

  it('a parent’s acceptance stops counting when the child turns 15: the child must consent themselves', async () => {
    const db = api.deps.database.db;
    const [parent] = await db.select().from(patients).where(eq(patients.id, annaId));
    const [child] = await db
      .insert(patients)
      .values({
        guardianId: annaId,
        fullName: { ru: 'Тест Подросток', en: 'Test Teen' },
        birthDate: yearsAgo(15, -30), // 15 in 30 days
        sex: 'male',
      })
      .returning();
    await recordAcceptance(db, {
      patientId: child!.id,
      accountId: parent!.accountId!,
      relation: 'guardian',
      contact: 'anna.petrova@demo.telemed',
    });
    expect((await consentStatus(db, child!.id)).complete).toBe(true);
    const at15 = await consentStatus(db, child!.id, new Date(Date.now() + 31 * 86_400_000));
    expect(at15.complete).toBe(false);
    expect(at15.kinds.filter((k) => k.required).map((k) => k.state)).toEqual(['needs_own', 'needs_own']);

    // A child already 15 or older: the parent's acceptance does not count, and the parent cannot sign any more.
    const [teen] = await db
      .insert(patients)
      .values({
        guardianId: annaId,
        fullName: { ru: 'Тест Старший', en: 'Test Older' },
        birthDate: yearsAgo(15, 1),
        sex: 'female',
      })
      .returning();
    await recordAcceptance(db, {
      patientId: teen!.id,
      accountId: parent!.accountId!,
      relation: 'guardian',
      contact: 'anna.petrova@demo.telemed',
    });
    expect((await consentStatus(db, teen!.id)).missingKinds).toEqual([
      'telemedicine_intervention',
      'personal_data',
    ]);
    const signing = await askCode(
      anna,
      teen!.id,
      (await consentStatus(db, teen!.id)).kinds.map((k) => k.current.id).slice(0, 2),
    );
    expect(signing.status).toBe(404);
  });
});

describe('withdrawal', () => {
  it('blocks booking (planned and urgent) with consent.withdrawn; the record is kept; audited', async () => {
    const res = await withdraw(anna, annaId, 'personal_data');
    expect(res.status).toBe(200);
    const after = await parseResponse(res);
    expect(after.complete).toBe(false);
    expect(after.kinds.find((k) => k.kind === 'personal_data')!.state).toBe('withdrawn');

    const booking = await book(anna, annaId);
    expect(booking.status).toBe(409);
    expect(await booking.json()).toEqual(
      expect.objectContaining({ code: 'consent.withdrawn', params: { kinds: 'personal_data' } }),
    );
    const queue = await joinQueue(anna, annaId);
    expect(await queue.json()).toMatchObject({ code: 'consent.withdrawn' });

    // Kept, marked withdrawn: the acceptance itself is never deleted.
    const rows = await api.deps.database.db
      .select()
      .from(consentAcceptances)
      .where(eq(consentAcceptances.patientId, annaId));
    expect(rows.some((r) => r.withdrawnAt && r.withdrawnByAccountId === anna.accountId)).toBe(true);
    const [audit] = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, annaId), eq(auditEvents.action, 'consent.withdrawn')));
    expect(audit).toMatchObject({ resourceId: 'personal_data', actorAccountId: anna.accountId });
  });

  it('giving the consent again lets the patient book', async () => {
    expect((await acceptConsents(api, anna, annaId)).complete).toBe(true);
    expect((await book(anna, annaId)).status).toBe(201);
  });

  it('an optional consent is signed and withdrawn without touching booking', async () => {
    const signed = await acceptConsents(api, anna, annaId, ['call_recording']);
    expect(signed.kinds.find((k) => k.kind === 'call_recording')!.state).toBe('accepted');
    const after = await parseResponse(withdraw(anna, annaId, 'call_recording'));
    expect(after.kinds.find((k) => k.kind === 'call_recording')!.state).toBe('withdrawn');
    expect(after.complete).toBe(true);
    expect((await book(anna, annaId)).status).toBe(201);
  });

  it('blocks a monitoring escalation too: no urgent consult is queued without the consents', async () => {
    const db = api.deps.database.db;
    const volkov = await api.login('nikolai.volkov@demo.telemed');
    const volkovId = (await familyOf(api, volkov)).self.id;
    expect((await withdraw(volkov, volkovId, 'personal_data')).status).toBe(200);
    const [alert] = await db
      .insert(monitoringAlerts)
      .values({
        patientId: volkovId,
        kind: 'crisis',
        severity: 'urgent',
        details: { values: { systolic: 186, diastolic: 112 } },
        dedupeKey: `consents-test:${volkovId}`,
      })
      .returning();
    const orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
    const res = await api.client(orlova).monitoring.alerts[':id'].escalate.$post({
      param: { id: alert!.id },
      json: { note: 'Headache.' },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'consent.withdrawn' });
    const queued = await db
      .select()
      .from(appointments)
      .where(and(eq(appointments.patientId, volkovId), eq(appointments.urgency, 'urgent')));
    expect(queued).toEqual([]);
    expect((await acceptConsents(api, volkov, volkovId)).complete).toBe(true);
  });
});

describe('a new version of a required document', () => {
  it('requires accepting again before booking', async () => {
    const db = api.deps.database.db;
    const [v2] = await db
      .select()
      .from(consentDocuments)
      .where(and(eq(consentDocuments.kind, 'personal_data'), eq(consentDocuments.version, 1)));
    await db.insert(consentDocuments).values({
      kind: 'personal_data',
      version: 2,
      required: true,
      title: v2!.title,
      body: { ru: `${v2!.body.ru}\n\nРедакция 2.`, en: `${v2!.body.en}\n\nVersion 2.` },
    });
    const before = await status(ivan, (await familyOf(api, ivan)).self.id);
    expect(before.kinds.find((k) => k.kind === 'personal_data')).toMatchObject({
      state: 'outdated',
      current: { version: 2 },
      last: { version: 1 },
    });
    const ivanId = (await familyOf(api, ivan)).self.id;
    const refused = await book(ivan, ivanId);
    expect(await refused.json()).toMatchObject({ code: 'consent.required' });
    expect((await acceptConsents(api, ivan, ivanId)).complete).toBe(true);
    expect((await book(ivan, ivanId)).status).toBe(201);
  });
});

describe('malformed input', () => {
  it.each([
    [{ documentIds: [] }, 'signature-code'],
    [{ documentIds: ['not-an-id'] }, 'signature-code'],
    [
      { documentIds: ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'] },
      'signature-code',
    ],
    [{ documentIds: ['00000000-0000-4000-8000-000000000000'], code: '12ab56' }, ''],
    [{ documentIds: ['00000000-0000-4000-8000-000000000000'] }, ''],
  ])('refuses %j with a 400 problem', async (body, path) => {
    // Raw on purpose: the typed client would not send these bodies.
    const res = await api.request(`/patients/${annaId}/consents${path ? `/${path}` : ''}`, {
      method: 'POST',
      json: body,
      session: anna,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ code: expect.stringMatching(/^validation\./) });
  });

  it('refuses an unknown kind to withdraw', async () => {
    // Raw on purpose: the typed client only takes a known kind.
    const res = await api.request(`/patients/${annaId}/consents/everything/withdraw`, {
      method: 'POST',
      session: anna,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: expect.stringMatching(/^validation\./) });
  });
});
