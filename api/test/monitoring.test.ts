import { and, eq, or } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  bpReadings,
  monitoringAlerts,
  notifications,
} from '../src/db/schema/index.js';
import { evaluatePatient, runMonitoringJob } from '../src/domains/monitoring/evaluation.js';
import { importResultSchema } from '../src/domains/monitoring/schemas.js';

import { type TestSession, useTestApi, problemOf } from './harness.js';
import { addReading, enrol, monitoringPage } from './monitoring-fixtures.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

let volkov: TestSession; // enrolled with nurse Orlova
let volkovId: string;
let kozlovId: string; // enrolled with nurse Karpov
let orlova: TestSession;
let karpov: TestSession;
let anna: TestSession; // another family
let smirnova: TestSession; // therapist

const readingsOf = (patientId: string) =>
  api.deps.database.db.select().from(bpReadings).where(eq(bpReadings.patientId, patientId));
const chartOf = (session: TestSession, id: string) =>
  api.client(session).patients[':id']['bp-readings'].$get({ param: { id }, query: {} });
const importCsv = (csv: string) =>
  api.client(volkov).patients[':id']['bp-readings'].import.$post({ param: { id: volkovId }, json: { csv } });
const worklistOf = (session: TestSession) =>
  parseResponse(api.client(session).monitoring.worklist.$get({ query: {} }));
const alert = (session: TestSession) => api.client(session).monitoring.alerts[':id'];

