import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  appointments,
  auditEvents,
  bpReadings,
  monitoringEnrolments,
  notifications,
  patients,
} from '../src/db/schema/index.js';
import { PDF, upload } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { addReading, endMonitoring, enrol, monitoringPage } from './monitoring-fixtures.js';
import { familyOf, practitionerIdOf } from './people.js';

// Monitoring opens a patient's whole record to an assistant, so it starts only from a clinical decision:
// a doctor who treats the patient enrols them, or the patient accepts an assistant's proposal.
const api = useTestApi();

let elena: TestSession; // a patient nobody monitors, with a consult booked with Dr Lebedev (below)
let elenaId: string;
let orlova: TestSession;
let orlovaId: string;
let karpov: TestSession;
let lebedev: TestSession; // treats Elena
let garipova: TestSession; // no relation to Elena
let anna: TestSession; // another family
let lebedevId: string;

const target = { targetSystolic: 135, targetDiastolic: 85 };

/** Every door of the record an assistant with access would open, with the status each one answered. */
async function recordDoors(session: TestSession, id: string) {
  const patient = api.client(session).patients[':id'];
  const param = { id };
  const gets = {
    [`/patients/${id}`]: () => patient.$get({ param }),
    [`/patients/${id}/files`]: () => patient.files.$get({ param }),
    [`/patients/${id}/medcard/timeline`]: () => patient.medcard.timeline.$get({ param, query: {} }),
    [`/patients/${id}/medcard/fhir`]: () => patient.medcard.fhir.$get({ param }),
    [`/patients/${id}/archive`]: () => patient.archive.$get({ param }),
    [`/patients/${id}/lab-orders`]: () => patient['lab-orders'].$get({ param }),
    [`/patients/${id}/bp-readings`]: () => patient['bp-readings'].$get({ param, query: {} }),
    [`/monitoring/patients/${id}`]: () => monitoringPage(api, session, id),
  };
  const statuses: Record<string, number> = {};
  for (const [path, get] of Object.entries(gets)) statuses[path] = (await get()).status;
  return statuses;
}

const allClosed = (statuses: Record<string, number>) =>
  Object.fromEntries(Object.keys(statuses).map((path) => [path, 404]));

const propose = (
  session: TestSession,
  patientId: string,
  reason = 'Home readings around 150/95 at the last visit',
) => api.client(session).monitoring.proposals.$post({ json: { patientId, reason, ...target } });

const decideAs = (session: TestSession, id: string, decision: 'accept' | 'decline') =>
  api.client(session).monitoring.enrolments[':id'].decision.$post({ param: { id }, json: { decision } });

const proposalsFor = async (session: TestSession) =>
  (await parseResponse(api.client(session).monitoring.proposals.$get())).items;
const myMonitoring = (session: TestSession) => parseResponse(api.client(session).me.monitoring.$get());

const auditOf = (accountId: string, action: string) =>
  api.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorAccountId, accountId), eq(auditEvents.action, action)));

beforeAll(async () => {
  elena = await api.login('elena.nikitina@demo.telemed');
  elenaId = (await familyOf(api, elena)).self.id;
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
  lebedev = await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
  garipova = await api.login('dr.garipova@demo.telemed', undefined, 'staff');
  anna = await api.login('anna.petrova@demo.telemed');
  orlovaId = await practitionerIdOf(api, orlova);
  lebedevId = await practitionerIdOf(api, lebedev);
  // Dr Lebedev treats Elena: a consultation booked with him.
  const startsAt = new Date(Date.now() + 86_400_000);
  await api.deps.database.db.insert(appointments).values({
    patientId: elenaId,
    practitionerId: lebedevId,
    specialtyCode: 'therapist',
    format: 'video',
    urgency: 'planned',
    status: 'booked',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 20 * 60_000),
    bookedByAccountId: elena.accountId,
  });
  // Something in each part of the record, so an open door would show it.
  const uploaded = await upload(api, elena, elenaId, { bytes: PDF, name: 'ecg.pdf' });
  expect(uploaded.status).toBe(201);
});

