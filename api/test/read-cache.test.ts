import { parseResponse } from 'hono/client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { ReadCache } from '../src/lib/read-cache.js';
import { clientOf, useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

/**
 * Two api processes over the same database and Redis, each with its own read cache and a TTL far longer than
 * the test: only an invalidation can make either see a change. The first is registered (the writes this test
 * makes through it invalidate it directly); the second hears of them only through Redis.
 */
const processes = { writer: null as Process | null, reader: null as Process | null };
type Process = { app: ReturnType<typeof createApp>; cache: ReadCache };
async function start(register: boolean): Promise<Process> {
  const cache = await ReadCache.start(api.deps.redis, 600_000, { register });
  return { cache, app: createApp({ ...api.deps, readCache: cache }) };
}
afterAll(() => {
  processes.writer?.cache.close();
  processes.reader?.cache.close();
});

const slotIds = async (app: ReturnType<typeof createApp>, session: TestSession, doctorId: string) => {
  const res = await clientOf(app, { session }).doctors[':id'].slots.$get({
    param: { id: doctorId },
    query: { days: '14' },
  });
  expect(res.status).toBe(200);
  return (await parseResponse(res)).items;
};

describe('the read cache across api processes', () => {
  it('drops a booked slot in every process, and shows it again once the booking is cancelled', async () => {
    processes.writer ??= await start(true);
    processes.reader ??= await start(false);
    const { writer, reader } = processes;
    const patient = await api.login('anna.petrova@demo.telemed');
    const asPatient = clientOf(writer.app, { session: patient });
    const family = await parseResponse(asPatient.me.family.$get());
    const doctors = await parseResponse(asPatient.doctors.$get({ query: { specialty: 'therapist' } }));
    const doctorId = doctors.items[0]!.id;

    // Both processes have cached the doctor's free slots.
    const before = await slotIds(writer.app, patient, doctorId);
    expect(await slotIds(reader.app, patient, doctorId)).toEqual(before);
    const slot = before.find((s) => Date.parse(s.startsAt) > Date.now() + 3 * 3600_000)!;

    const booked = await asPatient.appointments.$post({
      header: {},
      json: { patientId: family.self.id, slotId: slot.id, format: slot.formats[0]! },
    });
    expect(booked.status).toBe(201);
    const { id: appointmentId } = await parseResponse(booked);

    // The writer forgot at once; the reader as soon as Redis carried the news.
    expect((await slotIds(writer.app, patient, doctorId)).map((s) => s.id)).not.toContain(slot.id);
    await vi.waitFor(
      async () =>
        expect((await slotIds(reader.app, patient, doctorId)).map((s) => s.id)).not.toContain(slot.id),
      { timeout: 5000 },
    );

    const cancelled = await asPatient.appointments[':id'].cancel.$post({ param: { id: appointmentId } });
    expect(cancelled.status).toBeLessThan(300);
    await vi.waitFor(
      async () => expect((await slotIds(reader.app, patient, doctorId)).map((s) => s.id)).toContain(slot.id),
      { timeout: 5000 },
    );
  });

  it('shares one load between concurrent misses, and keeps nothing a concurrent change made stale', async () => {
    const cache = await ReadCache.start(api.deps.redis, 600_000, { register: false });
    try {
      let loads = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const load = async () => {
        loads++;
        await gate;
        return `value ${loads}`;
      };
      const first = cache.get('test', 'k', load);
      const second = cache.get('test', 'k', load);
      // Changed while the load was running: its answer is served, but not kept.
      await cache.invalidate('test', 'k');
      const third = cache.get('test', 'k', load);
      release();
      expect(await Promise.all([first, second, third])).toEqual(['value 2', 'value 2', 'value 2']);
      expect(loads).toBe(2);
      expect(await cache.get('test', 'k', load)).toBe('value 2'); // the second load, started after, is kept
      expect(loads).toBe(2);
    } finally {
      cache.close();
    }
  });
});

// Raw requests on purpose: these are about the If-None-Match header and the bare 304.
describe('ETag revalidation of catalogues and vocabularies', () => {
  it('answers 304 without a body to a matching If-None-Match, and 200 with the body otherwise', async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    for (const path of [
      '/catalogue/lab-tests',
      '/catalogue/icd10?q=I10',
      '/specialties',
      '/triage/vocabulary',
    ]) {
      const first = await api.request(path, { session: doctor });
      expect(first.status, path).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag, path).toMatch(/^W\/"[^"]+"$/);
      expect(first.headers.get('cache-control'), path).toBe('private, no-cache');
      const body = await first.text();

      const again = await api.request(path, { session: doctor, headers: { 'if-none-match': tag! } });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe('');
      expect(again.headers.get('etag'), path).toBe(tag);

      const stale = await api.request(path, { session: doctor, headers: { 'if-none-match': 'W/"stale"' } });
      expect(stale.status, path).toBe(200);
      expect(await stale.text(), path).toBe(body);
    }
  });

  it('still refuses a caller the route refuses, whatever If-None-Match says', async () => {
    const tag = (await api.request('/specialties')).headers.get('etag') ?? 'W/"x"';
    const anonymous = await api.request('/catalogue/lab-tests', { headers: { 'if-none-match': tag } });
    expect(anonymous.status).toBe(401);
  });
});
