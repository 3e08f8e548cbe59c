import type { InterviewState } from '@telemed/triage-model';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anamnesisSessions, appointmentAttachments, appointments, files } from '../src/db/schema/index.js';
import { placeRoom } from '../src/domains/consultations/placement.js';
import { book, videoSlots } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
});

/** A planned consult with the first therapist, a few slots ahead (clear of the change cut-off). */
async function bookTherapist(skip: number) {
  const { slots: free } = await videoSlots(api, anna, 'therapist', annaId);
  const res = await book(api, anna, { patientId: annaId, slotId: free[skip]!.id, format: 'video' });
  expect(res.status).toBe(201);
  return { booked: await parseResponse(res), free };
}

const urgentQueue = (session: TestSession) => api.client(session)['urgent-queue'];
const cancel = (id: string) => api.client(anna).appointments[':id'].cancel.$post({ param: { id } });

describe('rescheduling', () => {
  it('moves the questionnaire and the attached documents to the new appointment', async () => {
    const db = api.deps.database.db;
    const { booked, free } = await bookTherapist(6);
    const [session] = await db
      .insert(anamnesisSessions)
      .values({
        patientId: annaId,
        startedByAccountId: anna.accountId,
        status: 'completed',
        state: {} as InterviewState, // only the row moves with the booking; its answers do not matter
        modelVersion: 'test',
        appointmentId: booked.id,
      })
      .returning();
    const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
    const [file] = await db
      .insert(files)
      .values({
        patientId: annaId,
        uploadedByAccountId: anna.accountId,
        kind: 'test_result',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        sizeBytes: bytes.byteLength,
        contentType: 'application/pdf',
        originalName: 'blood.pdf',
      })
      .returning();
    await db
      .insert(appointmentAttachments)
      .values({ appointmentId: booked.id, fileId: file!.id, attachedByAccountId: anna.accountId });

    const moved = await api.client(anna).appointments[':id'].reschedule.$post({
      param: { id: booked.id },
      header: {},
      json: { slotId: free[free.length - 1]!.id },
    });
    expect(moved.status).toBe(201);
    const next = await parseResponse(moved);

    const [questionnaire] = await db
      .select()
      .from(anamnesisSessions)
      .where(eq(anamnesisSessions.id, session!.id));
    expect(questionnaire!.appointmentId).toBe(next.id);
    const attached = await db
      .select()
      .from(appointmentAttachments)
      .where(eq(appointmentAttachments.fileId, file!.id));
    expect(attached.map((a) => a.appointmentId)).toEqual([next.id]);
    const listed = await parseResponse(
      api.client(anna).appointments[':id'].attachments.$get({ param: { id: next.id } }),
    );
    expect(listed.items.map((f) => f.id)).toEqual([file!.id]);
  });
});

describe('urgent queue, doctor side', () => {
  it('shows the waiting count, and a taken request is booked with the doctor, then in progress', async () => {
    const john = await api.login('john.miller@demo.telemed');
    const johnId = (await familyOf(api, john)).self.id;
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    const kuznetsov = await api.login('dr.kuznetsov@demo.telemed');

    const joined = await parseResponse(
      urgentQueue(john).$post({
        header: {},
        json: { patientId: johnId, specialty: 'therapist', format: 'video' },
      }),
    );
    const queue = await parseResponse(urgentQueue(smirnova).$get());
    expect(queue.items.map((i) => i.id)).toEqual([joined.appointment.id]);
    expect(queue.items[0]).toMatchObject({ format: 'video', hasQuestionnaire: false });
    // The request is addressed to every therapist: they see who waits and why (audited), nothing more of the record.
    expect(queue.items[0]).toMatchObject({ patient: { fullName: { en: 'John Miller' } } });
    // A paediatrician does not see the therapists' queue.
    expect((await parseResponse(urgentQueue(kuznetsov).$get())).items).toEqual([]);
    expect((await urgentQueue(john).$get()).status).toBe(403);

    // One patient, two doctors at once: exactly one takes him, the other is told nobody waits.
    const results = await Promise.all([
      urgentQueue(smirnova)['take-next'].$post(),
      urgentQueue(lebedev)['take-next'].$post(),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 204]);

    const [taken] = await api.deps.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, joined.appointment.id));
    expect(taken).toMatchObject({ status: 'booked', urgency: 'urgent' });
    expect(taken!.practitionerId).not.toBeNull();
    expect((await parseResponse(urgentQueue(smirnova).$get())).items).toEqual([]);
    const status = await parseResponse(
      urgentQueue(john)[':id'].$get({ param: { id: joined.appointment.id } }),
    );
    expect(status).toMatchObject({ position: null, appointment: { status: 'booked' } });

    // The call starting (the sfu's event) moves it on, as for a planned consultation.
    const started = await api.client().internal.consultations[':id'].events.$post(
      {
        param: { id: joined.appointment.id },
        json: { type: 'started', accountId: null, at: new Date().toISOString() },
      },
      { headers: { authorization: `Bearer ${api.deps.config.INTERNAL_API_SECRET}` } },
    );
    expect(started.status).toBeLessThan(300);
    const [running] = await api.deps.database.db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, joined.appointment.id));
    expect(running!.status).toBe('in_progress');
  });
});

describe('cancelling closes the sfu room', () => {
  // A stand-in for an sfu node's HTTP side: it records the close calls it receives.
  const calls: { path: string; authorization: string | undefined }[] = [];
  const sfu = http.createServer((req, res) => {
    calls.push({ path: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"closed":true}');
  });
  let nodeUrl: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => sfu.listen(0, '127.0.0.1', resolve));
    nodeUrl = `ws://127.0.0.1:${(sfu.address() as AddressInfo).port}`;
    await api.deps.redis.set(
      'sfu:nodes:stand-in',
      JSON.stringify({ nodeId: 'stand-in', url: nodeUrl, rooms: 0, score: 0 }),
    );
  });
  afterAll(async () => {
    await api.deps.redis.del('sfu:nodes:stand-in');
    sfu.closeAllConnections();
    await new Promise((resolve) => sfu.close(resolve));
  });

  it('asks the node holding the room to close it, with the internal secret', async () => {
    const { booked } = await bookTherapist(8);
    // Somebody was given the way in: the room is placed on the node.
    expect(await placeRoom(api.deps.redis, booked.id, 'ws://unused.invalid')).toBe(nodeUrl);
    const res = await cancel(booked.id);
    expect(res.status).toBe(204);
    expect(calls).toContainEqual({
      path: `/internal/rooms/${booked.id}/close`,
      authorization: `Bearer ${api.deps.config.INTERNAL_API_SECRET}`,
    });
  });

  it('cancels all the same when the node cannot be reached', async () => {
    const { booked } = await bookTherapist(10);
    await placeRoom(api.deps.redis, booked.id, 'ws://unused.invalid');
    // The node's record now points at a port nobody listens on.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await api.deps.redis.set(
      'sfu:nodes:stand-in',
      JSON.stringify({ nodeId: 'stand-in', url: `ws://127.0.0.1:${deadPort}`, rooms: 0, score: 0 }),
    );
    const res = await cancel(booked.id);
    expect(res.status).toBe(204);
    const [row] = await api.deps.database.db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, booked.id));
    expect(row!.status).toBe('cancelled');
  });
});