describe('an assistant cannot give herself a patient', () => {
  it('refuses self-enrolment with a 403, and no part of the record opens', async () => {
    const res = await enrol(api, orlova, { patientId: elenaId, assistantId: orlovaId, ...target });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ detail: expect.stringMatching(/only propose/) });
    const doors = await recordDoors(orlova, elenaId);
    expect(doors).toEqual(allClosed(doors));
    const rows = await api.deps.database.db
      .select()
      .from(monitoringEnrolments)
      .where(eq(monitoringEnrolments.patientId, elenaId));
    expect(rows).toEqual([]);
  });

  it('lets her propose, but a proposal opens nothing and does not tell her the name', async () => {
    const res = await propose(orlova, elenaId);
    expect(res.status).toBe(201);
    const proposal = await parseResponse(res);
    expect(proposal).toMatchObject({ status: 'proposed', assistantId: orlovaId });
    const doors = await recordDoors(orlova, elenaId);
    expect(doors).toEqual(allClosed(doors));
    const worklist = await parseResponse(api.client(orlova).monitoring.worklist.$get({ query: {} }));
    expect(worklist.items.map((i) => i.patientId)).not.toContain(elenaId);
    // Readings cannot be entered for her, by anyone, while nothing is decided.
    const reading = { systolic: 150, diastolic: 95, measuredAt: new Date().toISOString() };
    expect((await addReading(api, orlova, elenaId, reading)).status).toBe(404);
    expect((await addReading(api, elena, elenaId, reading)).status).toBe(409);
    const mine = await proposalsFor(orlova);
    expect(mine).toContainEqual(
      expect.objectContaining({ id: proposal.id, status: 'proposed', patientName: null }),
    );
    // One live proposal or monitoring per patient.
    expect((await propose(karpov, elenaId)).status).toBe(409);
  });

  it('answers an unknown patient with the same 404 as anything else', async () => {
    const res = await propose(orlova, '00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});

describe('who decides', () => {
  it('shows the proposal to the patient and to the doctor who treats her, not to other doctors', async () => {
    const mine = await myMonitoring(elena);
    expect(mine.enrolledPatientIds).toEqual([]);
    expect(mine.proposals).toHaveLength(1);
    expect(mine.proposals[0]).toMatchObject({ patientId: elenaId, status: 'proposed' });
    const told = await api.deps.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.accountId, elena.accountId), eq(notifications.kind, 'monitoring_proposal')),
      );
    expect(told).toHaveLength(1);
    const forLebedev = await proposalsFor(lebedev);
    expect(forLebedev.map((p) => p.patientId)).toEqual([elenaId]);
    expect(forLebedev[0]!.patientName?.en).toBe('Elena Nikitina');
    expect(await proposalsFor(garipova)).toEqual([]);
  });

  it('refuses a decision from a doctor without a relation, another family and the assistant herself', async () => {
    const [proposal] = (await myMonitoring(elena)).proposals;
    for (const session of [garipova, anna, orlova]) {
      expect((await decideAs(session, proposal!.id, 'accept')).status).toBe(404);
    }
    const doors = await recordDoors(orlova, elenaId);
    expect(doors).toEqual(allClosed(doors));
    const denied = await auditOf(orlova.accountId, 'monitoring.proposal.decide');
    expect(denied.map((a) => a.outcome)).toEqual(['denied']);
  });

  it('refuses a doctor without a relation who tries to enrol the patient', async () => {
    const res = await enrol(api, garipova, { patientId: elenaId, assistantId: orlovaId, ...target });
    expect(res.status).toBe(404);
    expect((await auditOf(garipova.accountId, 'monitoring.enrol')).map((a) => a.outcome)).toEqual(['denied']);
  });

  it('opens the record once the patient accepts, and closes it at once when she stops monitoring', async () => {
    const [proposal] = (await myMonitoring(elena)).proposals;
    const accepted = await decideAs(elena, proposal!.id, 'accept');
    expect(accepted.status).toBe(200);
    expect(await parseResponse(accepted)).toMatchObject({ status: 'active' });
    expect((await decideAs(elena, proposal!.id, 'decline')).status).toBe(409);
    const open = await recordDoors(orlova, elenaId);
    expect(Object.values(open).every((status) => status === 200)).toBe(true);
    // Karpov, a colleague, still sees nothing.
    const colleague = await recordDoors(karpov, elenaId);
    expect(colleague).toEqual(allClosed(colleague));
    const reading = await addReading(api, elena, elenaId, {
      systolic: 148,
      diastolic: 92,
      measuredAt: new Date().toISOString(),
    });
    expect(reading.status).toBe(201);

    // The assistant cannot end it; the patient can.
    expect((await endMonitoring(api, orlova, elenaId)).status).toBe(403);
    const ended = await endMonitoring(api, elena, elenaId);
    expect(ended.status).toBe(200);
    expect(await parseResponse(ended)).toMatchObject({ status: 'ended' });
    const closed = await recordDoors(orlova, elenaId);
    expect(closed).toEqual(allClosed(closed));
    // History stays: the readings and the ended enrolment are still there.
    const readings = await api.deps.database.db
      .select()
      .from(bpReadings)
      .where(eq(bpReadings.patientId, elenaId));
    expect(readings).toHaveLength(1);
    const [row] = await api.deps.database.db
      .select()
      .from(monitoringEnrolments)
      .where(eq(monitoringEnrolments.id, proposal!.id));
    expect(row).toMatchObject({ status: 'ended', endedByAccountId: elena.accountId });
    expect(row!.decidedByAccountId).toBe(elena.accountId);
    expect((await endMonitoring(api, elena, elenaId)).status).toBe(409);
  });

  it('lets the treating doctor approve a proposal, enrol directly, and end monitoring', async () => {
    const proposed = await parseResponse(propose(karpov, elenaId));
    // A declined proposal opens nothing, and a new one may follow.
    expect((await decideAs(lebedev, proposed.id, 'decline')).status).toBe(200);
    const declined = await recordDoors(karpov, elenaId);
    expect(declined).toEqual(allClosed(declined));
    const again = await parseResponse(propose(karpov, elenaId));
    const approved = await decideAs(lebedev, again.id, 'accept');
    expect(approved.status).toBe(200);
    const live = await parseResponse(
      api.client(lebedev).monitoring.patients[':id'].enrolment.$get({ param: { id: elenaId } }),
    );
    expect(live.enrolment).toMatchObject({ status: 'active', assistant: { en: 'Viktor Karpov' } });
    expect((await monitoringPage(api, karpov, elenaId)).status).toBe(200);
    expect((await endMonitoring(api, lebedev, elenaId)).status).toBe(200);
    expect((await monitoringPage(api, karpov, elenaId)).status).toBe(404);

    const enrolled = await enrol(api, lebedev, { patientId: elenaId, assistantId: orlovaId, ...target });
    expect(enrolled.status).toBe(201);
    const row = await parseResponse(enrolled);
    expect(row.status).toBe('active');
    expect((await monitoringPage(api, orlova, elenaId)).status).toBe(200);
    const [decided] = await api.deps.database.db
      .select({ by: accounts.email })
      .from(monitoringEnrolments)
      .innerJoin(accounts, eq(accounts.id, monitoringEnrolments.decidedByAccountId))
      .where(eq(monitoringEnrolments.id, row.id));
    expect(decided!.by).toBe('dr.lebedev@demo.telemed');
    expect((await endMonitoring(api, lebedev, elenaId)).status).toBe(200);
  });
});

