import { randomUUID } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, clinicCheckups, clinics } from '../src/db/schema/index.js';
import { CHECKUP_DEMO_EMAIL } from '../src/seed/checkups.js';
import { json, type TestSession, useTestApi } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string }[] };
type Clinic = { id: string; name: { en: string }; address: { en: string } };
type Screening = {
  code: string;
  kind: string;
  eligible: boolean;
  reason: string;
  nextDueYear: number | null;
  covered: boolean;
  includes: { en: string }[];
  clinics: Clinic[];
  booking: { appointmentId: string } | null;
};
type Overview = {
  year: number;
  ageThisYear: number;
  hasOmsPolicy: boolean;
  screenings: Screening[];
  packages: { code: string; clinics: Clinic[] }[];
};
type Time = { startsAt: string; time: string; free: number };

let tatiana: TestSession;
let tatianaId: string;
let anna: TestSession;
let annaFamily: Family;
let ivan: TestSession;

const overviewOf = (patientId: string, session: TestSession) =>
  api.request(`/patients/${patientId}/checkups`, { session });
const book = (patientId: string, session: TestSession, body: object) =>
  api.request(`/patients/${patientId}/checkups`, { method: 'POST', session, json: body });
const timesOf = async (code: string, clinicId: string, session: TestSession) =>
  (await json<{ items: Time[] }>(api.request(`/checkups/${code}/times?clinicId=${clinicId}`, { session })))
    .items;
const clinicsOffering = async (code: string) =>
  (
    await api.deps.database.db
      .select({ id: clinicCheckups.clinicId })
      .from(clinicCheckups)
      .where(eq(clinicCheckups.packageCode, code))
  ).map((row) => row.id);
const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

beforeAll(async () => {
  tatiana = await api.login(CHECKUP_DEMO_EMAIL);
  tatianaId = (await json<Family>(api.request('/me/family', { session: tatiana }))).self.id;
  anna = await api.login('anna.petrova@demo.telemed');
  annaFamily = await json<Family>(api.request('/me/family', { session: anna }));
  ivan = await api.login('ivan.sokolov@demo.telemed');
});

