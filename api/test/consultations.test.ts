import { randomUUID } from 'node:crypto';
import { verifyJoinToken } from '@telemed/sfu/join-token';
import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, consultationEvents } from '../src/db/schema/index.js';
import type { internalEventSchema, internalMessageSchema } from '../src/domains/consultations/schemas.js';
import { upload } from './booking-fixtures.js';
import { annaAndSmirnova, insertAppointment, join as joinAs } from './consultation-fixtures.js';
import { useTestApi, type TestSession, problemOf } from './harness.js';

const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let annaFamily: Awaited<ReturnType<typeof annaAndSmirnova>>['family'];
let smirnovaId: string;

const appointmentAt = (
  startsInMinutes: number,
  patientId = annaFamily.self.id,
  format: 'video' | 'audio' | 'chat' = 'video',
) =>
  insertAppointment(api, { patientId, practitionerId: smirnovaId, bookedBy: anna, startsInMinutes, format });

const join = (id: string, session?: TestSession) => joinAs(api, id, session);

type InternalMessage = z.input<typeof internalMessageSchema>;
type InternalEvent = z.input<typeof internalEventSchema>;

/** The sfu's side of the api, called with the service secret (or another one). */
const internal = (id: string, secret = api.deps.config.INTERNAL_API_SECRET) => {
  const consultation = api.client().internal.consultations[':id'];
  const headers = { headers: { authorization: `Bearer ${secret}` } };
  return {
    message: (json: InternalMessage) => consultation.messages.$post({ param: { id }, json }, headers),
    event: (json: InternalEvent) => consultation.events.$post({ param: { id }, json }, headers),
  };
};

beforeAll(async () => {
  ({ anna, smirnova, family: annaFamily, smirnovaId } = await annaAndSmirnova(api));
});

describe('join tokens', () => {
  it('are issued to the booked patient and the assigned doctor, naming room, user, role and media', async () => {
    const appt = await appointmentAt(5, annaFamily.self.id, 'audio');
    for (const [session, role] of [
      [anna, 'patient'],
      [smirnova, 'doctor'],
    ] as const) {
      const res = await join(appt.id, session);
      expect(res.status).toBe(200);
      const grant = await parseResponse(res);
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
      expect((await join(appt.id, session)).status).toBe(404);
    }
    expect((await join(appt.id)).status).toBe(401);
  });

  it('go to the guardian for a child’s consultation', async () => {
    const appt = await appointmentAt(0, annaFamily.children[0]!.id);
    const grant = await parseResponse(join(appt.id, anna));
    expect(grant.role).toBe('patient');
  });

  it('are only issued within the window around the appointment', async () => {
    const early = await appointmentAt(120);
    const res = await join(early.id, anna);
    expect(res.status).toBe(409);
    const problem = await problemOf(res);
    expect(problem.detail).toMatch(/opens 15 minutes before/);
    // When it opens, for the call page to say so and try again then.
    expect(problem).toMatchObject({ code: 'consultation.not_open_yet', params: { minutes: 15 } });
    expect(Date.parse(String(problem.params!.opensAt))).toBe(early.startsAt.getTime() - 15 * 60_000);
    const late = await appointmentAt(-200);
    expect((await join(late.id, anna)).status).toBe(409);
  });

  it('reach an invited guest, but only after the doctor invites them', async () => {
    const appt = await appointmentAt(2);
    const orlova = await api.login('nurse.orlova@demo.telemed');
    expect((await join(appt.id, orlova)).status).toBe(404);
    const invite = (session: TestSession) =>
      api.client(session).appointments[':id'].guests.$post({
        param: { id: appt.id },
        json: { login: 'nurse.orlova@demo.telemed' },
      });
    expect((await invite(anna)).status).toBe(403);
    expect((await invite(smirnova)).status).toBe(204);
    const grant = await parseResponse(join(appt.id, orlova));
    expect(grant.role).toBe('guest');
  });
});