describe('the demo world', () => {
  it('has its monitored patients as active enrolments decided by their therapist', async () => {
    const rows = await api.deps.database.db
      .select({ status: monitoringEnrolments.status, decidedBy: accounts.email, patient: patients.fullName })
      .from(monitoringEnrolments)
      .innerJoin(accounts, eq(accounts.id, monitoringEnrolments.decidedByAccountId))
      .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
      .where(eq(monitoringEnrolments.status, 'active'));
    expect(rows.map((r) => r.patient.en).sort()).toEqual([
      'Galina Ivanova',
      'Lidia Markova',
      'Nikolai Volkov',
      'Pavel Orlov',
      'Sergey Kozlov',
      'Tamara Belova',
    ]);
    expect(new Set(rows.map((r) => r.decidedBy))).toEqual(new Set(['dr.smirnova@demo.telemed']));
  });

  it('lets the therapist who decided see every enrolment and end it (she has seen each patient)', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const rows = await api.deps.database.db
      .select({ patientId: monitoringEnrolments.patientId, patient: patients.fullName })
      .from(monitoringEnrolments)
      .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
      .where(eq(monitoringEnrolments.status, 'active'));
    expect(rows).toHaveLength(6);
    for (const { patientId } of rows) {
      expect((await monitoringPage(api, smirnova, patientId)).status).toBe(200);
    }
    const kozlov = rows.find((r) => r.patient.en === 'Sergey Kozlov')!;
    expect((await endMonitoring(api, smirnova, kozlov.patientId)).status).toBe(200);
  });
});