beforeAll(async () => {
  volkov = await api.login('nikolai.volkov@demo.telemed');
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
  anna = await api.login('anna.petrova@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  volkovId = (await familyOf(api, volkov)).self.id;
  const kozlov = await api.login('sergey.kozlov@demo.telemed');
  kozlovId = (await familyOf(api, kozlov)).self.id;
});

describe('manual readings', () => {
  it('stores a reading once however often it is sent', async () => {
    const body = {
      systolic: 128,
      diastolic: 79,
      pulse: 66,
      measuredAt: minutesAgo(30),
      arm: 'left',
    } as const;
    const before = (await readingsOf(volkovId)).length;
    const first = await parseResponse(addReading(api, volkov, volkovId, body));
    const again = await parseResponse(addReading(api, volkov, volkovId, body));
    expect(first).toMatchObject({ inserted: 1, duplicates: 0, ambulance: false, advice: [] });
    expect(again).toMatchObject({ inserted: 0, duplicates: 1 });
    expect(await readingsOf(volkovId)).toHaveLength(before + 1);
  });

  it('rejects impossible values with a message in both languages', async () => {
    const res = await addReading(api, volkov, volkovId, {
      systolic: 80,
      diastolic: 95,
      measuredAt: minutesAgo(1),
    });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.detail).toMatch(/Systolic \(80\) must be higher than diastolic \(95\)/);
    expect(problem.detail).toMatch(/Верхнее давление \(80\) должно быть больше нижнего \(95\)/);
    const future = await addReading(api, volkov, volkovId, {
      systolic: 120,
      diastolic: 80,
      measuredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.status).toBe(400);
  });

  it('refuses a reading dated before 2000 in both languages', async () => {
    // The request schema already refuses dates before 1900; the reading check refuses 1900–1999.
    for (const measuredAt of ['1950-06-01T08:00:00Z', '1999-12-31T23:59:00Z']) {
      const res = await addReading(api, volkov, volkovId, { systolic: 120, diastolic: 80, measuredAt });
      expect(res.status).toBe(400);
      const problem = await problemOf(res);
      expect(problem.detail).toMatch(/The measurement date cannot be earlier than 2000-01-01/);
      expect(problem.detail).toMatch(/Дата измерения не может быть раньше 01\.01\.2000/);
    }
  });

  it('tells the patient to call an ambulance for a crisis with warning symptoms', async () => {
    const result = await parseResponse(
      addReading(api, volkov, volkovId, {
        systolic: 192,
        diastolic: 115,
        measuredAt: minutesAgo(20),
        symptoms: ['chest_pain'],
      }),
    );
    expect(result.ambulance).toBe(true);
    expect(result.advice.map((a) => a.kind)).toEqual(['crisis']);
  });

  it('refuses another family (404) and a doctor (403 for a patient they treat)', async () => {
    const body = { systolic: 120, diastolic: 80, measuredAt: minutesAgo(5) };
    const stranger = await addReading(api, anna, volkovId, body);
    expect(stranger.status).toBe(404);
    expect((await chartOf(anna, volkovId)).status).toBe(404);
    const doctor = await addReading(api, smirnova, volkovId, body);
    expect(doctor.status).toBe(403);
    // Dr Smirnova treats him (a booked consult), so she may read the chart.
    expect((await chartOf(smirnova, volkovId)).status).toBe(200);
  });

  it('refuses readings for a patient who is not enrolled', async () => {
    const annaId = (await familyOf(api, anna)).self.id;
    const res = await addReading(api, anna, annaId, {
      systolic: 120,
      diastolic: 80,
      measuredAt: minutesAgo(5),
    });
    expect(res.status).toBe(409);
  });
});

describe('CSV import', () => {
  const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  const omron = [
    'Date,Time,SYS(mmHg),DIA(mmHg),Pulse(bpm)',
    `${day(2)},07:30,131,83,70`,
    `${day(2)},21:00,127,80,68`,
    `${day(1)},07:30,135,84,71`,
  ].join('\n');

  it('imports an Omron export once; a second import only counts duplicates', async () => {
    const first = await parseResponse(importCsv(omron));
    expect(first).toMatchObject({ inserted: 3, duplicates: 0 });
    const again = await parseResponse(importCsv(omron));
    expect(again).toMatchObject({ inserted: 0, duplicates: 3 });
  });

  it('imports the Russian semicolon variant', async () => {
    const [y, m, d] = day(3).split('-');
    const csv = `Дата;Время;САД;ДАД;Пульс\n${d}.${m}.${y};08:05;129;81;69\n${d}.${m}.${y};20:40;133;82;\n`;
    const result = await parseResponse(importCsv(csv));
    expect(result).toMatchObject({ inserted: 2, duplicates: 0 });
  });

  it('rejects the whole file for one bad row, naming the rows, and writes nothing', async () => {
    const before = (await readingsOf(volkovId)).length;
    const csv = [
      'date,time,systolic,diastolic,pulse',
      `${day(4)},07:00,130,80,70`,
      `${day(4)},08:00,80,90,70`,
      `${day(4)},09:00,abc,80,70`,
      `${day(4)},10:00,120,80,300`,
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors!.map((e) => e.path)).toEqual(['row 3', 'row 4', 'row 5']);
    expect(problem.detail).toMatch(/nothing was saved/);
    expect(await readingsOf(volkovId)).toHaveLength(before);
    const header = await importCsv('when,high,low\n1,2,3');
    expect(header.status).toBe(400);
  });
});

describe('FHIR Observation', () => {
  const observation = (overrides: { code?: string; unit?: string; drop?: string; at?: string } = {}) => ({
    resourceType: 'Observation',
    status: 'final',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' },
        ],
      },
    ],
    code: { coding: [{ system: 'http://loinc.org', code: overrides.code ?? '85354-9' }] },
    subject: { reference: `Patient/${volkovId}` },
    effectiveDateTime: overrides.at ?? '2026-01-10T08:00:00+03:00',
    component: [
      {
        code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
        valueQuantity: {
          value: 138,
          unit: 'mmHg',
          system: 'http://unitsofmeasure.org',
          code: overrides.unit ?? 'mm[Hg]',
        },
      },
      {
        code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
        valueQuantity: { value: 86, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
      },
      {
        code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
        valueQuantity: { value: 72, unit: 'beats/minute', system: 'http://unitsofmeasure.org', code: '/min' },
      },
    ].filter((c) => c.code.coding[0]!.code !== overrides.drop),
  });
  // Raw on purpose: sent as application/fhir+json, which the typed client (JSON only) cannot.
  const post = (body: unknown, session = volkov) =>
    api.request('/fhir/Observation', {
      method: 'POST',
      session,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/fhir+json' },
    });

  const imported = async (res: Promise<Response>) => importResultSchema.parse(await (await res).json());

  it('stores an Observation once', async () => {
    const first = await imported(post(observation()));
    expect(first).toMatchObject({ inserted: 1, duplicates: 0 });
    const again = await imported(post(observation()));
    expect(again).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('accepts a batch Bundle, duplicates included', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        {
          resource: observation({ at: '2026-01-11T08:00:00+03:00' }),
          request: { method: 'POST', url: 'Observation' },
        },
        { resource: observation(), request: { method: 'POST', url: 'Observation' } },
      ],
    };
    expect(await imported(post(bundle))).toMatchObject({ inserted: 1, duplicates: 1 });
  });

  it('rejects a wrong LOINC code, a wrong unit and a missing component', async () => {
    for (const [body, message] of [
      [observation({ code: '8310-5' }), /LOINC 85354-9/],
      [observation({ unit: 'kPa' }), /UCUM "mm\[Hg\]", not "kPa"/],
      [observation({ drop: '8462-4' }), /component LOINC 8462-4 is missing/],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await problemOf(res)).detail).toMatch(message);
    }
    const before = (await readingsOf(volkovId)).length;
    const mixed = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: observation({ at: '2026-01-12T08:00:00Z' }) },
        { resource: observation({ unit: 'kPa' }) },
      ],
    };
    expect((await post(mixed)).status).toBe(400);
    expect(await readingsOf(volkovId)).toHaveLength(before);
  });

  it('refuses an impossible date instead of rolling it over to the next month or day', async () => {
    const before = (await readingsOf(volkovId)).length;
    for (const at of ['2026-02-30T08:00:00Z', '2026-01-14T24:00:00+03:00']) {
      const res = await post(observation({ at }));
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors).toEqual([
        { path: 'effectiveDateTime', message: expect.stringMatching(/not a real calendar date and time/) },
      ]);
    }
    expect(await readingsOf(volkovId)).toHaveLength(before);
  });

  it("refuses another family's patient and a nurse who does not monitor them", async () => {
    expect((await post(observation({ at: '2026-01-13T08:00:00Z' }), anna)).status).toBe(404);
    expect((await post(observation({ at: '2026-01-13T08:00:00Z' }), karpov)).status).toBe(404);
    expect((await post(observation({ at: '2026-01-13T08:00:00Z' }), orlova)).status).toBe(200);
  });
});

