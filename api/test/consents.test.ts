import { and, eq, ne } from 'drizzle-orm';
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
import { json, type TestSession, useTestApi } from './harness.js';
import { newPatient, yearsAgo } from './new-patient.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string }[] };
type Status = {
  complete: boolean;
  missingKinds: string[];
  kinds: {
    kind: string;
    required: boolean;
    state: string;
    current: { id: string; version: number };
    last: { version: number; signerRelation: string } | null;
  }[];
  history: { kind: string; signerRelation: string; withdrawnAt: string | null }[];
};
type Problem = { status: number; code: string; params?: Record<string, string>; errors?: unknown[] };

const status = (session: TestSession, patientId: string) =>
  json<Status>(api.request(`/patients/${patientId}/consents`, { session }));
const post = (session: TestSession, path: string, body?: unknown) =>
  api.request(path, { method: 'POST', session, ...(body === undefined ? {} : { json: body }) });

let anna: TestSession;
let annaId: string;
let ivan: TestSession;
let newcomer: { session: TestSession; patientId: string };

/** A free video slot a few days ahead with a doctor of `specialty`. */
async function freeSlot(session: TestSession, patientId: string, specialty = 'therapist') {
  const { items } = await json<{ items: { id: string }[] }>(
    api.request(`/doctors?specialty=${specialty}&patientId=${patientId}&format=video`, { session }),
  );
  const { items: slots } = await json<{ items: { id: string }[] }>(
    api.request(`/doctors/${items[0]!.id}/slots?days=3&format=video`, { session }),
  );
  return slots[6]!.id;
}

const book = async (session: TestSession, patientId: string) =>
  post(session, '/appointments', { patientId, slotId: await freeSlot(session, patientId), format: 'video' });

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaId = (await json<Family>(api.request('/me/family', { session: anna }))).self.id;
  newcomer = await newPatient(api, 'consents.new@example.org');
});

