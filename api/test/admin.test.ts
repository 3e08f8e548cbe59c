import { and, eq, gte, lt } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, holidays, slots } from '../src/db/schema/index.js';
import { csvCell, toCsv } from '../src/domains/admin/csv.js';
import type { ApiClient } from '../src/client.js';
import { fromAddress, withStatus } from './account-fixtures.js';
import { clientOf, problemOf, refused, type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

let admin: TestSession;
let anna: TestSession;
let doctor: TestSession;
let assistant: TestSession;

const moscowDay = (iso: string) => new Date(Date.parse(iso) + 3 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  admin = await api.login('admin@demo.telemed', undefined, 'staff');
  anna = await api.login('anna.petrova@demo.telemed');
  doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  assistant = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
});

const adminApi = () => api.client(admin).admin;
const auditEventsOf = (query: Parameters<ApiClient['admin']['audit-events']['$get']>[0]['query']) =>
  parseResponse(adminApi()['audit-events'].$get({ query }));

async function practitionerByEmail(email: string) {
  const list = await parseResponse(adminApi().practitioners.$get());
  return list.find((p) => p.email === email)!;
}

describe('who may use the admin api', () => {
  const reads: [string, (session?: TestSession) => Promise<{ status: number; text(): Promise<string> }>][] = [
    ['practitioners', (session) => api.client(session).admin.practitioners.$get()],
    ['practitioners/options', (session) => api.client(session).admin.practitioners.options.$get()],
    ['holidays', (session) => api.client(session).admin.holidays.$get()],
    ['programmes', (session) => api.client(session).admin.programmes.$get()],
    [
      'policy-holders',
      (session) => api.client(session).admin['policy-holders'].$get({ query: { q: 'Petrova' } }),
    ],
    ['sfu-nodes', (session) => api.client(session).admin['sfu-nodes'].$get()],
    ['audit-events', (session) => api.client(session).admin['audit-events'].$get({ query: {} })],
    ['audit-events.csv', (session) => api.client(session).admin['audit-events.csv'].$get({ query: {} })],
  ];

  it('refuses patients, doctors and assistants (403) and anonymous callers (401)', async () => {
    for (const [path, read] of reads) {
      for (const session of [anna, doctor, assistant]) {
        expect((await read(session)).status, path).toBe(403);
      }
      expect((await read()).status, path).toBe(401);
    }
  });

  it('refuses their writes too, before looking at the body', async () => {
    const smirnova = await practitionerByEmail('dr.smirnova@demo.telemed');
    const writes: [string, string][] = [
      ['POST', '/admin/practitioners'],
      ['PUT', `/admin/practitioners/${smirnova.id}/active`],
      ['POST', `/admin/practitioners/${smirnova.id}/slot-templates`],
      ['POST', `/admin/practitioners/${smirnova.id}/slots`],
      ['POST', '/admin/holidays'],
      ['POST', '/admin/programmes'],
    ];
    for (const [method, path] of writes) {
      for (const session of [anna, doctor, assistant]) {
        // Sent raw: an empty body, which the typed client would not send.
        const res = await api.request(path, { method, session, json: {} });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
    }
    // Nothing changed: Dr Smirnova is still active.
    expect((await practitionerByEmail('dr.smirnova@demo.telemed')).deactivatedAt).toBeNull();
  });

  it('answers the admin with administrative data only, never clinical content', async () => {
    const bodies = await Promise.all(reads.map(async ([, read]) => (await read(admin)).text()));
    const text = bodies.join('\n').toLowerCase();
    for (const word of ['diagnos', 'anamnesis', 'systolic', 'complaint', 'icd10', '"notes"', 'reason']) {
      expect(text).not.toContain(word);
    }
  });
});

describe('practitioners', () => {
  it('creates a doctor with specialties and a clinic, audited', async () => {
    const options = await parseResponse(adminApi().practitioners.options.$get());
    expect(options.specialties.map((s) => s.code)).toContain('neurologist');
    const res = await adminApi().practitioners.$post({
      json: {
        kind: 'doctor',
        email: 'Dr.New@Example.org',
        fullName: { ru: 'Новикова Ирина Павловна', en: 'Irina Novikova' },
        specialties: ['neurologist', 'therapist'],
        clinicId: options.clinics[0]!.id,
        experienceYears: 7,
      },
    });
    const created = await withStatus(res, 201).json();
    expect(created).toMatchObject({ email: 'dr.new@example.org', kind: 'doctor', deactivatedAt: null });
    expect(created.specialties.map((s) => s.code).sort()).toEqual(['neurologist', 'therapist']);
    expect(created.clinic!.id).toBe(options.clinics[0]!.id);
    const [audit] = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'admin.practitioner.create'), eq(auditEvents.resourceId, created.id)),
      );
    expect(audit).toMatchObject({ actorAccountId: admin.accountId, outcome: 'allowed' });
  });

  it('refuses a doctor without a specialty, an unknown specialty and a taken e-mail', async () => {
    const base = { kind: 'doctor' as const, fullName: { ru: 'Иванов Иван', en: 'Ivan Ivanov' } };
    const create = adminApi().practitioners;
    const noSpecialty = await create.$post({ json: { ...base, email: 'x1@example.org', specialties: [] } });
    expect(noSpecialty.status).toBe(400);
    const unknown = await create.$post({
      json: { ...base, email: 'x2@example.org', specialties: ['astrologer'] },
    });
    expect(unknown.status).toBe(400);
    const taken = await create.$post({
      json: { ...base, email: 'dr.smirnova@demo.telemed', specialties: ['therapist'] },
    });
    expect(taken.status).toBe(409);
  });

  it('deactivates a doctor: sessions end, no sign-in, not bookable; reactivation restores', async () => {
    const lebedev = await practitionerByEmail('dr.lebedev@demo.telemed');
    const lebedevSession = await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
    const { self } = await familyOf(api, anna);
    const asAnna = api.client(anna);
    const slotsOfLebedev = () =>
      parseResponse(asAnna.doctors[':id'].slots.$get({ param: { id: lebedev.id }, query: { days: '3' } }));
    const { items: free } = await slotsOfLebedev();
    const slot = free[5]!;

    const active = adminApi().practitioners[':id'].active;
    const off = await active.$put({ param: { id: lebedev.id }, json: { active: false } });
    expect((await withStatus(off, 200).json()).deactivatedAt).not.toBeNull();

    expect((await api.client(lebedevSession).me.$get()).status).toBe(401);
    await expect(api.login('dr.lebedev@demo.telemed', undefined, 'staff')).rejects.toThrow(/401/);
    const after = await asAnna.doctors[':id'].slots.$get({ param: { id: lebedev.id }, query: { days: '3' } });
    await refused(after, 404, 'not_found');
    const search = await parseResponse(
      asAnna.doctors.$get({ query: { specialty: 'therapist', patientId: self.id } }),
    );
    expect(search.items.map((d) => d.id)).not.toContain(lebedev.id);
    const booking = await asAnna.appointments.$post({
      json: { patientId: self.id, slotId: slot.id, format: 'video' },
      header: {},
    });
    expect(booking.status).toBe(404);

    const on = await parseResponse(active.$put({ param: { id: lebedev.id }, json: { active: true } }));
    expect(on.deactivatedAt).toBeNull();
    await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
    const actions = await auditEventsOf({ action: 'admin.practitioner.' });
    expect(actions.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['admin.practitioner.deactivate', 'admin.practitioner.reactivate']),
    );
  });
});

