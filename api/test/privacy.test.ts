import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  careRequests,
  labOrders,
  monitoringAlerts,
  patients,
} from '../src/db/schema/index.js';
import { NOT_FOUND_DETAIL } from '../src/http/problem.js';
import { parseResponse } from 'hono/client';
import { upload } from './booking-fixtures.js';
import { insertAppointment, saveDraft } from './consultation-fixtures.js';
import { useTestApi, type TestSession, problemOf } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;
let ivanFamily: Awaited<ReturnType<typeof familyOf>>;
let nikolaiId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaFamily = await familyOf(api, anna);
  ivanFamily = await familyOf(api, ivan);
  const [nikolai] = await api.deps.database.db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.birthDate, '1961-02-03'));
  nikolaiId = nikolai!.id;
});

const getPatient = (id: string, session?: TestSession) =>
  api.client(session).patients[':id'].$get({ param: { id } });

describe('who may see a patient', () => {
  it('answers 401 without a session', async () => {
    expect((await getPatient(annaFamily.self.id)).status).toBe(401);
    expect((await api.client().me.family.$get()).status).toBe(401);
  });

  it('answers 403 to a role the route is not for', async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed');
    const res = await api.client(doctor).me.family.$get();
    expect(res.status).toBe(403);
  });

  it('lets a parent see themselves and both children under 15, with coverage', async () => {
    expect(annaFamily.children.map((c) => c.fullName.en).sort()).toEqual(['Mikhail Petrov', 'Sofia Petrova']);
    for (const id of [annaFamily.self.id, ...annaFamily.children.map((c) => c.id)]) {
      const res = await getPatient(id, anna);
      expect(res.status).toBe(200);
    }
    const profile = await parseResponse(getPatient(annaFamily.self.id, anna));
    expect(profile.policy!.programme.coverage).toContainEqual(
      expect.objectContaining({ service: 'telemedicine', covered: true }),
    );
  });

  it("hides another family's child behind a 404 and audits the refusal", async () => {
    const egor = ivanFamily.children[0]!.id;
    const res = await getPatient(egor, anna);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    // The same answer as for an id that does not exist at all.
    const missing = await getPatient('00000000-0000-4000-8000-000000000000', anna);
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).detail).toBe((await problemOf(await getPatient(egor, anna))).detail);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, egor), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
    expect(denied[0]).toMatchObject({
      actorAccountId: anna.accountId,
      action: 'patient.read',
      patientId: null,
    });
  });

  it('does not let a parent act for a child who has turned 15', async () => {
    const sofia = annaFamily.children.find((c) => c.fullName.en === 'Sofia Petrova')!.id;
    const fifteenYearsAgo = new Date();
    fifteenYearsAgo.setUTCFullYear(fifteenYearsAgo.getUTCFullYear() - 15);
    fifteenYearsAgo.setUTCDate(fifteenYearsAgo.getUTCDate() - 1);
    await api.deps.database.db
      .update(patients)
      .set({ birthDate: fifteenYearsAgo.toISOString().slice(0, 10) })
      .where(eq(patients.id, sofia));
    expect((await getPatient(sofia, anna)).status).toBe(404);
    const family = await familyOf(api, anna);
    expect(family.children.map((c) => c.id)).not.toContain(sofia);
  });

  it('lets a doctor see the patients booked with them, and no one else', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    expect((await getPatient(annaFamily.self.id, smirnova)).status).toBe(200);
    expect((await getPatient(annaFamily.children[0]!.id, smirnova)).status).toBe(404);
    const kuznetsov = await api.login('dr.kuznetsov@demo.telemed');
    const misha = annaFamily.children.find((c) => c.fullName.en === 'Mikhail Petrov')!.id;
    expect((await getPatient(misha, kuznetsov)).status).toBe(200);
    expect((await getPatient(annaFamily.self.id, kuznetsov)).status).toBe(404);
  });

  it('lets an assistant see only the patients enrolled with them', async () => {
    const orlova = await api.login('nurse.orlova@demo.telemed');
    expect((await getPatient(nikolaiId, orlova)).status).toBe(200);
    expect((await getPatient(annaFamily.self.id, orlova)).status).toBe(404);
    const karpov = await api.login('nurse.karpov@demo.telemed');
    expect((await getPatient(nikolaiId, karpov)).status).toBe(404);
  });

  it('gives an admin no clinical content', async () => {
    const admin = await api.login('admin@demo.telemed');
    expect((await getPatient(annaFamily.self.id, admin)).status).toBe(404);
  });

  it('writes an audit event for every allowed read of medical data', async () => {
    const before = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, annaFamily.self.id), eq(auditEvents.outcome, 'allowed')));
    await getPatient(annaFamily.self.id, anna);
    const after = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, annaFamily.self.id), eq(auditEvents.outcome, 'allowed')));
    expect(after.length).toBe(before.length + 1);
  });
});