describe('consent documents', () => {
  it('are public, versioned, in both languages; the telemedicine consent is at version 2', async () => {
    const { items } = await json<{
      items: { kind: string; version: number; required: boolean; body: { ru: string; en: string } }[];
    }>(api.request('/consent-documents'));
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
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('consent.required');
    expect(problem.params).toEqual({ kinds: 'telemedicine_intervention,personal_data' });
    const queue = await post(newcomer.session, '/urgent-queue', {
      patientId: newcomer.patientId,
      specialty: 'therapist',
      format: 'video',
    });
    expect((await json<Problem>(queue)).code).toBe('consent.required');
  });

  it('refuses a wrong code, then accepts with the code sent by e-mail, audited', async () => {
    const { kinds } = await status(newcomer.session, newcomer.patientId);
    const documentIds = kinds.filter((k) => k.required).map((k) => k.current.id);
    const sent = await post(newcomer.session, `/patients/${newcomer.patientId}/consents/signature-code`, {
      documentIds,
    });
    expect(sent.status).toBe(202);
    expect(await sent.json()).toMatchObject({ method: 'email_code', sentTo: 'c***@example.org' });
    const code = await latestCode(api, 'consents.new@example.org');
    const wrong = await post(newcomer.session, `/patients/${newcomer.patientId}/consents`, {
      documentIds,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect((await json<Problem>(wrong)).code).toBe('consent.wrong_code');
    // The code signs exactly the documents it was sent for.
    const other = await post(newcomer.session, `/patients/${newcomer.patientId}/consents`, {
      documentIds: documentIds.slice(0, 1),
      code,
    });
    expect((await json<Problem>(other)).code).toBe('consent.wrong_code');

    const ok = await post(newcomer.session, `/patients/${newcomer.patientId}/consents`, {
      documentIds,
      code,
    });
    expect(ok.status).toBe(201);
    const after = await json<Status>(ok);
    expect(after.complete).toBe(true);
    expect(after.kinds.find((k) => k.kind === 'telemedicine_intervention')).toMatchObject({
      state: 'accepted',
      last: { version: 2, signerRelation: 'self' },
    });
    // Used once: the same code does not sign again.
    const replay = await post(newcomer.session, `/patients/${newcomer.patientId}/consents`, {
      documentIds,
      code,
    });
    expect((await json<Problem>(replay)).code).toBe('consent.wrong_code');

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
    const res = await post(newcomer.session, `/patients/${newcomer.patientId}/consents/signature-code`, {
      documentIds: [v1!.id],
    });
    expect(res.status).toBe(409);
    expect((await json<Problem>(res)).code).toBe('consent.document_outdated');
  });
});

describe('who may see and sign', () => {
  it("another patient's consents are not found, to read or to sign", async () => {
    expect((await api.request(`/patients/${annaId}/consents`, { session: ivan })).status).toBe(404);
    const sign = await post(ivan, `/patients/${annaId}/consents/signature-code`, {
      documentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(sign.status).toBe(404);
    expect((await post(ivan, `/patients/${annaId}/consents/personal_data/withdraw`)).status).toBe(404);
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
    const res = await api.request(`/patients/${patient!.patient_id}/consents`, { session: doctor });
    expect(res.status).toBe(200);
    expect((await json<Status>(res)).complete).toBe(true);
    const withdraw = await post(doctor, `/patients/${patient!.patient_id}/consents/personal_data/withdraw`);
    expect(withdraw.status).toBe(403);
  });
});

describe('a parent for a child', () => {
  it('a parent accepts for a child under 15', async () => {
    const parent = await api.login(consentJourneyParent.email);
    const family = await json<Family>(api.request('/me/family', { session: parent }));
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
    const sign = await post(anna, `/patients/${teen!.id}/consents/signature-code`, {
      documentIds: (await consentStatus(db, teen!.id)).kinds.map((k) => k.current.id).slice(0, 2),
    });
    expect(sign.status).toBe(404);
  });
});

describe('withdrawal', () => {
  it('blocks booking (planned and urgent) with consent.withdrawn; the record is kept; audited', async () => {
    const res = await post(anna, `/patients/${annaId}/consents/personal_data/withdraw`);
    expect(res.status).toBe(200);
    const after = await json<Status>(res);
    expect(after.complete).toBe(false);
    expect(after.kinds.find((k) => k.kind === 'personal_data')!.state).toBe('withdrawn');

    const booking = await book(anna, annaId);
    expect(booking.status).toBe(409);
    const problem = await json<Problem>(booking);
    expect(problem.code).toBe('consent.withdrawn');
    expect(problem.params).toEqual({ kinds: 'personal_data' });
    const queue = await post(anna, '/urgent-queue', {
      patientId: annaId,
      specialty: 'therapist',
      format: 'video',
    });
    expect((await json<Problem>(queue)).code).toBe('consent.withdrawn');

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
    const res = await post(anna, `/patients/${annaId}/consents/call_recording/withdraw`);
    const after = await json<Status>(res);
    expect(after.kinds.find((k) => k.kind === 'call_recording')!.state).toBe('withdrawn');
    expect(after.complete).toBe(true);
    expect((await book(anna, annaId)).status).toBe(201);
  });

  it('blocks a monitoring escalation too: no urgent consult is queued without the consents', async () => {
    const db = api.deps.database.db;
    const volkov = await api.login('nikolai.volkov@demo.telemed');
    const volkovId = (await json<Family>(api.request('/me/family', { session: volkov }))).self.id;
    expect((await post(volkov, `/patients/${volkovId}/consents/personal_data/withdraw`)).status).toBe(200);
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
    const res = await post(orlova, `/monitoring/alerts/${alert!.id}/escalate`, { note: 'Headache.' });
    expect(res.status).toBe(409);
    expect((await json<Problem>(res)).code).toBe('consent.withdrawn');
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
    const before = await status(
      ivan,
      (await json<Family>(api.request('/me/family', { session: ivan }))).self.id,
    );
    expect(before.kinds.find((k) => k.kind === 'personal_data')).toMatchObject({
      state: 'outdated',
      current: { version: 2 },
      last: { version: 1 },
    });
    const ivanId = (await json<Family>(api.request('/me/family', { session: ivan }))).self.id;
    const refused = await book(ivan, ivanId);
    expect((await json<Problem>(refused)).code).toBe('consent.required');
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
    const res = await post(anna, `/patients/${annaId}/consents${path ? `/${path}` : ''}`, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await json<Problem>(res)).code).toMatch(/^validation\./);
  });

  it('refuses an unknown kind to withdraw', async () => {
    const res = await post(anna, `/patients/${annaId}/consents/everything/withdraw`);
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).code).toMatch(/^validation\./);
  });
});
