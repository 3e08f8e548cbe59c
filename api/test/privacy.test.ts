import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  careRequests,
  labOrders,
  monitoringAlerts,
  patients,
  practitioners,
} from '../src/db/schema/index.js';
import { NOT_FOUND_DETAIL } from '../src/http/problem.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };

let anna: TestSession;
let ivan: TestSession;
let annaFamily: Family;
let ivanFamily: Family;
let nikolaiId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaFamily = (await (await api.request('/me/family', { session: anna })).json()) as Family;
  ivanFamily = (await (await api.request('/me/family', { session: ivan })).json()) as Family;
  const [nikolai] = await api.deps.database.db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.birthDate, '1961-02-03'));
  nikolaiId = nikolai!.id;
});

const getPatient = (id: string, session?: TestSession) =>
  api.request(`/patients/${id}`, session ? { session } : {});

describe('who may see a patient', () => {
  it('answers 401 without a session', async () => {
    expect((await getPatient(annaFamily.self.id)).status).toBe(401);
    expect((await api.request('/me/family')).status).toBe(401);
  });

  it('answers 403 to a role the route is not for', async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed');
    const res = await api.request('/me/family', { session: doctor });
    expect(res.status).toBe(403);
  });

  it('lets a parent see themselves and both children under 15, with coverage', async () => {
    expect(annaFamily.children.map((c) => c.fullName.en).sort()).toEqual(['Mikhail Petrov', 'Sofia Petrova']);
    for (const id of [annaFamily.self.id, ...annaFamily.children.map((c) => c.id)]) {
      const res = await getPatient(id, anna);
      expect(res.status).toBe(200);
    }
    const profile = (await (await getPatient(annaFamily.self.id, anna)).json()) as {
      policy: { programme: { coverage: { service: string; covered: boolean }[] } };
    };
    expect(profile.policy.programme.coverage).toContainEqual(
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
    expect(((await missing.json()) as { detail: string }).detail).toBe(
      ((await (await getPatient(egor, anna)).json()) as { detail: string }).detail,
    );
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
    const family = (await (await api.request('/me/family', { session: anna })).json()) as Family;
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
    const res = (await (await api.request('/me/appointments', { session: anna })).json()) as {
      items: { patient: { id: string } }[];
    };
    const ids = new Set(res.items.map((i) => i.patient.id));
    expect(ids.has(annaFamily.self.id)).toBe(true);
    expect([...ids].some((id) => annaFamily.children.some((c) => c.id === id))).toBe(true);
    expect(ids.has(ivanFamily.self.id)).toBe(false);
  });

  it('show a doctor their own schedule only', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const res = (await (await api.request('/me/appointments', { session: smirnova })).json()) as {
      items: { practitioner: { fullName: { en: string } } }[];
    };
    expect(res.items.length).toBe(3);
    expect(new Set(res.items.map((i) => i.practitioner.fullName.en))).toEqual(new Set(['Elena Smirnova']));
  });
});

describe('404s reveal nothing', () => {
  const MISSING = '00000000-0000-4000-8000-000000000000';
  type Probe = {
    what: string;
    path: (id: string) => string;
    method?: string;
    json?: unknown;
    session: TestSession;
  };

  async function answer(probe: Probe, id: string) {
    const res = await api.request(probe.path(id), {
      method: probe.method ?? 'GET',
      session: probe.session,
      ...(probe.json !== undefined ? { json: probe.json } : {}),
    });
    return { status: res.status, body: (await res.json()) as { detail: string; title: string } };
  }

  it('answer the same body for an id that does not exist and for one the caller may not see', async () => {
    const db = api.deps.database.db;
    const smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
    const [smirnovaPractitioner] = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.accountId, smirnova.accountId));
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
    const form = new FormData();
    form.set('file', new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'x.pdf'));
    form.set('kind', 'test_result');
    const file = (await (
      await api.request(`/patients/${annaFamily.self.id}/files`, {
        method: 'POST',
        body: form,
        session: anna,
      })
    ).json()) as { id: string };
    const questionnaire = (await (
      await api.request('/anamnesis', {
        method: 'POST',
        session: anna,
        json: { patientId: annaFamily.self.id, complaintText: 'Sore throat', locale: 'en' },
      })
    ).json()) as { id: string };
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const [consult] = await db
      .insert(appointments)
      .values({
        patientId: annaFamily.self.id,
        practitionerId: smirnovaPractitioner!.id,
        specialtyCode: 'therapist',
        format: 'video',
        urgency: 'planned',
        status: 'in_progress',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        bookedByAccountId: anna.accountId,
      })
      .returning();
    const draft = (await (
      await api.request(`/appointments/${consult!.id}/conclusion/draft`, {
        method: 'PUT',
        session: smirnova,
        json: { complaints: 'Sore throat' },
      })
    ).json()) as { id: string };

    const probes: [Probe, string][] = [
      [{ what: 'patient', path: (id) => `/patients/${id}`, session: anna }, ivanFamily.self.id],
      [{ what: 'card', path: (id) => `/patients/${id}/medcard/timeline`, session: anna }, ivanFamily.self.id],
      [{ what: 'appointment', path: (id) => `/appointments/${id}`, session: anna }, ivanAppointment!.id],
      [{ what: 'file', path: (id) => `/files/${id}`, session: ivan }, file.id],
      [{ what: 'conclusion', path: (id) => `/conclusions/${id}`, session: anna }, draft.id],
      [{ what: 'questionnaire', path: (id) => `/anamnesis/${id}`, session: ivan }, questionnaire.id],
      [{ what: 'request', path: (id) => `/requests/${id}`, session: anna }, ivanRequest!.id],
      [
        { what: 'lab order', path: (id) => `/lab-orders/${id}/cancel`, method: 'POST', session: ivan },
        annaOrder!.id,
      ],
      [{ what: 'monitoring', path: (id) => `/monitoring/patients/${id}`, session: karpov }, nikolaiId],
      [
        {
          what: 'alert',
          path: (id) => `/monitoring/alerts/${id}/acknowledge`,
          method: 'POST',
          session: karpov,
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