describe('evaluation job', () => {
  it('raises each alert once however often it runs, and notifies the assistant and patient of a crisis', async () => {
    const db = api.deps.database.db;
    await addReading(api, volkov, volkovId, {
      systolic: 185,
      diastolic: 118,
      pulse: 96,
      measuredAt: minutesAgo(3),
    });
    const log = api.deps.logger;
    await runMonitoringJob(db, api.deps.queues.notifications, log, { patientId: volkovId });
    const count = async () =>
      (await db.select().from(monitoringAlerts).where(eq(monitoringAlerts.patientId, volkovId))).length;
    const after = await count();
    await runMonitoringJob(db, api.deps.queues.notifications, log, { patientId: volkovId });
    await evaluatePatient(db, api.deps.queues.notifications, volkovId);
    await runMonitoringJob(db, api.deps.queues.notifications, log, { daily: true });
    expect(await count()).toBe(after);
    const crises = await db
      .select()
      .from(monitoringAlerts)
      .where(and(eq(monitoringAlerts.patientId, volkovId), eq(monitoringAlerts.kind, 'crisis')));
    expect(crises.length).toBeGreaterThanOrEqual(2); // 192/115 above and 185/118 now
    const sent = await db.select().from(notifications).where(eq(notifications.kind, 'monitoring_alert'));
    expect(sent.filter((n) => n.accountId === orlova.accountId)).toHaveLength(crises.length);
    expect(sent.filter((n) => n.accountId === volkov.accountId)).toHaveLength(crises.length);
  });

  it('seeded alerts: a high average for Galina Ivanova, an adherence alert for Sergey Kozlov', async () => {
    const { items } = await worklistOf(orlova);
    const kinds = items.map((i) => i.alerts.map((a) => a.kind));
    expect(items[0]!.patientId).toBe(volkovId); // urgent first
    expect(items[0]!.alerts[0]!.severity).toBe('urgent');
    expect(kinds.flat()).toContain('high_average');
    const karpovList = await worklistOf(karpov);
    expect(karpovList.items.map((i) => i.patientId)).toEqual([kozlovId]);
    expect(karpovList.items[0]!.alerts.map((a) => a.kind)).toEqual(['no_readings']);
  });
  it('records each listed patient once per session window, not on every poll', async () => {
    const nurse = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
    const rows = async () =>
      (
        await api.deps.database.db
          .select({ patientId: auditEvents.patientId })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.action, 'monitoring.worklist'),
              eq(auditEvents.actorAccountId, nurse.accountId),
            ),
          )
      ).length;
    const poll = () => worklistOf(nurse);
    const before = await rows();
    const { items } = await poll();
    const listed = new Set(items.map((i) => i.patientId)).size;
    expect(listed).toBeGreaterThan(0);
    expect((await rows()) - before).toBe(listed);
    await poll();
    await poll();
    expect((await rows()) - before).toBe(listed); // the same session again: already on record
    const other = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
    await worklistOf(other);
    expect((await rows()) - before).toBe(2 * listed); // another session is another access
  });
});

