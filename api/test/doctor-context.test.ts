import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, monitoringAlerts } from '../src/db/schema/index.js';
import { evaluatePatient } from '../src/domains/monitoring/evaluation.js';
import { book } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

// What reaches the doctor before a consultation: the patient's reason, and an assistant's escalation.
const api = useTestApi();

let john: TestSession; // books and queues with a reason
let johnId: string;
let volkov: TestSession; // monitored by nurse Orlova
let volkovId: string;
let anna: TestSession; // another family
let smirnova: TestSession; // therapist who sees both
let lebedev: TestSession; // another therapist
let kuznetsov: TestSession; // paediatrician
let orlova: TestSession;

beforeAll(async () => {
  john = await api.login('john.miller@demo.telemed');
  volkov = await api.login('nikolai.volkov@demo.telemed');
  anna = await api.login('anna.petrova@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  lebedev = await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
  kuznetsov = await api.login('dr.kuznetsov@demo.telemed', undefined, 'staff');
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  johnId = (await familyOf(api, john)).self.id;
  volkovId = (await familyOf(api, volkov)).self.id;
});

const scheduleOf = (session: TestSession) => api.client(session).me.appointments.$get({ query: {} });
const appointment = (id: string, session: TestSession) =>
  api.client(session).appointments[':id'].$get({ param: { id } });
const queueOf = (session: TestSession) => api.client(session)['urgent-queue'].$get();
const escalationOf = (id: string, session: TestSession) =>
  api.client(session).appointments[':id'].escalation.$get({ param: { id } });

describe('the reason for the visit', () => {
  it('reaches the booked doctor on the schedule and the appointment, and nobody else', async () => {
    const { doctors } = api.client(john);
    const { items } = await parseResponse(
      doctors.$get({ query: { specialty: 'therapist', patientId: johnId, format: 'video' } }),
    );
    const doctor = items.find((d) => d.fullName.en === 'Elena Smirnova')!;
    const { items: slots } = await parseResponse(
      doctors[':id'].slots.$get({ param: { id: doctor.id }, query: { days: '3', format: 'video' } }),
    );
    const reason = 'Dry cough for a week, worse at night';
    const booked = await book(api, john, {
      patientId: johnId,
      slotId: slots[3]!.id,
      format: 'video',
      reason,
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    const { id } = await parseResponse(booked);

    const schedule = await parseResponse(scheduleOf(smirnova));
    expect(schedule.items.find((i) => i.id === id)).toMatchObject({ reason, patient: { id: johnId } });
    expect(await parseResponse(appointment(id, smirnova))).toMatchObject({ reason });
    // The patient reads their own words back; another doctor or family does not learn them.
    expect((await parseResponse(appointment(id, john))).reason).toBe(reason);
    for (const outsider of [lebedev, anna]) {
      const res = await appointment(id, outsider);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(reason);
    }
    const lebedevSchedule = await parseResponse(scheduleOf(lebedev));
    expect(lebedevSchedule.items.map((i) => i.id)).not.toContain(id);
  });

  it('shows an urgent request with its name and reason to the specialty only, audited', async () => {
    const reason = 'Fever 38.5 since yesterday';
    const joined = await api.client(john)['urgent-queue'].$post({
      header: {},
      json: { patientId: johnId, specialty: 'therapist', format: 'video', reason },
    });
    expect(joined.status).toBe(201);
    const { appointment: request } = await parseResponse(joined);
    expect(request.reason).toBe(reason);

    const queue = await parseResponse(queueOf(smirnova));
    expect(queue.items.find((i) => i.id === request.id)).toMatchObject({
      reason,
      patient: { id: johnId, fullName: { en: 'John Miller' } },
      escalation: null,
    });
    const paediatric = await queueOf(kuznetsov);
    expect(await paediatric.text()).not.toContain(reason);
    expect((await queueOf(john)).status, 'patients do not read the doctors’ queue').toBe(403);

    const audited = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'urgent.queue.read'), eq(auditEvents.resourceId, request.id)));
    expect(audited.map((a) => [a.patientId, a.outcome])).toContainEqual([johnId, 'allowed']);
  });
});

