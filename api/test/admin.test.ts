import { and, eq, gte, lt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, holidays, slots } from '../src/db/schema/index.js';
import { csvCell, toCsv } from '../src/domains/admin/csv.js';
import { json, type TestSession, useTestApi } from './harness.js';

const api = useTestApi();

type Practitioner = {
  id: string;
  accountId: string;
  email: string;
  kind: string;
  deactivatedAt: string | null;
  specialties: { code: string }[];
  futureFreeSlots: number;
};
type Page = {
  items: {
    id: string;
    action: string;
    actor: { email: string } | null;
    patient: { id: string } | null;
    clientAddress: string | null;
  }[];
  nextCursor: string | null;
};

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

async function practitionerByEmail(email: string) {
  const list = await json<Practitioner[]>(api.request('/admin/practitioners', { session: admin }));
  return list.find((p) => p.email === email)!;
}

describe('who may use the admin api', () => {
  const reads = [
    '/admin/practitioners',
    '/admin/practitioners/options',
    '/admin/holidays',
    '/admin/programmes',
    '/admin/policy-holders?q=Petrova',
    '/admin/sfu-nodes',
    '/admin/audit-events',
    '/admin/audit-events.csv',
  ];

  it('refuses patients, doctors and assistants (403) and anonymous callers (401)', async () => {
    for (const path of reads) {
      for (const session of [anna, doctor, assistant]) {
        expect((await api.request(path, { session })).status, path).toBe(403);
      }
      expect((await api.request(path)).status, path).toBe(401);
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
        const res = await api.request(path, { method, session, json: {} });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
    }
    // Nothing changed: Dr Smirnova is still active.
    expect((await practitionerByEmail('dr.smirnova@demo.telemed')).deactivatedAt).toBeNull();
  });

  it('answers the admin with administrative data only, never clinical content', async () => {
    const bodies = await Promise.all(
      reads.map(async (path) => (await api.request(path, { session: admin })).text()),
    );
    const text = bodies.join('\n').toLowerCase();
    for (const word of ['diagnos', 'anamnesis', 'systolic', 'complaint', 'icd10', '"notes"', 'reason']) {
      expect(text).not.toContain(word);
    }
  });
});