describe('the audit log records what happened', () => {
  it('writes "denied" when a route refuses a relation it does not serve, and "allowed" when it serves it', async () => {
    const volkov = await api.login('nikolai.volkov@demo.telemed');
    const volkovId = (await familyOf(api, volkov)).self.id;
    const smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    // Dr Smirnova treats him, but readings are the patient's (or the assistant's) to enter.
    const write = await addReading(api, smirnova, volkovId, {
      systolic: 130,
      diastolic: 80,
      measuredAt: new Date().toISOString(),
    });
    expect(write.status).toBe(403);
    expect((await auditOf(smirnova.accountId, 'bp-reading.create')).map((a) => a.outcome)).toEqual([
      'denied',
    ]);
    // His assistant may not upload documents into his record.
    const uploaded = await upload(api, orlova, volkovId, { bytes: PDF, name: 'x.pdf' });
    expect(uploaded.status).toBe(403);
    const uploads = await auditOf(orlova.accountId, 'file.upload');
    expect(uploads.map((a) => [a.outcome, a.patientId])).toEqual([['denied', null]]);
    // Nor end his monitoring.
    expect((await endMonitoring(api, orlova, volkovId)).status).toBe(403);
    expect((await auditOf(orlova.accountId, 'monitoring.enrolment.end')).map((a) => a.outcome)).toEqual([
      'denied',
      'denied',
    ]);
    // And an access the route serves is "allowed", with the patient.
    const chart = api.client(smirnova).patients[':id']['bp-readings'];
    expect((await chart.$get({ param: { id: volkovId }, query: {} })).status).toBe(200);
    const reads = await auditOf(smirnova.accountId, 'bp-reading.read');
    expect(reads.map((a) => [a.outcome, a.patientId])).toEqual([['allowed', volkovId]]);
  });

  it('writes "denied" when a consultation participant uses a route for another part', async () => {
    const [appointment] = await api.deps.database.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.patientId, elenaId), eq(appointments.practitionerId, lebedevId)));
    // The doctor may read the consultation, but cancelling here is the patient's.
    const visit = api.client(lebedev).appointments[':id'];
    const param = { id: appointment!.id };
    expect((await visit.$get({ param })).status).toBe(200);
    const cancel = await visit.cancel.$post({ param });
    expect(cancel.status).toBe(403);
    const rows = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorAccountId, lebedev.accountId), eq(auditEvents.resourceId, appointment!.id)),
      );
    expect(rows.map((r) => `${r.action}:${r.outcome}`).sort()).toEqual([
      'appointment.cancel:denied',
      'appointment.read:allowed',
    ]);
  });

  it('writes "denied" for a questionnaire a doctor may read but not answer', async () => {
    const started = await api.client(elena).anamnesis.$post({
      json: { patientId: elenaId, complaintText: 'Headache and high pressure', locale: 'en' },
    });
    expect(started.status).toBe(201);
    const { id } = await parseResponse(started);
    const questionnaire = api.client(lebedev).anamnesis[':id'];
    expect((await questionnaire.$get({ param: { id } })).status).toBe(200);
    const finish = await questionnaire.finish.$post({ param: { id } });
    expect(finish.status).toBe(403);
    const rows = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorAccountId, lebedev.accountId), eq(auditEvents.resourceId, id)));
    expect(rows.map((r) => `${r.action}:${r.outcome}`).sort()).toEqual([
      'anamnesis.finish:denied',
      'anamnesis.read:allowed',
    ]);
  });
});