describe('consultation chat and room events through the internal api', () => {
  it('stores a message once however often the sfu retries it, and replays history in order', async () => {
    const appt = await appointmentAt(0);
    const message: InternalMessage = {
      id: randomUUID(),
      senderAccountId: anna.accountId,
      senderRole: 'patient',
      body: 'Здравствуйте, доктор!',
      sentAt: new Date().toISOString(),
    };
    const first = await internal(appt.id).message(message);
    expect(first.status).toBe(201);
    const retry = await internal(appt.id).message(message);
    expect(retry.status).toBe(200);
    expect((await parseResponse(retry)).seq).toBe((await parseResponse(first)).seq);
    await internal(appt.id).message({
      ...message,
      id: randomUUID(),
      senderAccountId: smirnova.accountId,
      senderRole: 'doctor',
      body: 'Hello! How are you feeling?',
    });
    const messages = (session: TestSession) =>
      api.client(session).appointments[':id'].messages.$get({ param: { id: appt.id } });
    const history = await parseResponse(messages(smirnova));
    expect(history.items.map((m) => m.body)).toEqual([
      'Здравствуйте, доктор!',
      'Hello! How are you feeling?',
    ]);
    const stranger = await api.login('ivan.sokolov@demo.telemed');
    expect((await messages(stranger)).status).toBe(404);
  });

  it('refuses callers without the service secret, and empty messages', async () => {
    const appt = await appointmentAt(0);
    const body: InternalMessage = {
      id: randomUUID(),
      senderAccountId: anna.accountId,
      senderRole: 'patient',
      body: 'x',
      sentAt: new Date().toISOString(),
    };
    expect((await internal(appt.id, 'wrong-secret-wrong-secret').message(body)).status).toBe(401);
    const unsigned = api.client().internal.consultations[':id'].messages;
    expect((await unsigned.$post({ param: { id: appt.id }, json: body })).status).toBe(401);
    expect((await internal(appt.id).message({ ...body, body: '   ' })).status).toBe(400);
  });

  it('records room events and moves the appointment to in progress, then completed', async () => {
    const appt = await appointmentAt(0);
    const at = () => new Date().toISOString();
    for (const event of [
      { type: 'joined', accountId: anna.accountId, at: at() },
      { type: 'joined', accountId: smirnova.accountId, at: at() },
      { type: 'started', at: at() },
    ] as const) {
      expect((await internal(appt.id).event(event)).status).toBe(204);
    }
    const { db } = api.deps.database;
    expect((await db.select().from(appointments).where(eq(appointments.id, appt.id)))[0]!.status).toBe(
      'in_progress',
    );
    await internal(appt.id).event({ type: 'ended', at: at() });
    const [done] = await db.select().from(appointments).where(eq(appointments.id, appt.id));
    expect(done!.status).toBe('completed');
    expect(done!.startedAt).toBeInstanceOf(Date);
    expect(done!.endedAt).toBeInstanceOf(Date);
    const events = await db
      .select()
      .from(consultationEvents)
      .where(eq(consultationEvents.appointmentId, appt.id));
    expect(events.map((e) => e.type)).toEqual(['joined', 'joined', 'started', 'ended']);
    expect((await join(appt.id, anna)).status).toBe(409);
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
    const grant = async (session: TestSession) => (await parseResponse(join(appt.id, session))).sfuUrl;
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
    const event = await internal(appt.id).event({
      type: 'joined',
      accountId: ghost,
      at: new Date().toISOString(),
    });
    expect(event.status).toBe(400);
    const message = await internal(appt.id).message({
      id: randomUUID(),
      senderAccountId: ghost,
      senderRole: 'patient',
      body: 'hi',
      sentAt: new Date().toISOString(),
    });
    expect(message.status).toBe(400);
    const file = await parseResponse(
      upload(api, anna, annaFamily.self.id, { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'result.pdf' }),
    );
    const attachmentOnly = await internal(appt.id).message({
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