describe('slot templates, holidays and generation', () => {
  it('seeds the Russian public holidays of 2026 and 2027 with their source, and lists those ahead', async () => {
    const seeded = await api.deps.database.db.select().from(holidays);
    expect(seeded).toHaveLength(28); // 14 days a year (Labour Code, art. 112), two years
    const dates = seeded.map((h) => h.date);
    for (const day of ['2026-01-07', '2026-05-09', '2026-11-04', '2027-06-12', '2027-03-08']) {
      expect(dates).toContain(day);
    }
    expect(seeded.every((h) => h.source.includes('112'))).toBe(true);
    const listed = await parseResponse(adminApi().holidays.$get());
    const today = new Date().toISOString().slice(0, 10);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((h) => h.date >= today)).toBe(true);
  });

  it('generates slots from the weekly templates and skips a holiday', async () => {
    const created = await parseResponse(
      adminApi().practitioners.$post({
        json: {
          kind: 'doctor',
          email: 'dr.schedule@example.org',
          fullName: { ru: 'Графикова Анна', en: 'Anna Grafikova' },
          specialties: ['therapist'],
        },
      }),
    );
    // A holiday eight days ahead, and a template on that weekday and on the next one.
    const holiday = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    const weekday = ((new Date(`${holiday}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const nextWeekday = (weekday % 7) + 1;
    const added = await adminApi().holidays.$post({
      json: { date: holiday, name: { ru: 'Тестовый день', en: 'Test day' }, source: 'test' },
    });
    expect(added.status).toBe(201);
    const practitioner = adminApi().practitioners[':practitionerId'];
    const param = { practitionerId: created.id };
    for (const day of [weekday, nextWeekday]) {
      const res = await practitioner['slot-templates'].$post({
        param,
        json: { weekday: day, start: '09:00', end: '12:00', slotMinutes: 30, formats: ['video', 'chat'] },
      });
      expect(res.status).toBe(201);
    }
    const overlap = await practitioner['slot-templates'].$post({
      param,
      json: { weekday, start: '11:30', end: '13:00', slotMinutes: 30, formats: ['video'] },
    });
    expect(overlap.status).toBe(409);
    const badTimes = await practitioner['slot-templates'].$post({
      param,
      json: { weekday, start: '14:00', end: '13:00', slotMinutes: 30, formats: ['video'] },
    });
    expect(badTimes.status).toBe(400);

    const generate = () => practitioner.slots.$post({ param, json: { weeks: 2 } });
    const result = await withStatus(await generate(), 201).json();
    expect(result.holidaysSkipped).toContain(holiday);
    // Two weekdays × two weeks × 6 half-hour slots, less the holiday (and this week's day, if already past).
    expect(result.created).toBeGreaterThanOrEqual(12);
    expect(result.created).toBeLessThanOrEqual(18);

    const rows = await api.deps.database.db
      .select({ startsAt: slots.startsAt, formats: slots.formats })
      .from(slots)
      .where(and(eq(slots.practitionerId, created.id), gte(slots.startsAt, new Date())));
    expect(rows.length).toBe(result.created);
    expect(rows.map((r) => moscowDay(r.startsAt.toISOString()))).not.toContain(holiday);
    // 09:00 Moscow is 06:00 UTC; each slot is half an hour.
    expect(rows.every((r) => r.startsAt.getUTCHours() >= 6 && r.startsAt.getUTCHours() < 9)).toBe(true);
    expect(rows[0]!.formats.sort()).toEqual(['chat', 'video']);

    // Running it again fills nothing twice.
    expect((await parseResponse(generate())).created).toBe(0);
    const day = new Date(`${holiday}T00:00:00+03:00`);
    const onHoliday = await api.deps.database.db
      .select()
      .from(slots)
      .where(
        and(
          eq(slots.practitionerId, created.id),
          gte(slots.startsAt, day),
          lt(slots.startsAt, new Date(day.getTime() + 86_400_000)),
        ),
      );
    expect(onHoliday).toEqual([]);
  });
});

describe('programmes and policies', () => {
  it('creates and edits a programme and its cover', async () => {
    const body = {
      code: 'corp-basic',
      name: { ru: 'Корпоративный базовый', en: 'Corporate basic' },
      kind: 'dms' as const,
      franchisePercent: 10,
      regions: ['moscow', 'kazan'],
      coverage: [{ service: 'telemedicine' as const, covered: true, inFranchise: false, annualLimit: 12 }],
    };
    // The form offers the network's regions; anything else (a name, a typo) is refused, naming it.
    const regions = await parseResponse(adminApi().regions.$get());
    expect(regions.items).toEqual(['kazan', 'moscow', 'spb']);
    const programmes = adminApi().programmes;
    const named = await programmes.$post({ json: { ...body, regions: ['Москва'] } });
    expect(named.status).toBe(400);
    expect(await problemOf(named)).toMatchObject({
      code: 'admin.unknown_region',
      params: { region: 'Москва' },
      errors: [{ path: 'regions', code: 'admin.unknown_region' }],
    });
    const created = await withStatus(await programmes.$post({ json: body }), 201).json();
    expect(created.coverage).toHaveLength(1);
    expect((await programmes.$post({ json: body })).status).toBe(409);
    const { code: _, ...change } = body;
    const edited = await parseResponse(
      programmes[':id'].$put({
        param: { id: created.id },
        json: {
          ...change,
          franchisePercent: 20,
          coverage: [
            ...body.coverage,
            { service: 'lab', covered: true, inFranchise: true, annualLimit: null },
          ],
        },
      }),
    );
    expect(edited.franchisePercent).toBe(20);
    expect(edited.coverage.map((c) => c.service).sort()).toEqual(['lab', 'telemedicine']);
  });

  it('finds a patient by name, adds and ends a policy, and audits each step', async () => {
    const holders = adminApi()['policy-holders'];
    const found = await parseResponse(holders.$get({ query: { q: 'Петрова' } }));
    const annaRow = found[0]!;
    expect(annaRow.policies.length).toBeGreaterThan(0);
    const byNumber = await parseResponse(holders.$get({ query: { q: annaRow.policies[0]!.number } }));
    expect(byNumber.map((p) => p.id)).toEqual([annaRow.id]);

    const [programme] = await parseResponse(adminApi().programmes.$get());
    const added = await holders[':id'].policies.$post({
      param: { id: annaRow.id },
      json: {
        programmeId: programme!.id,
        number: 'TEST-0001-ADMIN',
        insurer: 'АО «Тест-Страхование»',
        validFrom: '2026-01-01',
        validTo: '2030-12-31',
      },
    });
    const policy = await withStatus(added, 201).json();
    expect(policy.active).toBe(true);
    const end = adminApi().policies[':id'].end;
    const ended = await parseResponse(
      end.$put({ param: { id: policy.id }, json: { endDate: '2026-01-31' } }),
    );
    expect(ended).toMatchObject({ validTo: '2026-01-31', active: false });
    const tooEarly = await end.$put({ param: { id: policy.id }, json: { endDate: '2025-12-31' } });
    expect(tooEarly.status).toBe(409);

    const log = await auditEventsOf({ patient: annaRow.id, action: 'admin.' });
    expect(log.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['admin.policies.read', 'admin.policy.create', 'admin.policy.end']),
    );
  });
});

describe('audit-log search', () => {
  it("shows who opened a patient's card, from where, newest first, page by page", async () => {
    const { self } = await familyOf(api, anna);
    for (let i = 0; i < 3; i++) {
      await api.client(anna).patients[':id'].$get({ param: { id: self.id } });
    }
    const query = { actor: 'anna.petrova', action: 'patient.read', limit: '2' };
    const first = await auditEventsOf(query);
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.actor!.email).toBe('anna.petrova@demo.telemed');
    expect(first.items[0]!.patient!.id).toBe(self.id);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await auditEventsOf({ ...query, cursor: first.nextCursor! });
    expect(second.items.length).toBeGreaterThanOrEqual(1);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[0]!.id);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[1]!.id);

    const unknownCursor = await adminApi()['audit-events'].$get({
      query: { cursor: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownCursor.status).toBe(400);
    const nothing = await auditEventsOf({ from: '2030-01-01' });
    expect(nothing.items).toEqual([]);
  });

  it('exports CSV that is escaped and safe from formula injection', async () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a "quoted", text\nnext')).toBe('"a ""quoted"", text\nnext"');
    for (const hostile of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(hostile).startsWith(`"'`)).toBe(true);
    }
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('\uFEFF"a","b"\r\n"1",""\r\n');

    const res = await adminApi()['audit-events.csv'].$get({ query: { action: 'patient.read' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"at","actor_email","actor_name","actor_role","action","resource_type","resource_id","patient_id","patient_name","outcome","client_address","user_agent","request_id"',
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(1).every((line) => line.includes('"patient.read"'))).toBe(true);
    const exported = await auditEventsOf({ action: 'admin.audit.export' });
    expect(exported.items[0]!.actor!.email).toBe('admin@demo.telemed');
  });

  it('records the address the session signed in from', async () => {
    const res = await fromAddress(api, '198.51.100.7').auth.login.$post(
      { json: { login: 'ivan.sokolov@demo.telemed', password: 'Telemed-Demo-2026' } },
      { headers: { 'user-agent': 'AuditTest/1.0' } },
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const ivan = clientOf(api.app, { headers: { cookie } });
    const { self } = await parseResponse(ivan.me.family.$get());
    await ivan.patients[':id'].$get({ param: { id: self.id } });
    const page = await auditEventsOf({ patient: self.id, action: 'patient.read' });
    expect(page.items[0]).toMatchObject({ clientAddress: '198.51.100.7', userAgent: 'AuditTest/1.0' });
  });
});

describe('sfu nodes', () => {
  it("shows each live node's reported load and skips a report it cannot read", async () => {
    const report = {
      nodeId: 'sfu-a',
      url: 'wss://sfu-a.example.org',
      rooms: 2,
      peers: 3,
      consumers: 4,
      rssBytes: 120_000_000,
      score: 12.5,
      updatedAt: new Date().toISOString(),
      workers: [{ index: 0, pid: 4321, alive: true, rooms: 2, peers: 3, consumers: 4, cpuPercent: 12.5 }],
    };
    await api.deps.redis.set('sfu:nodes:sfu-a', JSON.stringify(report), 'EX', 60);
    await api.deps.redis.set('sfu:nodes:sfu-b', JSON.stringify({ nodeId: 'sfu-b' }), 'EX', 60);
    const nodes = await parseResponse(adminApi()['sfu-nodes'].$get());
    expect(nodes).toEqual([report]);
    await api.deps.redis.del('sfu:nodes:sfu-a', 'sfu:nodes:sfu-b');
  });
});
