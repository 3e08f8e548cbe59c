import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, consultationEvents } from '../src/db/schema/index.js';
import { annaAndSmirnova, insertAppointment } from './consultation-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';

// When the sfu cannot be reached the consultation goes on through the api: chat, the doctor's phone call,
// and events on the appointment's record. Participants only.
const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let annaFamily: Awaited<ReturnType<typeof annaAndSmirnova>>['family'];
let smirnovaId: string;

const appointmentAt = (startsInMinutes: number, patientId = annaFamily.self.id) =>
  insertAppointment(api, { patientId, practitionerId: smirnovaId, bookedBy: anna, startsInMinutes });

const calls = (session: TestSession, id: string) => {
  const appointment = api.client(session).appointments[':id'];
  return {
    send: (json: { id: string; body: string }) => appointment.messages.$post({ param: { id }, json }),
    history: () => appointment.messages.$get({ param: { id } }),
    mediaUnavailable: () =>
      appointment['call-events'].$post({ param: { id }, json: { type: 'media_unavailable' } }),
    phoneCall: () => appointment['phone-call'].$post({ param: { id } }),
  };
};

const events = (appointmentId: string) =>
  api.deps.database.db
    .select({ type: consultationEvents.type, accountId: consultationEvents.accountId })
    .from(consultationEvents)
    .where(eq(consultationEvents.appointmentId, appointmentId));

beforeAll(async () => {
  ({ anna, smirnova, family: annaFamily, smirnovaId } = await annaAndSmirnova(api));
});

describe('a consultation without the sfu', () => {
  it('goes on as chat through the api: stored once per id, in the history both sides read', async () => {
    const appt = await appointmentAt(0);
    const id = randomUUID();
    const sent = await calls(anna, appt.id).send({ id, body: 'The video does not work, can we chat?' });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ id, senderAccountId: anna.accountId, senderRole: 'patient' });
    const again = await calls(anna, appt.id).send({ id, body: 'The video does not work, can we chat?' });
    expect(again.status).toBe(200);
    const reply = await calls(smirnova, appt.id).send({
      id: randomUUID(),
      body: 'Yes. How are you feeling?',
    });
    expect(reply.status).toBe(201);
    const history = await parseResponse(calls(smirnova, appt.id).history());
    expect(history.items.map((m) => [m.senderRole, m.body])).toEqual([
      ['patient', 'The video does not work, can we chat?'],
      ['doctor', 'Yes. How are you feeling?'],
    ]);
    // Somebody else's id cannot be taken over.
    const stolen = await calls(smirnova, appt.id).send({ id, body: 'changed' });
    expect(stolen.status).toBe(409);
  });

  it('records on the appointment that the sfu could not be reached, and the doctor’s phone call', async () => {
    const appt = await appointmentAt(0);
    for (const session of [anna, smirnova]) {
      const res = await calls(session, appt.id).mediaUnavailable();
      expect(res.status).toBe(204);
    }
    const phone = await calls(smirnova, appt.id).phoneCall();
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
    const phone = await calls(smirnova, appt.id).phoneCall();
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
      const outsider = calls(await api.login(login), appt.id);
      for (const [path, res] of [
        ['messages', await outsider.send({ id: randomUUID(), body: 'hello' })],
        ['call-events', await outsider.mediaUnavailable()],
        ['phone-call', await outsider.phoneCall()],
      ] as const) {
        expect(res.status, `${login} ${path}`).toBe(404);
      }
    }
    const byPatient = await calls(anna, appt.id).phoneCall();
    expect(byPatient.status).toBe(403);
    // Sent raw: the typed client only knows the event types a participant may report.
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
    const late = await calls(anna, past.id).send({ id: randomUUID(), body: 'hello?' });
    expect(late.status).toBe(409);
  });
});
