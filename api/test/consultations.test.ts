import { randomUUID } from 'node:crypto';
import { verifyJoinToken } from '@telemed/sfu/join-token';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, consultationEvents, practitioners } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string }[] };
type Grant = { token: string; sfuUrl: string; role: string; media: string; expiresAt: string };

let anna: TestSession;
let smirnova: TestSession;
let annaFamily: Family;
let smirnovaId: string;

async function appointmentAt(
  startsInMinutes: number,
  patientId = annaFamily.self.id,
  format: 'video' | 'audio' | 'chat' = 'video',
) {
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId,
      practitionerId: smirnovaId,
      specialtyCode: 'therapist',
      format,
      urgency: 'planned',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: anna.accountId,
    })
    .returning();
  return row!;
}

const internal = (path: string, json: unknown, secret = api.deps.config.INTERNAL_API_SECRET) =>
  api.request(path, { method: 'POST', json, headers: { authorization: `Bearer ${secret}` } });

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

describe('join tokens', () => {
  it('are issued to the booked patient and the assigned doctor, naming room, user, role and media', async () => {
    const appt = await appointmentAt(5, annaFamily.self.id, 'audio');
    for (const [session, role] of [
      [anna, 'patient'],
      [smirnova, 'doctor'],
    ] as const) {
      const res = await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session });
      expect(res.status).toBe(200);
      const grant = (await res.json()) as Grant;
      expect(grant).toMatchObject({ role, media: 'audio', sfuUrl: api.deps.config.SFU_PUBLIC_URL });
      const claims = verifyJoinToken(grant.token, api.deps.config.JOIN_TOKEN_SECRET);
      expect(claims).toMatchObject({ room: appt.id, sub: session.accountId, role, media: 'audio' });
      expect(claims.exp - claims.iat).toBe(api.deps.config.JOIN_TOKEN_TTL_SECONDS);
    }
  });

  it("are refused to a stranger, another doctor and another family's parent (404)", async () => {
    const appt = await appointmentAt(5);
    for (const login of [
      'ivan.sokolov@demo.telemed',
      'dr.lebedev@demo.telemed',
      'nurse.orlova@demo.telemed',
    ]) {
      const session = await api.login(login);
      expect((await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session })).status).toBe(
        404,
      );
    }
    expect((await api.request(`/appointments/${appt.id}/join`, { method: 'POST' })).status).toBe(401);
  });

  it('go to the guardian for a child’s consultation', async () => {
    const appt = await appointmentAt(0, annaFamily.children[0]!.id);
    const grant = (await (
      await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session: anna })
    ).json()) as Grant;
    expect(grant.role).toBe('patient');
  });

  it('are only issued within the window around the appointment', async () => {
    const early = await appointmentAt(120);
    const res = await api.request(`/appointments/${early.id}/join`, { method: 'POST', session: anna });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/opens 15 minutes before/);
    const late = await appointmentAt(-200);
    expect(
      (await api.request(`/appointments/${late.id}/join`, { method: 'POST', session: anna })).status,
    ).toBe(409);
  });

  it('reach an invited guest, but only after the doctor invites them', async () => {
    const appt = await appointmentAt(2);
    const orlova = await api.login('nurse.orlova@demo.telemed');
    expect(
      (await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session: orlova })).status,
    ).toBe(404);
    const byPatient = await api.request(`/appointments/${appt.id}/guests`, {
      method: 'POST',
      session: anna,
      json: { login: 'nurse.orlova@demo.telemed' },
    });
    expect(byPatient.status).toBe(403);
    const invited = await api.request(`/appointments/${appt.id}/guests`, {
      method: 'POST',
      session: smirnova,
      json: { login: 'nurse.orlova@demo.telemed' },
    });
    expect(invited.status).toBe(204);
    const grant = (await (
      await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session: orlova })
    ).json()) as Grant;
    expect(grant.role).toBe('guest');
  });
});