describe('an escalated crisis', () => {
  let appointmentId: string;

  it('goes to the top of the queue with the flag, the note and the name, and is taken first', async () => {
    const crisis = await api.client(volkov).patients[':id']['bp-readings'].$post({
      param: { id: volkovId },
      json: {
        systolic: 196,
        diastolic: 118,
        pulse: 92,
        measuredAt: new Date(Date.now() - 120_000).toISOString(),
      },
    });
    expect(crisis.status).toBe(201);
    await evaluatePatient(api.deps.database.db, null, volkovId);
    const [alert] = await api.deps.database.db
      .select()
      .from(monitoringAlerts)
      .where(and(eq(monitoringAlerts.patientId, volkovId), eq(monitoringAlerts.kind, 'crisis')));
    const note = 'Severe headache, nausea; took nothing extra. Please see today.';
    const escalated = await api
      .client(orlova)
      .monitoring.alerts[':id'].escalate.$post({ param: { id: alert!.id }, json: { note } });
    expect(escalated.status).toBe(201);
    appointmentId = (await parseResponse(escalated)).appointmentId;

    const queue = await parseResponse(queueOf(smirnova));
    // Joined after John's request, listed before it.
    expect(queue.items[0]).toMatchObject({
      id: appointmentId,
      patient: { id: volkovId },
      escalation: { alert: { kind: 'crisis', severity: 'urgent' }, note: { text: note } },
    });
    expect(queue.items[0]!.reason).toMatch(/hypertensive crisis 196\/118/);
    const johnsRequest = queue.items.find((i) => i.patient.id === johnId)!;
    expect(johnsRequest.escalation).toBeNull();
    const status = await parseResponse(
      api.client(john)['urgent-queue'][':id'].$get({ param: { id: johnsRequest.id } }),
    );
    expect(status.position).toBe(2);

    const taken = await api.client(smirnova)['urgent-queue']['take-next'].$post();
    expect((await parseResponse(taken)).appointment.id).toBe(appointmentId);
  });

  it('gives the doctor the note, the readings that fired it and the threshold', async () => {
    const res = await escalationOf(appointmentId, smirnova);
    expect(res.status).toBe(200);
    const { items } = await parseResponse(res);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      alert: { kind: 'crisis', severity: 'urgent', values: { systolic: 196 }, threshold: { systolic: 180 } },
      note: {
        text: expect.stringMatching(/Severe headache/) as unknown,
        author: { en: expect.any(String) as unknown },
      },
      readings: [{ systolic: 196, diastolic: 118 }],
      target: { systolic: expect.any(Number) as unknown },
    });
  });

  it('is not readable by another doctor, the patient or another family, and the refusals are audited', async () => {
    for (const outsider of [lebedev, kuznetsov, volkov, anna, orlova]) {
      const res = await escalationOf(appointmentId, outsider);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Severe headache');
    }
    const rows = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'monitoring.escalation.read'), eq(auditEvents.resourceId, appointmentId)),
      );
    expect(rows.filter((r) => r.outcome === 'allowed')).toHaveLength(1);
    expect(rows.filter((r) => r.outcome === 'denied')).toHaveLength(5);
  });

  it('is empty for a consultation nobody escalated, and then the patient is told of no such read', async () => {
    const { items } = await parseResponse(scheduleOf(smirnova));
    const planned = items.find((i) => i.patient.id === johnId)!;
    expect(await parseResponse(escalationOf(planned.id, smirnova))).toEqual({ items: [] });
    // The pre-visit summary also asks for the questionnaire: none is attached, so nothing was read either.
    const questionnaire = await api
      .client(smirnova)
      .appointments[':id'].anamnesis.$get({ param: { id: planned.id } });
    expect(questionnaire.status).toBe(404);
    const rows = await api.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, planned.id), eq(auditEvents.actorAccountId, smirnova.accountId)));
    expect(rows.map((r) => r.action)).not.toContain('monitoring.escalation.read');
    expect(rows.map((r) => r.action)).not.toContain('anamnesis.read');
    const log = await parseResponse(
      api.client(john).patients[':id']['access-log'].$get({ param: { id: johnId }, query: {} }),
    );
    const said = log.items.map((e) => e.what.en);
    expect(said).not.toContain('read an escalated blood-pressure alert');
    expect(said).not.toContain('read the symptom questionnaire');
  });
});
