import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, consultationGuests, notifications, practitioners } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

type Participants = {
  you: string;
  guests: { accountId: string; role: string; fullName: { en: string }; invitedBy: { en: string } }[];
};
type Candidates = { items: { accountId: string; fullName: { en: string }; kind: string }[] };

let anna: TestSession;
let smirnova: TestSession;
let orlova: TestSession;
let annaId: string;
let smirnovaId: string;

async function appointmentNow() {
  const startsAt = new Date(Date.now() + 2 * 60_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId: annaId,
      practitionerId: smirnovaId,
      specialtyCode: 'therapist',
      format: 'video',
      urgency: 'planned',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: anna.accountId,
    })
    .returning();
  return row!.id;
}

const invite = (id: string, session: TestSession, json: unknown) =>
  api.request(`/appointments/${id}/guests`, { method: 'POST', session, json });
const join = (id: string, session: TestSession) =>
  api.request(`/appointments/${id}/join`, { method: 'POST', session });
const participants = async (id: string, session: TestSession) => {
  const res = await api.request(`/appointments/${id}/participants`, { session });
  return { status: res.status, body: (await res.json()) as Participants };
};

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed');
  orlova = await api.login('nurse.orlova@demo.telemed');
  annaId = ((await (await api.request('/me/family', { session: anna })).json()) as { self: { id: string } })
    .self.id;
  const [doctor] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.accountId, smirnova.accountId));
  smirnovaId = doctor!.id;
});

describe('inviting a colleague from the list', () => {
  it('lists the other doctors and the assistants to the consulting doctor only', async () => {
    const id = await appointmentNow();
    const res = await api.request(`/appointments/${id}/guest-candidates`, { session: smirnova });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as Candidates;
    expect(items.map((i) => i.fullName.en)).toEqual(
      expect.arrayContaining(['Tatiana Orlova', 'Pavel Kuznetsov']),
    );
    expect(items.map((i) => i.accountId)).not.toContain(smirnova.accountId);
    expect(items.find((i) => i.fullName.en === 'Tatiana Orlova')?.kind).toBe('assistant');
    const candidates = (session: TestSession) =>
      api.request(`/appointments/${id}/guest-candidates`, { session }).then((r) => r.status);
    expect(await candidates(anna)).toBe(403);
    expect(await candidates(orlova)).toBe(404);
  });

  it('lets the invited assistant join as a guest, shown to everyone with her role and in the record', async () => {
    const id = await appointmentNow();
    expect((await join(id, orlova)).status).toBe(404);
    expect((await participants(id, orlova)).status).toBe(404);
    expect((await invite(id, smirnova, { accountId: orlova.accountId })).status).toBe(204);
    // Inviting twice changes nothing.
    expect((await invite(id, smirnova, { accountId: orlova.accountId })).status).toBe(204);
    expect(((await (await join(id, orlova)).json()) as { role: string }).role).toBe('guest');

    const guest = { accountId: orlova.accountId, role: 'assistant', fullName: { en: 'Tatiana Orlova' } };
    for (const [session, you] of [
      [anna, 'patient'],
      [smirnova, 'doctor'],
      [orlova, 'guest'],
    ] as const) {
      const { status, body } = await participants(id, session);
      expect(status).toBe(200);
      expect(body.you).toBe(you);
      expect(body.guests).toEqual([
        expect.objectContaining({ ...guest, fullName: expect.objectContaining(guest.fullName) }),
      ]);
      expect(body.guests[0]!.invitedBy.en).toBe('Elena Smirnova');
    }
    const rows = await api.deps.database.db
      .select()
      .from(consultationGuests)
      .where(eq(consultationGuests.appointmentId, id));
    expect(rows).toEqual([
      expect.objectContaining({
        accountId: orlova.accountId,
        invitedByAccountId: smirnova.accountId,
        role: 'assistant',
      }),
    ]);
    // The guest is told where to join, once however often the doctor invites.
    const told = await api.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `consultation-invite:${id}:${orlova.accountId}`));
    expect(told).toHaveLength(1);
    expect(told[0]!.body.en).toContain(`/appointments/${id}/call`);
  });

  it('invites a registered relative by e-mail or phone', async () => {
    const id = await appointmentNow();
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await invite(id, smirnova, { login: '+79160000002' })).status).toBe(204);
    expect(((await (await join(id, ivan)).json()) as { role: string }).role).toBe('guest');
    expect((await participants(id, ivan)).body.guests.map((g) => g.role)).toEqual(['patient']);
  });
});

describe('refusals', () => {
  it('a patient and a guest cannot invite', async () => {
    const id = await appointmentNow();
    expect((await invite(id, anna, { accountId: orlova.accountId })).status).toBe(403);
    await invite(id, smirnova, { accountId: orlova.accountId });
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    expect((await invite(id, orlova, { accountId: lebedev.accountId })).status).toBe(403);
    expect((await join(id, lebedev)).status).toBe(404);
  });

  it('a guest of one consultation cannot join another', async () => {
    const first = await appointmentNow();
    const second = await appointmentNow();
    await invite(first, smirnova, { accountId: orlova.accountId });
    expect((await join(first, orlova)).status).toBe(200);
    expect((await join(second, orlova)).status).toBe(404);
    expect((await participants(second, orlova)).status).toBe(404);
  });

  it('refuses admins, unknown people, the doctor herself and a malformed body', async () => {
    const id = await appointmentNow();
    const admin = await api.login('admin@demo.telemed');
    expect((await invite(id, smirnova, { accountId: admin.accountId })).status).toBe(404);
    expect((await invite(id, smirnova, { login: 'nobody@demo.telemed' })).status).toBe(404);
    expect((await invite(id, smirnova, { accountId: smirnova.accountId })).status).toBe(400);
    expect((await invite(id, smirnova, {})).status).toBe(400);
    expect(
      (await invite(id, smirnova, { login: 'nurse.orlova@demo.telemed', accountId: orlova.accountId }))
        .status,
    ).toBe(400);
    expect((await join(id, admin)).status).toBe(404);
  });
});