describe('check-up overview', () => {
  it('tells a woman of 40 with an OMS policy that the dispanserization is due and free, and what it includes', async () => {
    const res = await overviewOf(tatianaId, tatiana);
    expect(res.status).toBe(200);
    const overview = (await res.json()) as Overview;
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
    const overview = await json<Overview>(overviewOf(annaFamily.self.id, anna));
    const disp = overview.screenings.find((s) => s.kind === 'dispanserization')!;
    expect(overview.hasOmsPolicy).toBe(false);
    expect(disp).toMatchObject({ eligible: false, reason: 'not_this_year', covered: false });
    expect(disp.nextDueYear).toBe(overview.year + 1);
  });

  it('a guardian sees a child’s (none due before 18); strangers get 404, staff no access', async () => {
    const child = await json<Overview>(overviewOf(annaFamily.children[0]!.id, anna));
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
    const overview = await json<Overview>(overviewOf(tatianaId, tatiana));
    clinicId = overview.screenings.find((s) => s.kind === 'dispanserization')!.clinics[0]!.id;
    times = await timesOf('oms_dispanserization', clinicId, tatiana);
  });

  it('lists free morning times at a clinic offering it, two places each', async () => {
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t.free === 2 && t.time < '13:00' && t.time.endsWith('0'))).toBe(true);
    const unknown = await api.request(`/checkups/no_such/times?clinicId=${clinicId}`, { session: tatiana });
    expect(unknown.status).toBe(404);
    expect(await codeOf(unknown)).toBe('checkup.package_not_found');
  });

  it('books the dispanserization as a doctorless in-person appointment that is no queue entry', async () => {
    const time = times[2]!;
    const res = await book(tatianaId, tatiana, {
      packageCode: 'oms_dispanserization',
      clinicId,
      startsAt: time.startsAt,
    });
    expect(res.status).toBe(201);
    const booking = (await res.json()) as {
      appointmentId: string;
      clinic: { address: { en: string } };
      priceRub: number;
    };
    expect(booking.priceRub).toBe(0);
    expect(booking.clinic.address.en).toBeTruthy();

    const mine = await json<{ items: { id: string; format: string; urgency: string; practitioner: null }[] }>(
      api.request('/me/appointments', { session: tatiana }),
    );
    expect(mine.items.find((a) => a.id === booking.appointmentId)).toMatchObject({
      format: 'in_person',
      urgency: 'planned',
      practitioner: null,
    });
    const overview = await json<Overview>(overviewOf(tatianaId, tatiana));
    expect(overview.screenings.find((s) => s.kind === 'dispanserization')!.booking?.appointmentId).toBe(
      booking.appointmentId,
    );
    expect(
      (await timesOf('oms_dispanserization', clinicId, tatiana)).find((t) => t.startsAt === time.startsAt)
        ?.free,
    ).toBe(1);

    // Not the urgent queue: a therapist neither sees nor takes it, and it has no call to join.
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const queue = await json<{ items: { id: string }[] }>(api.request('/urgent-queue', { session: doctor }));
    expect(queue.items.map((i) => i.id)).not.toContain(booking.appointmentId);
    const taken = await api.request('/urgent-queue/take-next', { method: 'POST', session: doctor });
    if (taken.status === 200) {
      expect(((await taken.json()) as { appointment: { id: string } }).appointment.id).not.toBe(
        booking.appointmentId,
      );
    }
    const status = await api.request(`/urgent-queue/${booking.appointmentId}`, { session: tatiana });
    expect(status.status).toBe(404);

    const moved = await api.request(`/appointments/${booking.appointmentId}/reschedule`, {
      method: 'POST',
      session: tatiana,
      json: { slotId: randomUUID() },
    });
    expect(moved.status).toBe(409);
    expect(await codeOf(moved)).toBe('checkup.reschedule_by_rebooking');

    // Booked once a year: a second booking is refused.
    const again = await book(tatianaId, tatiana, {
      packageCode: 'oms_dispanserization',
      clinicId,
      startsAt: times[3]!.startsAt,
    });
    expect(again.status).toBe(409);
    expect(await codeOf(again)).toBe('checkup.already_booked');
  });

  it('refuses a full time, a closed hour, a past time and a clinic not offering it', async () => {
    const time = times[4]!;
    // Two places at one time: two bookings fill it, the third is refused.
    const at = { clinicId, startsAt: time.startsAt };
    expect((await book(tatianaId, tatiana, { ...at, packageCode: 'checkup_basic' })).status).toBe(201);
    expect((await book(tatianaId, tatiana, { ...at, packageCode: 'oms_reproductive' })).status).toBe(201);
    const full = await book(tatianaId, tatiana, { ...at, packageCode: 'oms_preventive_exam' });
    expect(full.status).toBe(409);
    expect(await codeOf(full)).toBe('checkup.time_full');
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
      expect(await codeOf(closed)).toBe('checkup.clinic_closed');
    }

    const past = await book(tatianaId, tatiana, {
      packageCode: 'oms_preventive_exam',
      clinicId,
      startsAt: '2020-01-06T06:00:00Z',
    });
    expect(past.status).toBe(409);
    expect(await codeOf(past)).toBe('checkup.time_passed');

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
      expect(await codeOf(wrong)).toBe('checkup.clinic_not_offering');
    }
  });

  it('refuses screenings not due or not covered, packages for another sex, and others’ or staff bookings', async () => {
    const annaId = annaFamily.self.id;
    const at = { clinicId, startsAt: times[5]!.startsAt };
    const notDue = await book(annaId, anna, { ...at, packageCode: 'oms_dispanserization' });
    expect(notDue.status).toBe(400);
    expect(await codeOf(notDue)).toBe('checkup.not_eligible');
    const noOms = await book(annaId, anna, { ...at, packageCode: 'oms_reproductive' });
    expect(noOms.status).toBe(400);
    expect(await codeOf(noOms)).toBe('checkup.oms_policy_required');
    const [mensClinic] = await clinicsOffering('checkup_men_40');
    const wrongSex = await book(tatianaId, tatiana, {
      packageCode: 'checkup_men_40',
      clinicId: mensClinic!,
      startsAt: times[5]!.startsAt,
    });
    expect(wrongSex.status).toBe(400);
    expect(await codeOf(wrongSex)).toBe('checkup.not_eligible');

    const stranger = await book(tatianaId, ivan, { ...at, packageCode: 'checkup_basic' });
    expect(stranger.status).toBe(404);
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const staff = await book(tatianaId, doctor, { ...at, packageCode: 'checkup_basic' });
    expect(staff.status).toBe(403);
    expect(await codeOf(staff)).toBe('auth.role_forbidden');
  });

  it('is cancelled through the appointments’ cancel, which frees the place and the year’s booking', async () => {
    const overview = await json<Overview>(overviewOf(tatianaId, tatiana));
    const booked = overview.screenings.find((s) => s.kind === 'dispanserization')!.booking!;
    expect(
      (await api.request(`/appointments/${booked.appointmentId}/cancel`, { method: 'POST', session: ivan }))
        .status,
    ).toBe(404);
    const res = await api.request(`/appointments/${booked.appointmentId}/cancel`, {
      method: 'POST',
      session: tatiana,
    });
    expect(res.status).toBe(204);
    const after = await json<Overview>(overviewOf(tatianaId, tatiana));
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