describe('appointments lists', () => {
  it("show a parent their own and their children's consultations", async () => {
    const res = await parseResponse(api.client(anna).me.appointments.$get({ query: {} }));
    const ids = new Set(res.items.map((i) => i.patient.id));
    expect(ids.has(annaFamily.self.id)).toBe(true);
    expect([...ids].some((id) => annaFamily.children.some((c) => c.id === id))).toBe(true);
    expect(ids.has(ivanFamily.self.id)).toBe(false);
  });

  it('show a doctor their own schedule only', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const res = await parseResponse(api.client(smirnova).me.appointments.$get({ query: {} }));
    expect(res.items.length).toBe(3);
    expect(new Set(res.items.map((i) => i.practitioner?.fullName.en))).toEqual(new Set(['Elena Smirnova']));
  });

  it("record each patient on the doctor's polled day once per session window", async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const recorded = async () =>
      (
        await api.deps.database.db
          .select({ patientId: auditEvents.patientId })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.action, 'appointment.list'),
              eq(auditEvents.actorAccountId, smirnova.accountId),
            ),
          )
      ).map((r) => r.patientId);
    const before = (await recorded()).length;
    const poll = () => parseResponse(api.client(smirnova).me.appointments.$get({ query: {} }));
    const listed = new Set((await poll()).items.map((i) => i.patient.id));
    expect(listed.size).toBeGreaterThan(0);
    const afterFirst = await recorded();
    expect(afterFirst).toHaveLength(before + listed.size);
    for (const id of listed) expect(afterFirst).toContain(id);
    await poll();
    await poll();
    expect((await recorded()).length).toBe(before + listed.size);
  });
});

describe('404s reveal nothing', () => {
  const MISSING = '00000000-0000-4000-8000-000000000000';
  type Probe = { what: string; call: (id: string) => Promise<Response> };

  async function answer(probe: Probe, id: string) {
    const res = await probe.call(id);
    return { status: res.status, body: await problemOf(res) };
  }

  it('answer the same body for an id that does not exist and for one the caller may not see', async () => {
    const db = api.deps.database.db;
    const smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
    const smirnovaId = await practitionerIdOf(api, { accountId: smirnova.accountId });
    // Someone else's thing of every kind: Ivan's appointment and second-opinion request, Anna's lab order,
    // file, questionnaire and draft conclusion, a patient monitored by Orlova and
    // an alert of another of hers.
    const [ivanAppointment] = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.patientId, ivanFamily.self.id));
    const [ivanRequest] = await db
      .select({ id: careRequests.id })
      .from(careRequests)
      .where(eq(careRequests.patientId, ivanFamily.self.id));
    const [annaOrder] = await db
      .select({ id: labOrders.id })
      .from(labOrders)
      .where(eq(labOrders.patientId, annaFamily.self.id));
    const [galinaAlert] = await db
      .select({ id: monitoringAlerts.id })
      .from(monitoringAlerts)
      .innerJoin(patients, eq(patients.id, monitoringAlerts.patientId))
      .where(eq(patients.birthDate, '1956-11-21'));
    const file = await parseResponse(
      upload(api, anna, annaFamily.self.id, { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'x.pdf' }),
    );
    const questionnaire = await parseResponse(
      api.client(anna).anamnesis.$post({
        json: { patientId: annaFamily.self.id, complaintText: 'Sore throat', locale: 'en' },
      }),
    );
    const consult = await insertAppointment(api, {
      patientId: annaFamily.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: -10,
      status: 'in_progress',
    });
    const draft = await parseResponse(saveDraft(api, smirnova, consult.id, { complaints: 'Sore throat' }));

    const asAnna = api.client(anna);
    const asIvan = api.client(ivan);
    const asKarpov = api.client(karpov);
    const probes: [Probe, string][] = [
      [{ what: 'patient', call: (id) => asAnna.patients[':id'].$get({ param: { id } }) }, ivanFamily.self.id],
      [
        {
          what: 'card',
          call: (id) => asAnna.patients[':id'].medcard.timeline.$get({ param: { id }, query: {} }),
        },
        ivanFamily.self.id,
      ],
      [
        { what: 'appointment', call: (id) => asAnna.appointments[':id'].$get({ param: { id } }) },
        ivanAppointment!.id,
      ],
      [{ what: 'file', call: (id) => asIvan.files[':id'].$get({ param: { id } }) }, file.id],
      [{ what: 'conclusion', call: (id) => asAnna.conclusions[':id'].$get({ param: { id } }) }, draft.id],
      [
        { what: 'questionnaire', call: (id) => asIvan.anamnesis[':id'].$get({ param: { id } }) },
        questionnaire.id,
      ],
      [{ what: 'request', call: (id) => asAnna.requests[':id'].$get({ param: { id } }) }, ivanRequest!.id],
      [
        { what: 'lab order', call: (id) => asIvan['lab-orders'][':id'].cancel.$post({ param: { id } }) },
        annaOrder!.id,
      ],
      [
        {
          what: 'monitoring',
          call: (id) => asKarpov.monitoring.patients[':id'].$get({ param: { id }, query: {} }),
        },
        nikolaiId,
      ],
      [
        {
          what: 'alert',
          call: (id) => asKarpov.monitoring.alerts[':id'].acknowledge.$post({ param: { id } }),
        },
        galinaAlert!.id,
      ],
    ];
    for (const [probe, forbiddenId] of probes) {
      const forbidden = await answer(probe, forbiddenId);
      const missing = await answer(probe, MISSING);
      expect([probe.what, forbidden.status]).toEqual([probe.what, 404]);
      expect([probe.what, missing.status]).toEqual([probe.what, 404]);
      expect([probe.what, forbidden.body.detail]).toEqual([probe.what, NOT_FOUND_DETAIL]);
      expect([probe.what, { ...forbidden.body, instance: null }]).toEqual([
        probe.what,
        { ...missing.body, instance: null },
      ]);
    }
  });
});
