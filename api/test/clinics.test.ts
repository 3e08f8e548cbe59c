import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clinicProgrammes,
  clinics,
  insurancePolicies,
  insuranceProgrammes,
  medicalServices,
  patientRegions,
} from '../src/db/schema/index.js';
import { isOpenAt } from '../src/domains/clinics/hours.js';
import { platformToday } from '../src/domains/clinics/queries.js';
import type { ApiClient } from '../src/client.js';
import { withStatus } from './account-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';
import { familyOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let annaId: string;
type ClinicsQuery = Parameters<ApiClient['clinics']['$get']>[0]['query'];
const list = async (query: ClinicsQuery, session = anna) =>
  (await withStatus(await api.client(session).clinics.$get({ query }), 200).json()).items;
const names = (items: Awaited<ReturnType<typeof list>>) => items.map((c) => c.name.en);

// 2026-12-07 is a Monday and 2026-12-06 a Sunday; Moscow is UTC+3 all year.
const MONDAY = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+03:00`).toISOString();
const SUNDAY = (hhmm: string) => new Date(`2026-12-06T${hhmm}:00+03:00`).toISOString();

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
});

describe('the seeded network', () => {
  it('has the service catalogue and at least 25 clinics in three cities, the first three filled in too', async () => {
    const db = api.deps.database.db;
    expect(await db.select().from(medicalServices)).toHaveLength(14);
    const all = await list({});
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((c) => c.region))).toEqual(new Set(['moscow', 'spb', 'kazan']));
    for (const c of all) expect(c.hours).toHaveLength(7);
    expect(all.filter((c) => !c.onlineBooking).length).toBeGreaterThanOrEqual(3);
    const arbat = all.find((c) => c.name.en === 'Telemed Clinic Arbat')!;
    expect(arbat.metro[0]?.name.en).toBe('Arbatskaya');
    const count = async (code: string) => {
      const [p] = await db.select().from(insuranceProgrammes).where(eq(insuranceProgrammes.code, code));
      return (await db.select().from(clinicProgrammes).where(eq(clinicProgrammes.programmeId, p!.id))).length;
    };
    expect(await count('oms-base')).toBeLessThan(await count('dms-full'));
  });
});

describe('open now and on Sunday', () => {
  const weekdays = { opens: '08:00', closes: '21:00' };
  const hours = [weekdays, weekdays, weekdays, weekdays, weekdays, null, { opens: '10:00', closes: '16:00' }];
  it('is open from the opening minute up to, not including, the closing minute, on the clinic’s clock', () => {
    expect(isOpenAt(hours, 'Europe/Moscow', new Date(MONDAY('07:59')))).toBe(false);
    expect(isOpenAt(hours, 'Europe/Moscow', new Date(MONDAY('08:00')))).toBe(true);
    expect(isOpenAt(hours, 'Europe/Moscow', new Date(MONDAY('20:59')))).toBe(true);
    expect(isOpenAt(hours, 'Europe/Moscow', new Date(MONDAY('21:00')))).toBe(false);
    expect(isOpenAt(hours, 'Europe/Moscow', new Date(SUNDAY('10:00')))).toBe(true);
    // 08:00 in Moscow is 06:00 in Berlin: the same instant is judged on each clinic's own clock.
    expect(isOpenAt(hours, 'Europe/Berlin', new Date(MONDAY('08:00')))).toBe(false);
    // Saturday closed all day.
    expect(isOpenAt(hours, 'Europe/Moscow', new Date('2026-12-05T12:00:00+03:00'))).toBe(false);
  });

  it('filters by open now at the boundaries of the seeded hours', async () => {
    const at = (iso: string) => ({ openNow: 'true' as const, at: iso });
    // Arbat: weekdays 08:00–21:00; Kurskaya opens 07:30.
    expect(names(await list(at(MONDAY('07:59'))))).not.toContain('Telemed Clinic Arbat');
    expect(names(await list(at(MONDAY('07:59'))))).toContain('Kurskaya Polyclinic');
    expect(names(await list(at(MONDAY('08:00'))))).toContain('Telemed Clinic Arbat');
    expect(names(await list(at(MONDAY('20:59'))))).toContain('Telemed Clinic Arbat');
    expect(names(await list(at(MONDAY('21:00'))))).not.toContain('Telemed Clinic Arbat');
    // Sunday: Arbat 10:00–16:00, Baumanskaya closed.
    const sunday = await list(at(SUNDAY('15:59')));
    expect(names(sunday)).toContain('Telemed Clinic Arbat');
    expect(names(sunday)).not.toContain('Baumanskaya Clinic');
    expect(names(await list(at(SUNDAY('16:00'))))).not.toContain('Telemed Clinic Arbat');
    // Late at night nothing is open.
    expect(await list(at(MONDAY('23:30')))).toEqual([]);
  });

  it('keeps only clinics open on Sunday', async () => {
    const items = await list({ openOnSunday: 'true' });
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((c) => c.hours[6] !== null && c.openOnSunday)).toBe(true);
    expect(names(items)).not.toContain('Baumanskaya Clinic');
  });
});

describe('filters', () => {
  it('by specialty, online booking and region', async () => {
    const children = await list({ specialty: 'paediatrician', region: 'moscow' });
    expect(children.length).toBeGreaterThan(2);
    expect(children.every((c) => c.specialties.includes('paediatrician') && c.region === 'moscow')).toBe(
      true,
    );
    const byPhone = await list({ onlineBooking: 'false' });
    expect(byPhone.length).toBeGreaterThanOrEqual(3);
    expect(byPhone.every((c) => !c.onlineBooking)).toBe(true);
  });

  it('by a part of a metro station name in Russian or English, any case', async () => {
    expect(names(await list({ metro: 'арбат' }))).toEqual(['Telemed Clinic Arbat']);
    expect(names(await list({ metro: 'arbat' }))).toEqual(['Telemed Clinic Arbat']);
    const sokol = names(await list({ metro: 'Sokol' }));
    expect(sokol).toEqual(expect.arrayContaining(['Sokol Medical Centre', 'Sokolniki Children’s Clinic']));
    expect(await list({ metro: 'Nowhere' })).toEqual([]);
  });

  it('by distance: nearest first, with the distance in km', async () => {
    const items = await list({ near: '55.7503,37.5952' });
    expect(items[0]!.name.en).toBe('Telemed Clinic Arbat');
    expect(items[0]!.distanceKm).toBeLessThan(0.1);
    const distances = items.map((c) => c.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Moscow to St Petersburg is about 635 km as the crow flies.
    const spb = items.find((c) => c.name.en === 'Telemed Clinic Nevsky')!;
    expect(spb.distanceKm).toBeGreaterThan(600);
    expect(spb.distanceKm).toBeLessThan(660);
  });

  it('refuses bad filters and strangers', async () => {
    expect((await api.client(anna).clinics.$get({ query: { near: 'north' } })).status).toBe(400);
    // Sent raw: the typed client only takes true or false.
    expect((await api.request('/clinics?openNow=yes', { session: anna })).status).toBe(400);
    expect((await api.client().clinics.$get({ query: {} })).status).toBe(401);
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await api.client(ivan).clinics.$get({ query: { coveredFor: annaId } })).status).toBe(404);
  });
});

describe('coverage by the programme and its regions', () => {
  it('shows a member without a policy no covered clinic', async () => {
    const stranger = await newPatient(api, 'clinics.nopolicy@example.org');
    expect(await list({ coveredFor: stranger.patientId }, stranger.session)).toEqual([]);
  });

  it('follows the programme: an OMS member sees only clinics in the OMS programme', async () => {
    const member = await newPatient(api, 'clinics.oms@example.org');
    const db = api.deps.database.db;
    const [oms] = await db.select().from(insuranceProgrammes).where(eq(insuranceProgrammes.code, 'oms-base'));
    const year = new Date().getUTCFullYear();
    await db.insert(insurancePolicies).values({
      patientId: member.patientId,
      programmeId: oms!.id,
      number: '7700000000000008',
      insurer: 'Telemed Insurance',
      validFrom: `${year - 1}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
    const covered = await list({ coveredFor: member.patientId }, member.session);
    const all = await list({}, member.session);
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.length).toBeLessThan(all.length);
    expect(covered.every((c) => c.programmes.some((p) => p.code === 'oms-base'))).toBe(true);

    // A chosen region active today narrows the list; one chosen for tomorrow does not yet.
    await db
      .insert(patientRegions)
      .values({ patientId: member.patientId, region: 'kazan', activeFrom: platformToday() });
    const kazan = await list({ coveredFor: member.patientId }, member.session);
    expect(kazan.length).toBeGreaterThan(0);
    expect(kazan.every((c) => c.region === 'kazan')).toBe(true);
    const tomorrow = new Date(Date.parse(`${platformToday()}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await db
      .insert(patientRegions)
      .values({ patientId: member.patientId, region: 'spb', activeFrom: tomorrow });
    expect(names(await list({ coveredFor: member.patientId }, member.session))).toEqual(names(kazan));
  });

  it('a parent may ask for a child; Anna’s full programme covers clinics in all three cities', async () => {
    const family = await familyOf(api, anna);
    const child = await list({ coveredFor: family.children[0]!.id });
    expect(child.length).toBeGreaterThan(10);
    const own = await list({ coveredFor: annaId, specialty: 'therapist' });
    expect(new Set(own.map((c) => c.region))).toEqual(new Set(['moscow', 'spb', 'kazan']));
  });
});

describe('a clinic card', () => {
  it('lists the clinic’s doctors with their specialties and its services with prices', async () => {
    const [arbat] = await api.deps.database.db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.region, 'moscow'))
      .orderBy(clinics.createdAt)
      .limit(1);
    const card = api.client(anna).clinics[':id'];
    const detail = await parseResponse(card.$get({ param: { id: arbat!.id } }));
    expect(detail.name.en).toBe('Telemed Clinic Arbat');
    const smirnova = detail.doctors.find((d) => d.fullName.en === 'Elena Smirnova')!;
    expect(smirnova.specialties.map((s) => s.code)).toContain('therapist');
    expect(detail.serviceDetails.find((s) => s.code === 'ecg')?.priceRub).toBeGreaterThan(0);
    expect((await card.$get({ param: { id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
  });
});

describe('regions chosen by a member', () => {
  it('applies a newly chosen region from the next day, and the clinic list follows the choice in effect', async () => {
    const db = api.deps.database.db;
    const member = await newPatient(api, 'clinics.regions@example.org');
    const [full] = await db
      .select()
      .from(insuranceProgrammes)
      .where(eq(insuranceProgrammes.code, 'dms-full'));
    const year = new Date().getUTCFullYear();
    await db.insert(insurancePolicies).values({
      patientId: member.patientId,
      programmeId: full!.id,
      number: `DMS-${year}-REGIONS1`,
      insurer: 'Telemed Insurance',
      validFrom: `${year - 1}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
    const regions = api.client(member.session).patients[':id'].regions;
    const param = { id: member.patientId };
    const before = await parseResponse(regions.$get({ param }));
    expect(before).toEqual({
      available: ['moscow', 'spb', 'kazan'],
      chosen: [],
      inEffect: ['moscow', 'spb', 'kazan'],
    });

    const today = platformToday();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const after = await withStatus(await regions.$put({ param, json: { regions: ['spb'] } }), 200).json();
    expect(after.chosen).toEqual([{ region: 'spb', activeFrom: tomorrow }]);
    // Not yet: until tomorrow the programme's regions still apply.
    expect(after.inEffect).toEqual(['moscow', 'spb', 'kazan']);
    const regionsOf = async () =>
      new Set((await list({ coveredFor: member.patientId }, member.session)).map((c) => c.region));
    expect(await regionsOf()).toEqual(new Set(['moscow', 'spb', 'kazan']));

    // Tomorrow comes (the stored date moved back a day): only St Petersburg.
    await db
      .update(patientRegions)
      .set({ activeFrom: today })
      .where(eq(patientRegions.patientId, member.patientId));
    expect((await parseResponse(regions.$get({ param }))).inEffect).toEqual(['spb']);
    expect(await regionsOf()).toEqual(new Set(['spb']));

    // Adding Kazan keeps St Petersburg's date; Kazan waits for tomorrow.
    const more = await parseResponse(regions.$put({ param, json: { regions: ['spb', 'kazan'] } }));
    expect(more.chosen).toEqual([
      { region: 'kazan', activeFrom: tomorrow },
      { region: 'spb', activeFrom: today },
    ]);
    expect(more.inEffect).toEqual(['spb']);

    // Choosing none: the programme's regions again, at once.
    const none = await parseResponse(regions.$put({ param, json: { regions: [] } }));
    expect(none).toMatchObject({ chosen: [], inEffect: ['moscow', 'spb', 'kazan'] });
  });

  it('refuses a region outside the programme, repeated regions, and other people', async () => {
    const regions = (session: TestSession) => api.client(session).patients[':id'].regions;
    const param = { id: annaId };
    const outside = await regions(anna).$put({ param, json: { regions: ['sochi'] } });
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({ code: 'clinics.region_not_in_programme' });
    const twice = await regions(anna).$put({ param, json: { regions: ['spb', 'spb'] } });
    expect(twice.status).toBe(400);
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await regions(ivan).$get({ param })).status).toBe(404);
    expect((await regions(ivan).$put({ param, json: { regions: [] } })).status).toBe(404);
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    expect((await regions(doctor).$get({ param })).status).toBe(404);
  });
});