describe('practitioners', () => {
  it('creates a doctor with specialties and a clinic, audited', async () => {
    const options = await json<{ clinics: { id: string }[]; specialties: { code: string }[] }>(
      api.request('/admin/practitioners/options', { session: admin }),
    );
    expect(options.specialties.map((s) => s.code)).toContain('neurologist');
    const res = await api.request('/admin/practitioners', {
      method: 'POST',
      session: admin,
      json: {
        kind: 'doctor',
        email: 'Dr.New@Example.org',
        fullName: { ru: 'Новикова Ирина Павловна', en: 'Irina Novikova' },
        specialties: ['neurologist', 'therapist'],
        clinicId: options.clinics[0]!.id,
        experienceYears: 7,
      },
    });
    expect(res.status).toBe(201);
    const created = await json<Practitioner & { clinic: { id: string } }>(res);
    expect(created).toMatchObject({ email: 'dr.new@example.org', kind: 'doctor', deactivatedAt: null });
    expect(created.specialties.map((s) => s.code).sort()).toEqual(['neurologist', 'therapist']);
    expect(created.clinic.id).toBe(options.clinics[0]!.id);
    const [audit] = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'admin.practitioner.create'), eq(auditEvents.resourceId, created.id)),
      );
    expect(audit).toMatchObject({ actorAccountId: admin.accountId, outcome: 'allowed' });
  });

  it('refuses a doctor without a specialty, an unknown specialty and a taken e-mail', async () => {
    const base = { kind: 'doctor', fullName: { ru: 'Иванов Иван', en: 'Ivan Ivanov' } };
    const noSpecialty = await api.request('/admin/practitioners', {
      method: 'POST',
      session: admin,
      json: { ...base, email: 'x1@example.org', specialties: [] },
    });
    expect(noSpecialty.status).toBe(400);
    const unknown = await api.request('/admin/practitioners', {
      method: 'POST',
      session: admin,
      json: { ...base, email: 'x2@example.org', specialties: ['astrologer'] },
    });
    expect(unknown.status).toBe(400);
    const taken = await api.request('/admin/practitioners', {
      method: 'POST',
      session: admin,
      json: { ...base, email: 'dr.smirnova@demo.telemed', specialties: ['therapist'] },
    });
    expect(taken.status).toBe(409);
  });

  it('deactivates a doctor: sessions end, no sign-in, not bookable; reactivation restores', async () => {
    const lebedev = await practitionerByEmail('dr.lebedev@demo.telemed');
    const lebedevSession = await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
    const { self } = await json<{ self: { id: string } }>(api.request('/me/family', { session: anna }));
    const { items: free } = await json<{ items: { id: string }[] }>(
      api.request(`/doctors/${lebedev.id}/slots?days=3`, { session: anna }),
    );
    const slot = free[5]!;

    const off = await api.request(`/admin/practitioners/${lebedev.id}/active`, {
      method: 'PUT',
      session: admin,
      json: { active: false },
    });
    expect(off.status).toBe(200);
    expect((await json<Practitioner>(off)).deactivatedAt).not.toBeNull();

    expect((await api.request('/me', { session: lebedevSession })).status).toBe(401);
    await expect(api.login('dr.lebedev@demo.telemed', undefined, 'staff')).rejects.toThrow(/401/);
    const after = await json<{ items: unknown[] }>(
      api.request(`/doctors/${lebedev.id}/slots?days=3`, { session: anna }),
    );
    expect(after.items).toEqual([]);
    const search = await json<{ items: { id: string }[] }>(
      api.request(`/doctors?specialty=therapist&patientId=${self.id}`, { session: anna }),
    );
    expect(search.items.map((d) => d.id)).not.toContain(lebedev.id);
    const booking = await api.request('/appointments', {
      method: 'POST',
      session: anna,
      json: { patientId: self.id, slotId: slot.id, format: 'video' },
    });
    expect(booking.status).toBe(404);

    const on = await api.request(`/admin/practitioners/${lebedev.id}/active`, {
      method: 'PUT',
      session: admin,
      json: { active: true },
    });
    expect((await json<Practitioner>(on)).deactivatedAt).toBeNull();
    await api.login('dr.lebedev@demo.telemed', undefined, 'staff');
    const actions = await json<Page>(
      api.request('/admin/audit-events?action=admin.practitioner.', { session: admin }),
    );
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
    const listed = await json<{ date: string }[]>(api.request('/admin/holidays', { session: admin }));
    const today = new Date().toISOString().slice(0, 10);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((h) => h.date >= today)).toBe(true);
  });

  it('generates slots from the weekly templates and skips a holiday', async () => {
    const created = await json<Practitioner>(
      api.request('/admin/practitioners', {
        method: 'POST',
        session: admin,
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
    const added = await api.request('/admin/holidays', {
      method: 'POST',
      session: admin,
      json: { date: holiday, name: { ru: 'Тестовый день', en: 'Test day' }, source: 'test' },
    });
    expect(added.status).toBe(201);
    for (const day of [weekday, nextWeekday]) {
      const res = await api.request(`/admin/practitioners/${created.id}/slot-templates`, {
        method: 'POST',
        session: admin,
        json: { weekday: day, start: '09:00', end: '12:00', slotMinutes: 30, formats: ['video', 'chat'] },
      });
      expect(res.status).toBe(201);
    }
    const overlap = await api.request(`/admin/practitioners/${created.id}/slot-templates`, {
      method: 'POST',
      session: admin,
      json: { weekday, start: '11:30', end: '13:00', slotMinutes: 30, formats: ['video'] },
    });
    expect(overlap.status).toBe(409);
    const badTimes = await api.request(`/admin/practitioners/${created.id}/slot-templates`, {
      method: 'POST',
      session: admin,
      json: { weekday, start: '14:00', end: '13:00', slotMinutes: 30, formats: ['video'] },
    });
    expect(badTimes.status).toBe(400);

    const generate = () =>
      api.request(`/admin/practitioners/${created.id}/slots`, {
        method: 'POST',
        session: admin,
        json: { weeks: 2 },
      });
    const first = await generate();
    expect(first.status).toBe(201);
    const result = await json<{ created: number; holidaysSkipped: string[] }>(first);
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
    expect((await json<{ created: number }>(generate())).created).toBe(0);
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
      kind: 'dms',
      franchisePercent: 10,
      regions: ['Москва'],
      coverage: [{ service: 'telemedicine', covered: true, inFranchise: false, annualLimit: 12 }],
    };
    const res = await api.request('/admin/programmes', { method: 'POST', session: admin, json: body });
    expect(res.status).toBe(201);
    const created = await json<{ id: string; coverage: unknown[] }>(res);
    expect(created.coverage).toHaveLength(1);
    expect(
      (await api.request('/admin/programmes', { method: 'POST', session: admin, json: body })).status,
    ).toBe(409);
    const { code: _, ...change } = body;
    const edited = await json<{ franchisePercent: number; coverage: { service: string }[] }>(
      api.request(`/admin/programmes/${created.id}`, {
        method: 'PUT',
        session: admin,
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
    const found = await json<{ id: string; policies: { number: string }[] }[]>(
      api.request(`/admin/policy-holders?q=${encodeURIComponent('Петрова')}`, { session: admin }),
    );
    const annaRow = found[0]!;
    expect(annaRow.policies.length).toBeGreaterThan(0);
    const byNumber = await json<{ id: string }[]>(
      api.request(`/admin/policy-holders?q=${encodeURIComponent(annaRow.policies[0]!.number)}`, {
        session: admin,
      }),
    );
    expect(byNumber.map((p) => p.id)).toEqual([annaRow.id]);

    const [programme] = await json<{ id: string }[]>(api.request('/admin/programmes', { session: admin }));
    const added = await api.request(`/admin/policy-holders/${annaRow.id}/policies`, {
      method: 'POST',
      session: admin,
      json: {
        programmeId: programme!.id,
        number: 'TEST-0001-ADMIN',
        insurer: 'АО «Тест-Страхование»',
        validFrom: '2026-01-01',
        validTo: '2030-12-31',
      },
    });
    expect(added.status).toBe(201);
    const policy = await json<{ id: string; active: boolean }>(added);
    expect(policy.active).toBe(true);
    const ended = await json<{ validTo: string; active: boolean }>(
      api.request(`/admin/policies/${policy.id}/end`, {
        method: 'PUT',
        session: admin,
        json: { endDate: '2026-01-31' },
      }),
    );
    expect(ended).toMatchObject({ validTo: '2026-01-31', active: false });
    const tooEarly = await api.request(`/admin/policies/${policy.id}/end`, {
      method: 'PUT',
      session: admin,
      json: { endDate: '2025-12-31' },
    });
    expect(tooEarly.status).toBe(409);

    const log = await json<Page>(
      api.request(`/admin/audit-events?patient=${annaRow.id}&action=admin.`, { session: admin }),
    );
    expect(log.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['admin.policies.read', 'admin.policy.create', 'admin.policy.end']),
    );
  });
});

describe('audit-log search', () => {
  it("shows who opened a patient's card, from where, newest first, page by page", async () => {
    const { self } = await json<{ self: { id: string } }>(api.request('/me/family', { session: anna }));
    for (let i = 0; i < 3; i++) {
      await api.request(`/patients/${self.id}`, { session: anna });
    }
    const first = await json<Page>(
      api.request(`/admin/audit-events?actor=anna.petrova&action=patient.read&limit=2`, { session: admin }),
    );
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.actor!.email).toBe('anna.petrova@demo.telemed');
    expect(first.items[0]!.patient!.id).toBe(self.id);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await json<Page>(
      api.request(
        `/admin/audit-events?actor=anna.petrova&action=patient.read&limit=2&cursor=${first.nextCursor}`,
        {
          session: admin,
        },
      ),
    );
    expect(second.items.length).toBeGreaterThanOrEqual(1);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[0]!.id);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[1]!.id);

    const unknownCursor = await api.request(
      `/admin/audit-events?cursor=00000000-0000-4000-8000-000000000000`,
      { session: admin },
    );
    expect(unknownCursor.status).toBe(400);
    const nothing = await json<Page>(api.request('/admin/audit-events?from=2030-01-01', { session: admin }));
    expect(nothing.items).toEqual([]);
  });

  it('exports CSV that is escaped and safe from formula injection', async () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a "quoted", text\nnext')).toBe('"a ""quoted"", text\nnext"');
    for (const hostile of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(hostile).startsWith(`"'`)).toBe(true);
    }
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('\uFEFF"a","b"\r\n"1",""\r\n');

    const res = await api.request('/admin/audit-events.csv?action=patient.read', { session: admin });
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
    const exported = await json<Page>(
      api.request('/admin/audit-events?action=admin.audit.export', { session: admin }),
    );
    expect(exported.items[0]!.actor!.email).toBe('admin@demo.telemed');
  });

  it('records the address the session signed in from', async () => {
    const res = await api.app.request(
      '/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'AuditTest/1.0' },
        body: JSON.stringify({ login: 'ivan.sokolov@demo.telemed', password: 'Telemed-Demo-2026' }),
      },
      { incoming: { socket: { remoteAddress: '198.51.100.7' } } },
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const { self } = await json<{ self: { id: string } }>(api.request('/me/family', { headers: { cookie } }));
    await api.request(`/patients/${self.id}`, { headers: { cookie } });
    const page = await json<Page & { items: { userAgent: string | null }[] }>(
      api.request(`/admin/audit-events?patient=${self.id}&action=patient.read`, { session: admin }),
    );
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
    const nodes = await json<unknown[]>(api.request('/admin/sfu-nodes', { session: admin }));
    expect(nodes).toEqual([report]);
    await api.deps.redis.del('sfu:nodes:sfu-a', 'sfu:nodes:sfu-b');
  });
});