describe('the assistant at work', () => {
  it('shows the patient page with readings, average, target and notes; refuses other nurses', async () => {
    const res = await monitoringPage(api, orlova, volkovId, { days: '30' });
    expect(res.status).toBe(200);
    const view = await parseResponse(res);
    expect(view.readings.length).toBeGreaterThan(40);
    expect(view.average7d!.count).toBeGreaterThan(5);
    expect(view.target!.systolic).toBe(135);
    expect((await monitoringPage(api, karpov, volkovId)).status).toBe(404);
    expect((await monitoringPage(api, volkov, volkovId)).status).toBe(403);
  });

  it('acknowledges, notes, and refuses a colleague and a second acknowledge', async () => {
    const [crisis] = await api.deps.database.db
      .select()
      .from(monitoringAlerts)
      .where(and(eq(monitoringAlerts.patientId, volkovId), eq(monitoringAlerts.kind, 'crisis')));
    const param = { id: crisis!.id };
    expect((await alert(karpov).acknowledge.$post({ param })).status).toBe(404);
    const ack = await alert(orlova).acknowledge.$post({ param });
    expect(ack.status).toBe(200);
    expect((await parseResponse(ack)).status).toBe('acknowledged');
    expect((await alert(orlova).acknowledge.$post({ param })).status).toBe(409);
    const notes = (session: TestSession) => api.client(session).monitoring.patients[':id'].notes;
    const note = await notes(orlova).$post({
      param: { id: volkovId },
      json: { channel: 'phone', text: 'Called: took amlodipine late, feels fine.', alertId: crisis!.id },
    });
    expect(note.status).toBe(201);
    const other = await notes(karpov).$post({
      param: { id: volkovId },
      json: { channel: 'phone', text: 'x' },
    });
    expect(other.status).toBe(404);
    const resolved = await alert(orlova).resolve.$post({ param });
    expect((await parseResponse(resolved)).status).toBe('resolved');
  });

  it('escalates a crisis into a waiting urgent video consult with the context, in the therapists’ queue', async () => {
    const db = api.deps.database.db;
    const [crisis] = await db
      .select()
      .from(monitoringAlerts)
      .where(
        and(
          eq(monitoringAlerts.patientId, volkovId),
          eq(monitoringAlerts.kind, 'crisis'),
          eq(monitoringAlerts.status, 'open'),
        ),
      );
    const escalate = (note: string) =>
      alert(orlova).escalate.$post({ param: { id: crisis!.id }, json: { note } });
    const res = await escalate('Headache since morning, no chest pain.');
    expect(res.status).toBe(201);
    const { appointmentId, alert: escalated } = await parseResponse(res);
    expect(escalated).toMatchObject({ status: 'escalated', escalatedAppointmentId: appointmentId });
    const [appt] = await db.select().from(appointments).where(eq(appointments.id, appointmentId));
    expect(appt).toMatchObject({
      urgency: 'urgent',
      status: 'waiting',
      specialtyCode: 'therapist',
      format: 'video',
    });
    expect(appt!.reason).toMatch(/Headache since morning/);
    expect(appt!.reason).toMatch(/hypertensive crisis \d+\/\d+/);
    expect(appt!.reason).toMatch(/7-day average \d+\/\d+/);
    const queue = await parseResponse(api.client(smirnova)['urgent-queue'].$get());
    expect(queue.items.map((i) => i.id)).toContain(appointmentId);
    // Escalated once: a second escalation is refused.
    const again = await escalate('again');
    expect(again.status).toBe(409);
  });

  it('audits reads and refusals', async () => {
    const rows = await api.deps.database.db
      .select()
      .from(auditEvents)
      // Refusals name the patient only as the resource; alert actions have the alert as the resource.
      .where(or(eq(auditEvents.resourceId, volkovId), eq(auditEvents.patientId, volkovId)));
    const actions = new Set(rows.map((r) => `${r.action}:${r.outcome}`));
    expect(actions).toContain('monitoring.patient.read:allowed');
    expect(actions).toContain('monitoring.patient.read:denied');
    expect(actions).toContain('bp-reading.create:denied');
    expect(actions).toContain('monitoring.alert.escalate:allowed');
  });
});

