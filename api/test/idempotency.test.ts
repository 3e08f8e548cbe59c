import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, files, idempotencyKeys } from '../src/db/schema/index.js';
import { book as bookAs, PDF, upload, videoSlots } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import type { OpenApiDocument } from './openapi-arbitraries.js';
import { familyOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
});

async function freeSlots() {
  const { slots } = await videoSlots(api, anna, 'therapist', annaId);
  return slots.slice(6); // clear of the change cut-off
}

const book = (slotId: string, key?: string) =>
  bookAs(api, anna, { patientId: annaId, slotId, format: 'video' }, key);

describe('Idempotency-Key', () => {
  it('replays the first booking to a retry instead of answering 409 or booking twice', async () => {
    const [slot] = await freeSlots();
    const key = randomUUID();
    const first = await book(slot!.id, key);
    expect(first.status).toBe(201);
    const retry = await book(slot!.id, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const booked = await api.deps.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.slotId, slot!.id));
    expect(booked).toHaveLength(1);
    // Without a key a repeat is a new request, and the slot is taken.
    expect((await book(slot!.id)).status).toBe(409);
  });

  it('refuses the same key with a different request (422) and a malformed key (400)', async () => {
    const [, a, b] = await freeSlots();
    const key = randomUUID();
    expect((await book(a!.id, key)).status).toBe(201);
    const other = await book(b!.id, key);
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(await other.json()).toMatchObject({ detail: expect.stringMatching(/different request/) });
    expect((await book(b!.id, 'x'.repeat(256))).status).toBe(400);
  });

  it('makes a retry wait while the first runs, and runs it again if the first died unanswered', async () => {
    const [slot] = await freeSlots();
    const key = randomUUID();
    expect((await book(slot!.id, key)).status).toBe(201);
    const mine = and(eq(idempotencyKeys.accountId, anna.accountId), eq(idempotencyKeys.key, key));
    // As if the first request were still running…
    await api.deps.database.db.update(idempotencyKeys).set({ status: null, body: null }).where(mine);
    const running = await book(slot!.id, key);
    expect(running.status).toBe(409);
    expect(running.headers.get('retry-after')).toBe('1');
    expect(await running.json()).toMatchObject({ detail: expect.stringMatching(/still being processed/) });
    // …or had died with its process ten minutes ago: the retry runs, and booking's own rule keeps one booking.
    await api.deps.database.db
      .update(idempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 10 * 60_000) })
      .where(mine);
    const rerun = await book(slot!.id, key);
    expect(rerun.status).toBe(409);
    expect(await rerun.json()).toMatchObject({ detail: expect.stringMatching(/just booked this slot/) });
    expect(
      await api.deps.database.db.select().from(appointments).where(eq(appointments.slotId, slot!.id)),
    ).toHaveLength(1);
  });

  it('stores an uploaded file once when the upload is retried with a fresh multipart boundary', async () => {
    const key = randomUUID();
    // A new FormData, so a new multipart boundary, on every call.
    const send = () => upload(api, anna, annaId, { bytes: PDF, name: 'retry.pdf' }, key);
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    const { id } = await parseResponse(first);
    expect((await parseResponse(retry)).id).toBe(id);
    const stored = await api.deps.database.db.select().from(files).where(eq(files.originalName, 'retry.pdf'));
    expect(stored).toHaveLength(1);
  });

  it('is declared, optional, on every write that honours it, so the typed client and /docs show it', async () => {
    // Raw: the document is served beside the typed routes, not as one of them.
    const res = await api.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiDocument;
    const writes = [
      '/appointments',
      '/appointments/{id}/reschedule',
      '/urgent-queue',
      '/patients/{id}/requests',
      '/patients/{id}/files',
      '/appointments/{id}/attachments',
    ];
    for (const path of writes) {
      const header = doc.paths[path]?.post?.parameters?.find(
        (p) => p.name.toLowerCase() === 'idempotency-key',
      );
      expect(header, path).toMatchObject({ in: 'header' });
      expect(header?.required ?? false, path).toBe(false);
    }
  });
});
