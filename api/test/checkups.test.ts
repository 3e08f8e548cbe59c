import { randomUUID } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, clinicCheckups, clinics } from '../src/db/schema/index.js';
import { CHECKUP_DEMO_EMAIL } from '../src/seed/checkups.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

type Time = Awaited<ReturnType<typeof timesOf>>[number];

let tatiana: TestSession;
let tatianaId: string;
let anna: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;
let ivan: TestSession;

const overviewOf = (id: string, session: TestSession) =>
  api.client(session).patients[':id'].checkups.$get({ param: { id } });
const book = (
  id: string,
  session: TestSession,
  json: { packageCode: string; clinicId: string; startsAt: string },
) => api.client(session).patients[':id'].checkups.$post({ param: { id }, header: {}, json });
const timesFor = (code: string, clinicId: string, session: TestSession) =>
  api.client(session).checkups[':code'].times.$get({ param: { code }, query: { clinicId } });
const timesOf = async (code: string, clinicId: string, session: TestSession) =>
  (await parseResponse(timesFor(code, clinicId, session))).items;
const clinicsOffering = async (code: string) =>
  (
    await api.deps.database.db
      .select({ id: clinicCheckups.clinicId })
      .from(clinicCheckups)
      .where(eq(clinicCheckups.packageCode, code))
  ).map((row) => row.id);

beforeAll(async () => {
  tatiana = await api.login(CHECKUP_DEMO_EMAIL);
  tatianaId = (await familyOf(api, tatiana)).self.id;
  anna = await api.login('anna.petrova@demo.telemed');
  annaFamily = await familyOf(api, anna);
  ivan = await api.login('ivan.sokolov@demo.telemed');
});

describe('check-up overview', () => {
  it('tells a woman of 40 with an OMS policy that the dispanserization is due and free, and what it includes', async () => {
    const res = await overviewOf(tatianaId, tatiana);
    expect(res.status).toBe(200);
    const overview = await parseResponse(res);
    expect(overview.ageThisYear).toBe(40);
    expect(overview.hasOmsPolicy).toBe(true);
    const disp = overview.screenings.find((s) => s.kind === 'dispanserization')!;
    expect(disp).toMatchObject({ eligible: true, reason: 'due', covered: true, booking: null });
    expect(disp.nextDueYear).toBe(overview.year);
    expect(disp.includes.map((i) => i.en)).toContain('Mammography (40–75, every 2 years)');
    expect(disp.clinics.length).toBeGreaterThan(0);
    const packages = overview.packages.map((p) => p.code);
    expect(packages).toEqual(expect.arrayContaining(['checkup_basic', 'checkup_cardio', 'checkup_women_30']));
    expect(packages).not.toContain('checkup_men_40');
    const [audit] = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'checkups.read'), eq(auditEvents.patientId, tatianaId)));
    expect(audit?.outcome).toBe('allowed');
  });

  it('tells a DMS member of 38 when the dispanserization is next due, and that it is not covered for her', async () => {
    const overview = await parseResponse(overviewOf(annaFamily.self.id, anna));
    const disp = overview.screenings.find((s) => s.kind === 'dispanserization')!;
    expect(overview.hasOmsPolicy).toBe(false);
    expect(disp).toMatchObject({ eligible: false, reason: 'not_this_year', covered: false });
    expect(disp.nextDueYear).toBe(overview.year + 1);
  });

  it('a guardian sees a child’s (none due before 18); strangers get 404, staff no access', async () => {
    const child = await parseResponse(overviewOf(annaFamily.children[0]!.id, anna));
    expect(child.screenings.every((s) => s.reason === 'too_young')).toBe(true);
    expect(child.packages).toEqual([]);
    expect((await overviewOf(tatianaId, ivan)).status).toBe(404);
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    expect((await overviewOf(tatianaId, doctor)).status).toBe(404);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'checkups.read'), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });
});