describe('enrolment', () => {
  it('lets a treating doctor enrol a patient and the assistant change the target', async () => {
    const annaId = (await familyOf(api, anna)).self.id;
    const body = {
      patientId: annaId,
      assistantId: await practitionerIdOf(api, orlova),
      targetSystolic: 130,
      targetDiastolic: 80,
      note: 'Stage 1 hypertension on lisinopril',
    };
    // An assistant may only propose (api/test/enrolment.test.ts), never enrol, with herself or a colleague.
    for (const assistant of [karpov, orlova]) {
      expect((await enrol(api, assistant, body)).status).toBe(403);
    }
    // A patient may not enrol themselves.
    expect((await enrol(api, anna, body)).status).toBe(403);
    const bad = await enrol(api, smirnova, { ...body, targetSystolic: 70 });
    expect(bad.status).toBe(400);
    const res = await enrol(api, smirnova, body);
    expect(res.status).toBe(201);
    expect((await enrol(api, smirnova, body)).status).toBe(409);
    const mine = await parseResponse(api.client(anna).me.monitoring.$get());
    expect(mine.enrolledPatientIds).toEqual([annaId]);
    const retarget = (session: TestSession, json = { targetSystolic: 125, targetDiastolic: 80 }) =>
      api.client(session).monitoring.patients[':id'].enrolment.$patch({ param: { id: annaId }, json });
    // Each bound alone passes (100–160 / 60–100): the answer names the diastolic value and says why.
    const inverted = await retarget(orlova, { targetSystolic: 100, targetDiastolic: 100 });
    expect(inverted.status).toBe(400);
    expect(await problemOf(inverted)).toMatchObject({
      code: 'monitoring.target_diastolic_not_below',
      params: { field: 'targetDiastolic' },
      detail: 'Invalid request body: targetDiastolic: the diastolic target must be below the systolic target',
      errors: [{ path: 'targetDiastolic', code: 'monitoring.target_diastolic_not_below' }],
    });
    expect((await retarget(orlova)).status).toBe(200);
    expect((await retarget(karpov)).status).toBe(404);
  });

  it('refuses a doctor who does not treat the patient (404) and an unknown patient', async () => {
    const lebedev = await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
    const body = {
      assistantId: await practitionerIdOf(api, karpov),
      targetSystolic: 130,
      targetDiastolic: 80,
    };
    const annaId = (await familyOf(api, anna)).self.id;
    const res = await enrol(api, lebedev, { ...body, patientId: annaId });
    expect(res.status).toBe(404);
    const unknown = await enrol(api, smirnova, {
      ...body,
      patientId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
  });
});
