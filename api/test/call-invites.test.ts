import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { consultationGuests, notifications } from '../src/db/schema/index.js';
import type { inviteGuestSchema } from '../src/domains/consultations/schemas.js';
import { annaAndSmirnova, insertAppointment, join as joinAs } from './consultation-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let orlova: TestSession;
let annaId: string;
let smirnovaId: string;

const appointmentNow = async () =>
  (
    await insertAppointment(api, {
      patientId: annaId,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 2,
    })
  ).id;

const invite = (id: string, session: TestSession, json: z.input<typeof inviteGuestSchema>) =>
  api.client(session).appointments[':id'].guests.$post({ param: { id }, json });
const join = (id: string, session: TestSession) => joinAs(api, id, session);
const participants = (id: string, session: TestSession) =>
  api.client(session).appointments[':id'].participants.$get({ param: { id } });

beforeAll(async () => {
  const cast = await annaAndSmirnova(api);
  ({ anna, smirnova, smirnovaId } = cast);
  annaId = cast.family.self.id;
  orlova = await api.login('nurse.orlova@demo.telemed');
});

describe('inviting a colleague from the list', () => {
  it('lists the other doctors and the assistants to the consulting doctor only', async () => {
    const id = await appointmentNow();
    const candidates = (session: TestSession) =>
      api.client(session).appointments[':id']['guest-candidates'].$get({ param: { id } });
    const res = await candidates(smirnova);
    expect(res.status).toBe(200);
    const { items } = await parseResponse(res);
    expect(items.map((i) => i.fullName.en)).toEqual(
      expect.arrayContaining(['Tatiana Orlova', 'Pavel Kuznetsov']),
    );
    expect(items.map((i) => i.accountId)).not.toContain(smirnova.accountId);
    expect(items.find((i) => i.fullName.en === 'Tatiana Orlova')?.kind).toBe('assistant');
    expect((await candidates(anna)).status).toBe(403);
    expect((await candidates(orlova)).status).toBe(404);
  });

  it('lets the invited assistant join as a guest, shown to everyone with her role and in the record', async () => {
    const id = await appointmentNow();
    expect((await join(id, orlova)).status).toBe(404);
    expect((await participants(id, orlova)).status).toBe(404);
    expect((await invite(id, smirnova, { accountId: orlova.accountId })).status).toBe(204);
    // Inviting twice changes nothing.
    expect((await invite(id, smirnova, { accountId: orlova.accountId })).status).toBe(204);
    expect((await parseResponse(join(id, orlova))).role).toBe('guest');

    const guest = { accountId: orlova.accountId, role: 'assistant', fullName: { en: 'Tatiana Orlova' } };
    for (const [session, you] of [
      [anna, 'patient'],
      [smirnova, 'doctor'],
      [orlova, 'guest'],
    ] as const) {
      const res = await participants(id, session);
      expect(res.status).toBe(200);
      const body = await parseResponse(res);
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
    expect((await parseResponse(join(id, ivan))).role).toBe('guest');
    expect((await parseResponse(participants(id, ivan))).guests.map((g) => g.role)).toEqual(['patient']);
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