describe('admin CSV import of clinics', () => {
  const header =
    'name_ru,name_en,address_ru,address_en,city_ru,city_en,region,phone,latitude,longitude,metro,hours,specialties,services,online_booking,programmes';
  const good = [
    header,
    '"Клиника «Чистые пруды»",Chistye Prudy Clinic,"Москва, Мясницкая ул., 40","40 Myasnitskaya St, Moscow",Москва,Moscow,moscow,+74956230101,55.7649,37.6389,"Чистые пруды|Chistye Prudy|1|4;Тургеневская|Turgenevskaya|6|5","08:00-20:00;08:00-20:00;08:00-20:00;08:00-20:00;08:00-20:00;10:00-16:00;closed",therapist;neurologist,ecg;mri_brain,true,dms-full;oms-base',
    '"Клиника «Автово»",Avtovo Clinic,"Санкт-Петербург, пр. Стачек, 92","92 Stachek Ave, Saint Petersburg",Санкт-Петербург,Saint Petersburg,spb,+78127850202,59.8673,30.2612,Автово|Avtovo|1|6,"09:00-21:00;09:00-21:00;09:00-21:00;09:00-21:00;09:00-21:00;closed;closed",therapist,,no,dms-franchise',
  ].join('\r\n');
  let admin: TestSession;
  beforeAll(async () => {
    admin = await api.login('admin@demo.telemed', undefined, 'staff');
  });
  // Sent raw: the typed client sends neither a text/csv body nor a raw multipart file.
  const post = (body: string | FormData, session = admin) =>
    api.request('/admin/clinics/import', {
      method: 'POST',
      session,
      body,
      ...(typeof body === 'string' ? { headers: { 'content-type': 'text/csv; charset=utf-8' } } : {}),
    });

  it('refuses the whole file for one bad row, naming each error by line, and imports nothing', async () => {
    const before = (await list({})).length;
    const bad = good.replace('+78127850202', '812-785').replace(',therapist,,no,', ',therapist;surgeon,,no,');
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'clinics.import_invalid',
      params: { rows: 1 },
      errors: [{ path: 'line 3: phone' }, { path: 'line 3: specialties' }],
    });
    expect((await list({})).length).toBe(before);

    const badHours = good.replace('10:00-16:00;closed', '16:00-10:00;closed');
    const hoursRes = await post(badHours);
    expect(await hoursRes.json()).toHaveProperty(['errors', 0, 'path'], 'line 2: hours');
    expect((await post('a,b\r\n1,2')).status).toBe(400);

    // A quote never closed swallows the rest of the file: refused, naming where that row starts.
    const unclosed = await post(`${good}\r\n"Клиника «Озерки»,Ozerki Clinic`);
    expect(unclosed.status).toBe(400);
    expect(await unclosed.json()).toMatchObject({
      detail: expect.stringMatching(/unclosed quote .* line 4/),
    });
  });

  it('imports a good file as a multipart upload; the clinics are then in the network with their programmes', async () => {
    const form = new FormData();
    form.append('file', new File([`\uFEFF${good}`], 'clinics.csv', { type: 'text/csv' }));
    const res = await post(form);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ imported: 2 });
    const [prudy] = await list({ metro: 'Chistye' });
    expect(prudy).toMatchObject({
      name: { en: 'Chistye Prudy Clinic' },
      hours: expect.arrayContaining([null, { opens: '10:00', closes: '16:00' }]),
      onlineBooking: true,
    });
    expect(prudy!.programmes.map((p) => p.code)).toEqual(['dms-full', 'oms-base']);
    expect((await list({ metro: 'Avtovo' }))[0]!.onlineBooking).toBe(false);
  });

  it('is for admins only and limits the size', async () => {
    expect((await post(good, anna)).status).toBe(403);
    expect((await post(`${header}\r\n${'x'.repeat(600 * 1024)}`)).status).toBe(413);
  });
});