describe('consultation chat and room events through the internal api', () => {
  it('stores a message once however often the sfu retries it, and replays history in order', async () => {
    const appt = await appointmentAt(0);
    const message = {
      id: randomUUID(),
      senderAccountId: anna.accountId,
      senderRole: 'patient',
      body: 'Здравствуйте, доктор!',
      sentAt: new Date().toISOString(),
    };
    const first = await internal(`/internal/consultations/${appt.id}/messages`, message);
    expect(first.status).toBe(201);
    const retry = await internal(`/internal/consultations/${appt.id}/messages`, message);
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { seq: number }).seq).toBe(((await first.json()) as { seq: number }).seq);
    await internal(`/internal/consultations/${appt.id}/messages`, {
      ...message,
      id: randomUUID(),
      senderAccountId: smirnova.accountId,
      senderRole: 'doctor',
      body: 'Hello! How are you feeling?',
    });
    const history = (await (
      await api.request(`/appointments/${appt.id}/messages`, { session: smirnova })
    ).json()) as {
      items: { body: string }[];
    };
    expect(history.items.map((m) => m.body)).toEqual([
      'Здравствуйте, доктор!',
      'Hello! How are you feeling?',
    ]);
    const stranger = await api.login('ivan.sokolov@demo.telemed');
    expect((await api.request(`/appointments/${appt.id}/messages`, { session: stranger })).status).toBe(404);
  });

  it('refuses callers without the service secret, and empty messages', async () => {
    const appt = await appointmentAt(0);
    const body = {
      id: randomUUID(),
      senderAccountId: anna.accountId,
      senderRole: 'patient',
      body: 'x',
      sentAt: new Date().toISOString(),
    };
    expect(
      (await internal(`/internal/consultations/${appt.id}/messages`, body, 'wrong-secret-wrong-secret'))
        .status,
    ).toBe(401);
    expect(
      (await api.request(`/internal/consultations/${appt.id}/messages`, { method: 'POST', json: body }))
        .status,
    ).toBe(401);
    expect(
      (await internal(`/internal/consultations/${appt.id}/messages`, { ...body, body: '   ' })).status,
    ).toBe(400);
  });

  it('records room events and moves the appointment to in progress, then completed', async () => {
    const appt = await appointmentAt(0);
    const at = () => new Date().toISOString();
    for (const event of [
      { type: 'joined', accountId: anna.accountId, at: at() },
      { type: 'joined', accountId: smirnova.accountId, at: at() },
      { type: 'started', at: at() },
    ]) {
      expect((await internal(`/internal/consultations/${appt.id}/events`, event)).status).toBe(204);
    }
    const { db } = api.deps.database;
    expect((await db.select().from(appointments).where(eq(appointments.id, appt.id)))[0]!.status).toBe(
      'in_progress',
    );
    await internal(`/internal/consultations/${appt.id}/events`, { type: 'ended', at: at() });
    const [done] = await db.select().from(appointments).where(eq(appointments.id, appt.id));
    expect(done!.status).toBe('completed');
    expect(done!.startedAt).toBeInstanceOf(Date);
    expect(done!.endedAt).toBeInstanceOf(Date);
    const events = await db
      .select()
      .from(consultationEvents)
      .where(eq(consultationEvents.appointmentId, appt.id));
    expect(events.map((e) => e.type)).toEqual(['joined', 'joined', 'started', 'ended']);
    expect(
      (await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session: anna })).status,
    ).toBe(409);
  });
});

describe('room placement across sfu nodes', () => {
  it('puts a new room on the least-loaded live node and keeps everyone of one consultation together', async () => {
    const { redis } = api.deps;
    const load = (nodeId: string, score: number, rooms: number) =>
      redis.set(
        `sfu:nodes:${nodeId}`,
        JSON.stringify({ nodeId, url: `ws://${nodeId}:4443`, rooms, score }),
        'EX',
        30,
      );
    await load('node-a', 70, 40);
    await load('node-b', 15, 8);
    const appt = await appointmentAt(0);
    const grant = async (session: TestSession) =>
      (
        (await (
          await api.request(`/appointments/${appt.id}/join`, { method: 'POST', session })
        ).json()) as Grant
      ).sfuUrl;
    expect(await grant(anna)).toBe('ws://node-b:4443');
    // node-b gets busier, but the consultation already lives there.
    await load('node-b', 90, 60);
    expect(await grant(smirnova)).toBe('ws://node-b:4443');
    // When node-b disappears, the room moves to a live node.
    await redis.del('sfu:nodes:node-b');
    expect(await grant(anna)).toBe('ws://node-a:4443');
    await redis.del('sfu:nodes:node-a');
    expect(await grant(anna)).toBe(api.deps.config.SFU_PUBLIC_URL);
  });
});

describe('internal api input errors', () => {
  it('answers 400, not 500, for an event or message naming an unknown account, and accepts attachment-only messages', async () => {
    const appt = await appointmentAt(0);
    const ghost = '00000000-0000-4000-8000-000000000001';
    const event = await internal(`/internal/consultations/${appt.id}/events`, {
      type: 'joined',
      accountId: ghost,
      at: new Date().toISOString(),
    });
    expect(event.status).toBe(400);
    const message = await internal(`/internal/consultations/${appt.id}/messages`, {
      id: randomUUID(),
      senderAccountId: ghost,
      senderRole: 'patient',
      body: 'hi',
      sentAt: new Date().toISOString(),
    });
    expect(message.status).toBe(400);
    const form = new FormData();
    form.set('file', new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'result.pdf'));
    const file = (await (
      await api.request(`/patients/${annaFamily.self.id}/files`, {
        method: 'POST',
        body: form,
        session: anna,
      })
    ).json()) as { id: string };
    const attachmentOnly = await internal(`/internal/consultations/${appt.id}/messages`, {
      id: randomUUID(),
      senderAccountId: anna.accountId,
      senderRole: 'patient',
      body: '',
      attachmentFileId: file.id,
      sentAt: new Date().toISOString(),
    });
    expect(attachmentOnly.status).toBe(201);
  });
});
