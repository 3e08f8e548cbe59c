import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, appointments, consultationEvents, practitioners } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

// When the sfu cannot be reached the consultation goes on through the api: chat, the doctor's phone call,
// and events on the appointment's record. Participants only.
const api = useTestApi();

type Family = { self: { id: string }; children: { id: string }[] };

let anna: TestSession;
let smirnova: TestSession;
let annaFamily: Family;
let smirnovaId: string;

async function appointmentAt(startsInMinutes: number, patientId = annaFamily.self.id) {
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId,
      practitionerId: smirnovaId,
      specialtyCode: 'therapist',
      format: 'video',
      urgency: 'planned',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: anna.accountId,
    })
    .returning();
  return row!;
}

const events = (appointmentId: string) =>
  api.deps.database.db
    .select({ type: consultationEvents.type, accountId: consultationEvents.accountId })
    .from(consultationEvents)
    .where(eq(consultationEvents.appointmentId, appointmentId));

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed');
  annaFamily = (await (await api.request('/me/family', { session: anna })).json()) as Family;
  const [doctor] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.accountId, smirnova.accountId));
  smirnovaId = doctor!.id;
});

describe('a consultation without the sfu', () => {
  it('goes on as chat through the api: stored once per id, in the history both sides read', async () => {
    const appt = await appointmentAt(0);
    const id = randomUUID();
    const sent = await api.request(`/appointments/${appt.id}/messages`, {
      method: 'POST',
      session: anna,
      json: { id, body: 'The video does not work, can we chat?' },
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ id, senderAccountId: anna.accountId, senderRole: 'patient' });
    const again = await api.request(`/appointments/${appt.id}/messages`, {
      method: 'POST',
      session: anna,
      json: { id, body: 'The video does not work, can we chat?' },
    });
    expect(again.status).toBe(200);
    const reply = await api.request(`/appointments/${appt.id}/messages`, {
      method: 'POST',
      session: smirnova,
      json: { id: randomUUID(), body: 'Yes. How are you feeling?' },
    });
    expect(reply.status).toBe(201);
    const history = (await (
      await api.request(`/appointments/${appt.id}/messages`, { session: smirnova })
    ).json()) as {
      items: { body: string; senderRole: string }[];
    };
    expect(history.items.map((m) => [m.senderRole, m.body])).toEqual([
      ['patient', 'The video does not work, can we chat?'],
      ['doctor', 'Yes. How are you feeling?'],
    ]);
    // Somebody else's id cannot be taken over.
    const stolen = await api.request(`/appointments/${appt.id}/messages`, {
      method: 'POST',
      session: smirnova,
      json: { id, body: 'changed' },
    });
    expect(stolen.status).toBe(409);
  });

  it('records on the appointment that the sfu could not be reached, and the doctor’s phone call', async () => {
    const appt = await appointmentAt(0);
    for (const session of [anna, smirnova]) {
      const res = await api.request(`/appointments/${appt.id}/call-events`, {
        method: 'POST',
        session,
        json: { type: 'media_unavailable' },
      });
      expect(res.status).toBe(204);
    }
    const phone = await api.request(`/appointments/${appt.id}/phone-call`, {
      method: 'POST',
      session: smirnova,
    });
    expect(phone.status).toBe(200);
    const [annaAccount] = await api.deps.database.db
      .select({ phone: accounts.phone })
      .from(accounts)
      .where(eq(accounts.id, anna.accountId));
    expect(await phone.json()).toEqual({ phone: annaAccount!.phone });
    expect(await events(appt.id)).toEqual(
      expect.arrayContaining([
        { type: 'media_unavailable', accountId: anna.accountId },
        { type: 'media_unavailable', accountId: smirnova.accountId },
        { type: 'phone_call', accountId: smirnova.accountId },
      ]),
    );
  });

  it("gives a child's consultation the guardian's number", async () => {
    const appt = await appointmentAt(0, annaFamily.children[0]!.id);
    const phone = await api.request(`/appointments/${appt.id}/phone-call`, {
      method: 'POST',
      session: smirnova,
    });
    const [annaAccount] = await api.deps.database.db
      .select({ phone: accounts.phone })
      .from(accounts)
      .where(eq(accounts.id, anna.accountId));
    expect(await phone.json()).toEqual({ phone: annaAccount!.phone });
  });

  it('is for participants only: outsiders get 404, the patient cannot take phone numbers, a closed call 409', async () => {
    const appt = await appointmentAt(0);
    for (const login of [
      'ivan.sokolov@demo.telemed',
      'dr.lebedev@demo.telemed',
      'nurse.orlova@demo.telemed',
    ]) {
      const session = await api.login(login);
      for (const [path, json] of [
        ['messages', { id: randomUUID(), body: 'hello' }],
        ['call-events', { type: 'media_unavailable' }],
        ['phone-call', undefined],
      ] as const) {
        const res = await api.request(`/appointments/${appt.id}/${path}`, { method: 'POST', session, json });
        expect(res.status, `${login} ${path}`).toBe(404);
      }
    }
    const byPatient = await api.request(`/appointments/${appt.id}/phone-call`, {
      method: 'POST',
      session: anna,
    });
    expect(byPatient.status).toBe(403);
    const bad = await api.request(`/appointments/${appt.id}/call-events`, {
      method: 'POST',
      session: anna,
      json: { type: 'ended' },
    });
    expect(bad.status).toBe(400);
    expect(
      await api.deps.database.db
        .select()
        .from(consultationEvents)
        .where(and(eq(consultationEvents.appointmentId, appt.id))),
    ).toEqual([]);
    const past = await appointmentAt(-300);
    const late = await api.request(`/appointments/${past.id}/messages`, {
      method: 'POST',
      session: anna,
      json: { id: randomUUID(), body: 'hello?' },
    });
    expect(late.status).toBe(409);
  });
});
