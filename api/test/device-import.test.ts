import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, bpReadings } from '../src/db/schema/index.js';
import { isDatabaseUnavailable } from '../src/db/errors.js';
import { parseDeviceExport } from '../src/domains/monitoring/devices/detect.js';
import { fromWallClock } from '../src/domains/monitoring/devices/local-time.js';

import { type TestSession, useTestApi, problemOf, refused } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();
const fixture = (name: string) =>
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/devices', name), 'utf8');

let volkov: TestSession; // enrolled, nurse Orlova
let volkovId: string;
let orlova: TestSession;
let karpov: TestSession; // another patient's assistant
let anna: TestSession; // another family, not enrolled
let smirnova: TestSession; // a doctor

beforeAll(async () => {
  volkov = await api.login('nikolai.volkov@demo.telemed');
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  karpov = await api.login('nurse.karpov@demo.telemed', undefined, 'staff');
  anna = await api.login('anna.petrova@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  volkovId = (await familyOf(api, volkov)).self.id;
});

const upload = (content: string, session = volkov, extra: { timeZone?: string } = {}) =>
  api.client(session).patients[':id']['bp-readings']['device-import'].$post({
    param: { id: volkovId },
    json: { content, ...extra },
  });
/** The field errors of a refused import. */
const errorsOf = async (res: Response | { json(): Promise<unknown> }) => (await problemOf(res)).errors!;

const readingAt = async (iso: string) =>
  (
    await api.deps.database.db
      .select()
      .from(bpReadings)
      .where(and(eq(bpReadings.patientId, volkovId), eq(bpReadings.measuredAt, new Date(iso))))
  )[0];

describe('format detection (by content, not by name)', () => {
  it('recognises each export and nothing else', () => {
    expect(parseDeviceExport(fixture('omron-en.csv'), 'Europe/Moscow')?.source).toBe('omron');
    expect(parseDeviceExport(fixture('omron-ru-semicolon.csv'), 'Europe/Moscow')?.source).toBe('omron');
    expect(parseDeviceExport(fixture('withings.csv'), 'Europe/Moscow')?.source).toBe('withings');
    expect(parseDeviceExport(fixture('fhir-bundle.json'), 'Europe/Moscow')?.source).toBe('fhir');
    const plain = parseDeviceExport(
      'Дата;Время;САД;ДАД;Пульс\n05.11.2026;08:00;130;85;70\n',
      'Europe/Moscow',
    );
    expect(plain).toMatchObject({ source: 'csv', rows: [{ row: 2, reading: { systolic: 130, pulse: 70 } }] });
    expect(parseDeviceExport('name,age\nx,1\n', 'Europe/Moscow')).toBeNull();
  });

  it('reads quoted fields with separators and doubled quotes, a BOM and `;`', () => {
    const ru = parseDeviceExport(fixture('omron-ru-semicolon.csv'), 'Europe/Moscow')!;
    expect(ru.rows).toHaveLength(3);
    expect(ru.rows[0]).toMatchObject({ row: 2, reading: { systolic: 142, diastolic: 91, pulse: 74 } });
    expect(ru.rows[2]).toMatchObject({ row: 4, reading: { systolic: 140, diastolic: 90, pulse: null } });
    const en = parseDeviceExport(fixture('omron-en.csv'), 'Europe/Moscow')!;
    expect(en.rows).toHaveLength(4);
    expect(en.rows[2]).toMatchObject({ row: 4, reading: { systolic: 131 } });
  });

  it('converts wall-clock times across a DST change in the named zone', () => {
    const wall = { year: 2026, month: 3, day: 28, hour: 3, minute: 30, second: 0 };
    expect(fromWallClock(wall, 'Europe/Berlin').toISOString()).toBe('2026-03-28T02:30:00.000Z'); // CET
    expect(fromWallClock({ ...wall, day: 29 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    ); // CEST
    expect(fromWallClock({ ...wall, day: 31, month: 2 }, 'Europe/Moscow').getTime()).toBeNaN();
  });
});

describe('device import', () => {
  it('imports an Omron export in Moscow time once; a second upload counts only duplicates', async () => {
    const first = await parseResponse(upload(fixture('omron-en.csv')));
    expect(first).toEqual({ source: 'omron', inserted: 4, duplicates: 0, skipped: 0 });
    // 11/02/2026 07:32 Moscow (UTC+3, no DST) is 04:32 UTC; "9:15 PM" is 21:15.
    expect(await readingAt('2026-11-02T04:32:00Z')).toMatchObject({
      systolic: 134,
      diastolic: 86,
      pulse: 71,
      source: 'csv',
    });
    expect(await readingAt('2026-11-03T18:15:00Z')).toMatchObject({ systolic: 126, diastolic: 80 });
    const again = await parseResponse(upload(fixture('omron-en.csv')));
    expect(again).toEqual({ source: 'omron', inserted: 0, duplicates: 4, skipped: 0 });
  });

  it("reads local times in the patient's zone when one is given", async () => {
    const res = await upload(fixture('omron-ru-semicolon.csv'), volkov, { timeZone: 'Asia/Yekaterinburg' });
    expect(await parseResponse(res)).toEqual({ source: 'omron', inserted: 3, duplicates: 0, skipped: 0 });
    // 04.11.2026 07:10 in Yekaterinburg (UTC+5) is 02:10 UTC.
    expect(await readingAt('2026-11-04T02:10:00Z')).toMatchObject({ systolic: 142, diastolic: 91 });
    const wrongZone = await upload(fixture('omron-ru-semicolon.csv'), volkov, { timeZone: 'Mars/Olympus' });
    expect(wrongZone.status).toBe(400);
  });

  it('imports Withings, skipping the pulse-only row', async () => {
    expect(await parseResponse(upload(fixture('withings.csv')))).toEqual({
      source: 'withings',
      inserted: 2,
      duplicates: 0,
      skipped: 1,
    });
    expect(await readingAt('2026-11-06T05:01:12Z')).toMatchObject({
      systolic: 122,
      diastolic: 79,
      pulse: 64,
    });
    expect(await parseResponse(upload(fixture('withings.csv')))).toMatchObject({
      inserted: 0,
      duplicates: 2,
    });
  });

  it('imports a FHIR bundle, joining a separate pulse and skipping other resources', async () => {
    expect(await parseResponse(upload(fixture('fhir-bundle.json')))).toEqual({
      source: 'fhir',
      inserted: 2,
      duplicates: 0,
      skipped: 3, // Patient, Device, body weight
    });
    expect(await readingAt('2026-11-10T04:20:00Z')).toMatchObject({
      systolic: 129,
      pulse: 69,
      source: 'fhir',
    });
    // No offset in the file: Moscow time; the pulse Observation at the same time joins it.
    expect(await readingAt('2026-11-10T18:07:00Z')).toMatchObject({
      systolic: 124,
      diastolic: 80,
      pulse: 65,
    });
    expect(await parseResponse(upload(fixture('fhir-bundle.json')))).toMatchObject({
      inserted: 0,
      duplicates: 2,
    });
  });

  it('refuses a bundle without a blood-pressure Observation', async () => {
    const bundle = JSON.parse(fixture('fhir-bundle.json')) as { entry: { resource: { code?: unknown } }[] };
    bundle.entry = bundle.entry.filter((_, i) => ![2, 3].includes(i));
    const res = await upload(JSON.stringify(bundle));
    const problem = await refused(res, 400, 'monitoring.invalid_readings');
    expect(problem.errors![0]!.message).toMatch(/no blood-pressure Observation \(LOINC 85354-9\)/);
  });

  it('names every bad row by number and saves nothing', async () => {
    const res = await upload(fixture('omron-malformed.csv'));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    const errors = await errorsOf(res);
    expect(errors.map((e) => e.path)).toEqual(['row 3', 'row 4', 'row 5']);
    expect(errors[1]!.message).toMatch(/Systolic \(80\) must be higher than diastolic \(95\)/);
    expect(await readingAt('2026-11-08T04:33:00Z')).toBeUndefined();
  });

  it('refuses unknown files, empty exports and too many rows with a problem, never a 500', async () => {
    const unknown = await upload('name,age\nx,1\n');
    expect(unknown.status).toBe(400);
    expect((await errorsOf(unknown))[0]!.message).toMatch(/Unrecognised file/);
    const headerOnly = await upload('Date,"Heart rate","Systolic","Diastolic","Comments"\n');
    expect(headerOnly.status).toBe(400);
    const broken = await upload('{"resourceType": "Bundle", "type": ');
    expect(broken.status).toBe(400);
    const header = 'Date,"Heart rate","Systolic","Diastolic","Comments"\n';
    const huge = await upload(header + '"2026-11-06 08:01:12",64,122,79,""\n'.repeat(10_001));
    expect(huge.status).toBe(400);
    expect((await errorsOf(huge))[0]!.message).toMatch(/more than 10000 rows/);
  });

  it('counts rows split by a bare carriage return against the limit too', async () => {
    const header = 'Date,"Heart rate","Systolic","Diastolic","Comments"\r';
    const res = await upload(header + '"2026-11-06 08:01:12",64,122,79,""\r'.repeat(10_001));
    expect(res.status).toBe(400);
    expect((await errorsOf(res))[0]!.message).toMatch(/more than 10000 rows/);
  });

  it('imports the full 10,000 rows the limit allows in one transaction', async () => {
    const start = Date.UTC(2025, 5, 1, 0, 0); // 2025-06-01 00:00 local (wall clock), one row a minute
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const at = new Date(start + i * 60_000).toISOString().replace('T', ' ').slice(0, 19);
      return `"${at}",${60 + (i % 40)},${120 + (i % 30)},${70 + (i % 20)},""`;
    });
    const csv = ['Date,"Heart rate","Systolic","Diastolic","Comments"', ...rows].join('\n') + '\n';
    const res = await upload(csv);
    expect(res.status).toBe(200);
    expect(await parseResponse(res)).toEqual({
      source: 'withings',
      inserted: 10_000,
      duplicates: 0,
      skipped: 0,
    });
    // 2025-06-01 00:00 Moscow is 2025-05-31 21:00 UTC; the last row is 9,999 minutes (6 d 22 h 39 min) later.
    expect(await readingAt('2025-05-31T21:00:00Z')).toMatchObject({ systolic: 120, diastolic: 70 });
    expect(await readingAt('2025-06-07T19:39:00Z')).toMatchObject({ systolic: 129, diastolic: 89 });
  }, 60_000);

  it('refuses impossible FHIR dates instead of rolling them over', async () => {
    const bundle = JSON.parse(fixture('fhir-bundle.json')) as {
      entry: { resource: { resourceType?: string; effectiveDateTime?: string } }[];
    };
    const bp = bundle.entry.findIndex((e) => e.resource.effectiveDateTime?.match(/[+-]\d\d:\d\d$|Z$/));
    expect(bp).toBeGreaterThanOrEqual(0);
    for (const at of ['2026-02-30T08:00:00Z', '2026-11-10T24:00:00Z', '2026-11-10T07:61:00+03:00']) {
      bundle.entry[bp]!.resource.effectiveDateTime = at;
      const res = await upload(JSON.stringify(bundle));
      expect(res.status).toBe(400);
      const errors = await errorsOf(res);
      expect(errors.map((e) => e.path)).toEqual([`entry ${bp + 1}`]);
      expect(errors[0]!.message).toMatch(/date and time of the measurement are missing or unreadable/);
    }
  });

  it('refuses a reading dated before 2000, naming the measurement date', async () => {
    const csv = 'Date,"Heart rate","Systolic","Diastolic","Comments"\n"1800-03-01 08:00:00",64,122,79,""\n';
    const res = await upload(csv);
    expect(res.status).toBe(400);
    const errors = await errorsOf(res);
    expect(errors).toEqual([{ path: 'row 2', message: expect.stringMatching(/2000-01-01.*\/.*2000/) }]);
    expect(errors[0]!.message).toMatch(/measurement date cannot be earlier/);
    const zero = await upload(csv.replace('1800-03-01', '0000-03-01'));
    expect(zero.status).toBe(400);
    expect((await errorsOf(zero)).map((e) => e.path)).toEqual(['row 2']);
  });

  it('reports parse and range problems together, in row order', async () => {
    const csv = [
      'Date,"Heart rate","Systolic","Diastolic","Comments"',
      '"2026-11-07 08:00:00",64,80,95,""',
      '"2026-11-07 09:00:00",64,abc,79,""',
      '"bad date",64,120,79,""',
    ].join('\n');
    const res = await upload(csv);
    expect(res.status).toBe(400);
    expect((await errorsOf(res)).map((e) => e.path)).toEqual(['row 2', 'row 3', 'row 4']);
  });

  it('treats a protocol violation (a query too large) as a bad query, not lost storage', () => {
    expect(isDatabaseUnavailable({ code: '08P01', severity: 'ERROR' })).toBe(false);
    expect(isDatabaseUnavailable({ cause: { code: '08P01' } })).toBe(false);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { code: 'CONNECTION_CLOSED' } })).toBe(true);
  });

  it('lets the assistant import; refuses other patients, other assistants and doctors; audits', async () => {
    const csv = fixture('withings.csv').replaceAll('2026-11-06', '2026-11-12');
    expect((await upload(csv, orlova)).status).toBe(200);
    expect((await upload(csv, anna)).status).toBe(404);
    expect((await upload(csv, karpov)).status).toBe(404);
    expect([403, 404]).toContain((await upload(csv, smirnova)).status);
    const audits = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'bp-reading.device-import'));
    expect(audits.length).toBeGreaterThan(0);
  });
});
