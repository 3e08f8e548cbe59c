import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, monitoringAlerts } from '../src/db/schema/index.js';
import { evaluatePatient } from '../src/domains/monitoring/evaluation.js';
import { json, type TestSession, useTestApi } from './harness.js';

// What reaches the doctor before a consultation: the patient's reason, and an assistant's escalation.
const api = useTestApi();

type Family = { self: { id: string } };
type Doctor = { id: string; fullName: { en: string } };
type Slot = { id: string };
type Item = { id: string; reason: string | null; patient: { id: string; fullName: { en: string } } };
type QueueItem = Item & {
  escalation: { alert: { kind: string; severity: string }; note: { text: string } | null } | null;
};
type Escalation = {
  alert: { kind: string; severity: string; threshold: { systolic: number }; values: { systolic: number } };
  note: { text: string; author: { en: string } } | null;
  readings: { systolic: number; diastolic: number; measuredAt: string }[];
  target: { systolic: number; diastolic: number } | null;
};

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
  johnId = (await json<Family>(api.request('/me/family', { session: john }))).self.id;
  volkovId = (await json<Family>(api.request('/me/family', { session: volkov }))).self.id;
});

describe('the reason for the visit', () => {
  it('reaches the booked doctor on the schedule and the appointment, and nobody else', async () => {
    const { items: doctors } = await json<{ items: Doctor[] }>(
      api.request(`/doctors?specialty=therapist&patientId=${johnId}&format=video`, { session: john }),
    );
    const doctor = doctors.find((d) => d.fullName.en === 'Elena Smirnova')!;
    const { items: slots } = await json<{ items: Slot[] }>(
      api.request(`/doctors/${doctor.id}/slots?days=3&format=video`, { session: john }),
    );
    const reason = 'Dry cough for a week, worse at night';
    const booked = await api.request('/appointments', {
      method: 'POST',
      session: john,
      json: { patientId: johnId, slotId: slots[3]!.id, format: 'video', reason },
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    const { id } = await json<Item>(booked);

    const schedule = await json<{ items: Item[] }>(api.request('/me/appointments', { session: smirnova }));
    expect(schedule.items.find((i) => i.id === id)).toMatchObject({ reason, patient: { id: johnId } });
    expect(await json<Item>(api.request(`/appointments/${id}`, { session: smirnova }))).toMatchObject({
      reason,
    });
    // The patient reads their own words back; another doctor or family does not learn them.
    expect((await json<Item>(api.request(`/appointments/${id}`, { session: john }))).reason).toBe(reason);
    for (const outsider of [lebedev, anna]) {
      const res = await api.request(`/appointments/${id}`, { session: outsider });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(reason);
    }
    const lebedevSchedule = await json<{ items: Item[] }>(
      api.request('/me/appointments', { session: lebedev }),
    );
    expect(lebedevSchedule.items.map((i) => i.id)).not.toContain(id);
  });

  it('shows an urgent request with its name and reason to the specialty only, audited', async () => {
    const reason = 'Fever 38.5 since yesterday';
    const joined = await api.request('/urgent-queue', {
      method: 'POST',
      session: john,
      json: { patientId: johnId, specialty: 'therapist', format: 'video', reason },
    });
    expect(joined.status).toBe(201);
    const { appointment } = await json<{ appointment: Item }>(joined);
    expect(appointment.reason).toBe(reason);

    const queue = await json<{ items: QueueItem[] }>(api.request('/urgent-queue', { session: smirnova }));
    expect(queue.items.find((i) => i.id === appointment.id)).toMatchObject({
      reason,
      patient: { id: johnId, fullName: { en: 'John Miller' } },
      escalation: null,
    });
    const paediatric = await api.request('/urgent-queue', { session: kuznetsov });
    expect(await paediatric.text()).not.toContain(reason);
    expect(
      (await api.request('/urgent-queue', { session: john })).status,
      'patients do not read the doctors’ queue',
    ).toBe(403);

    const audited = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'urgent.queue.read'), eq(auditEvents.resourceId, appointment.id)));
    expect(audited.map((a) => [a.patientId, a.outcome])).toContainEqual([johnId, 'allowed']);
  });
});

describe('an escalated crisis', () => {
  let appointmentId: string;

  it('goes to the top of the queue with the flag, the note and the name, and is taken first', async () => {
    const crisis = await api.request(`/patients/${volkovId}/bp-readings`, {
      method: 'POST',
      session: volkov,
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
    const escalated = await api.request(`/monitoring/alerts/${alert!.id}/escalate`, {
      method: 'POST',
      session: orlova,
      json: { note },
    });
    expect(escalated.status).toBe(201);
    appointmentId = (await json<{ appointmentId: string }>(escalated)).appointmentId;

    const queue = await json<{ items: QueueItem[] }>(api.request('/urgent-queue', { session: smirnova }));
    // Joined after John's request, listed before it.
    expect(queue.items[0]).toMatchObject({
      id: appointmentId,
      patient: { id: volkovId },
      escalation: { alert: { kind: 'crisis', severity: 'urgent' }, note: { text: note } },
    });
    expect(queue.items[0]!.reason).toMatch(/hypertensive crisis 196\/118/);
    const johnsRequest = queue.items.find((i) => i.patient.id === johnId)!;
    expect(johnsRequest.escalation).toBeNull();
    const status = await json<{ position: number }>(
      api.request(`/urgent-queue/${johnsRequest.id}`, { session: john }),
    );
    expect(status.position).toBe(2);

    const taken = await api.request('/urgent-queue/take-next', { method: 'POST', session: smirnova });
    expect((await json<{ appointment: Item }>(taken)).appointment.id).toBe(appointmentId);
  });

  it('gives the doctor the note, the readings that fired it and the threshold', async () => {
    const res = await api.request(`/appointments/${appointmentId}/escalation`, { session: smirnova });
    expect(res.status).toBe(200);
    const { items } = await json<{ items: Escalation[] }>(res);
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
      const res = await api.request(`/appointments/${appointmentId}/escalation`, { session: outsider });
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

  it('is empty for a consultation nobody escalated', async () => {
    const { items } = await json<{ items: Item[] }>(api.request('/me/appointments', { session: smirnova }));
    const planned = items.find((i) => i.patient.id === johnId)!;
    const res = await api.request(`/appointments/${planned.id}/escalation`, { session: smirnova });
    expect(await json<{ items: unknown[] }>(res)).toEqual({ items: [] });
  });
});