describe('booking a check-up', () => {
  let clinicId: string;
  let times: Time[];

  beforeAll(async () => {
    const overview = await parseResponse(overviewOf(tatianaId, tatiana));
    clinicId = overview.screenings.find((s) => s.kind === 'dispanserization')!.clinics[0]!.id;
    times = await timesOf('oms_dispanserization', clinicId, tatiana);
  });

  it('lists free morning times at a clinic offering it, two places each', async () => {
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t.free === 2 && t.time < '13:00' && t.time.endsWith('0'))).toBe(true);
    const unknown = await timesFor('no_such', clinicId, tatiana);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'checkup.package_not_found' });
  });

  it('books the dispanserization as a doctorless in-person appointment that is no queue entry', async () => {
    const time = times[2]!;
    const res = await book(tatianaId, tatiana, {
      packageCode: 'oms_dispanserization',
      clinicId,
      startsAt: time.startsAt,
    });
    expect(res.status).toBe(201);
    const booking = await parseResponse(res);
    expect(booking.priceRub).toBe(0);
    expect(booking.clinic.address.en).toBeTruthy();

    const mine = await parseResponse(api.client(tatiana).me.appointments.$get());
    expect(mine.items.find((a) => a.id === booking.appointmentId)).toMatchObject({
      format: 'in_person',
      urgency: 'planned',
      practitioner: null,
    });
    const overview = await parseResponse(overviewOf(tatianaId, tatiana));
    expect(overview.screenings.find((s) => s.kind === 'dispanserization')!.booking?.appointmentId).toBe(
      booking.appointmentId,
    );
    expect(
      (await timesOf('oms_dispanserization', clinicId, tatiana)).find((t) => t.startsAt === time.startsAt)
        ?.free,
    ).toBe(1);

    // Not the urgent queue: a therapist neither sees nor takes it, and it has no call to join.
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const urgentQueue = api.client(doctor)['urgent-queue'];
    const queue = await parseResponse(urgentQueue.$get());
    expect(queue.items.map((i) => i.id)).not.toContain(booking.appointmentId);
    const taken = await urgentQueue['take-next'].$post();
    if (taken.status === 200) {
      expect((await parseResponse(taken)).appointment.id).not.toBe(booking.appointmentId);
    }
    const ownQueue = api.client(tatiana)['urgent-queue'];
    const status = await ownQueue[':id'].$get({ param: { id: booking.appointmentId } });
    expect(status.status).toBe(404);

    const moved = await api.client(tatiana).appointments[':id'].reschedule.$post({
      param: { id: booking.appointmentId },
      header: {},
      json: { slotId: randomUUID() },
    });
    expect(moved.status).toBe(409);
    expect(await moved.json()).toMatchObject({ code: 'checkup.reschedule_by_rebooking' });

    // Booked once a year: a second booking is refused.
    const again = await book(tatianaId, tatiana, {
      packageCode: 'oms_dispanserization',
      clinicId,
      startsAt: times[3]!.startsAt,
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'checkup.already_booked' });
  });

  it('refuses a full time, a closed hour, a past time and a clinic not offering it', async () => {
    const time = times[4]!;
    // Two places at one time: two bookings fill it, the third is refused.
    const at = { clinicId, startsAt: time.startsAt };
    expect((await book(tatianaId, tatiana, { ...at, packageCode: 'checkup_basic' })).status).toBe(201);
    expect((await book(tatianaId, tatiana, { ...at, packageCode: 'oms_reproductive' })).status).toBe(201);
    const full = await book(tatianaId, tatiana, { ...at, packageCode: 'oms_preventive_exam' });
    expect(full.status).toBe(409);
    expect(await full.json()).toMatchObject({ code: 'checkup.time_full' });
    expect((await timesOf('oms_preventive_exam', clinicId, tatiana)).map((t) => t.startsAt)).not.toContain(
      time.startsAt,
    );

    const first = new Date(times[1]!.startsAt).getTime();
    for (const offGrid of [first + 15 * 60_000, first + 10 * 3_600_000]) {
      const closed = await book(tatianaId, tatiana, {
        packageCode: 'oms_preventive_exam',
        clinicId,
        startsAt: new Date(offGrid).toISOString(),
      });
      expect(closed.status).toBe(400);
      expect(await closed.json()).toMatchObject({ code: 'checkup.clinic_closed' });
    }

    const past = await book(tatianaId, tatiana, {
      packageCode: 'oms_preventive_exam',
      clinicId,
      startsAt: '2020-01-06T06:00:00Z',
    });
    expect(past.status).toBe(409);
    expect(await past.json()).toMatchObject({ code: 'checkup.time_passed' });

    const offering = await clinicsOffering('oms_preventive_exam');
    const [notOffering] = await api.deps.database.db
      .select({ id: clinics.id })
      .from(clinics)
      .where(notInArray(clinics.id, offering))
      .limit(1);
    for (const other of [notOffering!.id, randomUUID()]) {
      const wrong = await book(tatianaId, tatiana, {
        packageCode: 'oms_preventive_exam',
        clinicId: other,
        startsAt: time.startsAt,
      });
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({ code: 'checkup.clinic_not_offering' });
    }
  });

  it('refuses screenings not due or not covered, packages for another sex, and others’ or staff bookings', async () => {
    const annaId = annaFamily.self.id;
    const at = { clinicId, startsAt: times[5]!.startsAt };
    const notDue = await book(annaId, anna, { ...at, packageCode: 'oms_dispanserization' });
    expect(notDue.status).toBe(400);
    expect(await notDue.json()).toMatchObject({ code: 'checkup.not_eligible' });
    const noOms = await book(annaId, anna, { ...at, packageCode: 'oms_reproductive' });
    expect(noOms.status).toBe(400);
    expect(await noOms.json()).toMatchObject({ code: 'checkup.oms_policy_required' });
    const [mensClinic] = await clinicsOffering('checkup_men_40');
    const wrongSex = await book(tatianaId, tatiana, {
      packageCode: 'checkup_men_40',
      clinicId: mensClinic!,
      startsAt: times[5]!.startsAt,
    });
    expect(wrongSex.status).toBe(400);
    expect(await wrongSex.json()).toMatchObject({ code: 'checkup.not_eligible' });

    const stranger = await book(tatianaId, ivan, { ...at, packageCode: 'checkup_basic' });
    expect(stranger.status).toBe(404);
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const staff = await book(tatianaId, doctor, { ...at, packageCode: 'checkup_basic' });
    expect(staff.status).toBe(403);
    expect(await staff.json()).toMatchObject({ code: 'auth.role_forbidden' });
  });

  it('is cancelled through the appointments’ cancel, which frees the place and the year’s booking', async () => {
    const overview = await parseResponse(overviewOf(tatianaId, tatiana));
    const booked = overview.screenings.find((s) => s.kind === 'dispanserization')!.booking!;
    const cancel = (session: TestSession) =>
      api.client(session).appointments[':id'].cancel.$post({ param: { id: booked.appointmentId } });
    expect((await cancel(ivan)).status).toBe(404);
    const res = await cancel(tatiana);
    expect(res.status).toBe(204);
    const after = await parseResponse(overviewOf(tatianaId, tatiana));
    expect(after.screenings.find((s) => s.kind === 'dispanserization')!).toMatchObject({
      eligible: true,
      booking: null,
    });
    expect(
      (await timesOf('oms_dispanserization', clinicId, tatiana)).find(
        (t) => t.startsAt === times[2]!.startsAt,
      )?.free,
    ).toBe(2);
  });
});
