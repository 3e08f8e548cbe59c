import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  clinicProgrammes,
  clinics,
  insurancePolicies,
  notifications,
  visitCharges,
} from '../src/db/schema/index.js';
import { sendReminder } from '../src/domains/booking/reminders.js';
import { consultationCharge, inPersonCharge } from '../src/domains/payments/charge.js';
import { book as bookAs } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

let vera: TestSession;
let veraId: string;
let ivan: TestSession;
let ivanId: string;
let volkova: Doctor;
let inPersonSlots: Slot[];

const selfId = async (session: TestSession) => (await familyOf(api, session)).self.id;

const book = (session: TestSession, patientId: string, slotId: string, format: 'video' | 'in_person') =>
  bookAs(api, session, { patientId, slotId, format });

const doctors = (query: { specialty?: string; format: 'video' | 'in_person'; patientId?: string }) =>
  parseResponse(api.client(vera).doctors.$get({ query }));
type Doctor = Awaited<ReturnType<typeof doctors>>['items'][number];

const slotsOf = (doctorId: string, format: 'video' | 'in_person') =>
  parseResponse(
    api.client(vera).doctors[':id'].slots.$get({ param: { id: doctorId }, query: { days: '7', format } }),
  );
type Slot = Awaited<ReturnType<typeof slotsOf>>['items'][number];

const appointment = (session: TestSession) => api.client(session).appointments[':id'];

beforeAll(async () => {
  vera = await api.login('vera.timofeeva@demo.telemed');
  veraId = await selfId(vera);
  ivan = await api.login('ivan.sokolov@demo.telemed');
  ivanId = await selfId(ivan);
  const { items } = await doctors({ specialty: 'gynaecologist', format: 'in_person', patientId: veraId });
  volkova = items[0]!;
  inPersonSlots = (await slotsOf(volkova.id, 'in_person')).items;
});

describe('finding in-person visits', () => {
  it('filters doctors by in-person format and shows their clinic', async () => {
    const { items } = await doctors({ format: 'in_person' });
    expect(items.length).toBe(3);
    for (const doctor of items) {
      expect(doctor.formats).toContain('in_person');
      expect(doctor.inPersonClinic?.address.en).toBeTruthy();
    }
    const online = await doctors({ format: 'video' });
    expect(online.items.find((d) => d.id === items[0]!.id)?.inPersonClinic).toBeTruthy();
  });

  it('lists only in-person slots with their clinic', async () => {
    expect(inPersonSlots.length).toBeGreaterThan(5);
    for (const slot of inPersonSlots) {
      expect(slot.formats).toEqual(['in_person']);
      expect(slot.clinic?.id).toBe(volkova.inPersonClinic!.id);
    }
  });
});

describe('booking in person', () => {
  it('stores the format and the clinic, and the calendar file has the address', async () => {
    const res = await book(vera, veraId, inPersonSlots[1]!.id, 'in_person');
    expect(res.status).toBe(201);
    const booked = await parseResponse(res);
    expect(booked.format).toBe('in_person');
    expect(booked.clinic?.address.en).toBe(volkova.inPersonClinic!.address.en);
    const [row] = await api.deps.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, booked.id));
    expect(row!.clinicId).toBe(volkova.inPersonClinic!.id);

    const ics = await (await appointment(vera)['calendar.ics'].$get({ param: { id: booked.id } })).text();
    expect(ics).toMatch(/\r\nLOCATION:[^\r]+\r\n/);
    expect(ics).not.toContain('Join:');

    // Another patient sees nothing of it.
    expect((await appointment(ivan).$get({ param: { id: booked.id } })).status).toBe(404);

    // Moved like an online booking, to another in-person time; then cancelled.
    const moved = await appointment(vera).reschedule.$post({
      param: { id: booked.id },
      header: {},
      json: { slotId: inPersonSlots[2]!.id },
    });
    expect(moved.status).toBe(201);
    const movedItem = await parseResponse(moved);
    expect(movedItem.clinic?.id).toBe(volkova.inPersonClinic!.id);
    expect((await appointment(vera).cancel.$post({ param: { id: movedItem.id } })).status).toBe(204);
  });

  it('refuses a format the slot does not offer, both ways', async () => {
    const online = await book(vera, veraId, inPersonSlots[3]!.id, 'video');
    expect(await online.json()).toMatchObject({ code: 'booking.format_unavailable' });
    const { items } = await slotsOf(volkova.id, 'video');
    expect(items[5]!.clinic).toBeNull();
    const inPerson = await book(vera, veraId, items[5]!.id, 'in_person');
    expect(inPerson.status).toBe(400);
    expect(await inPerson.json()).toMatchObject({ code: 'booking.format_unavailable' });
  });

  it('refuses a clinic that books by phone only, with its number', async () => {
    const { db } = api.deps.database;
    const clinicId = volkova.inPersonClinic!.id;
    await db.update(clinics).set({ onlineBooking: false }).where(eq(clinics.id, clinicId));
    try {
      const res = await book(vera, veraId, inPersonSlots[4]!.id, 'in_person');
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({
        code: 'booking.clinic_books_by_phone',
        params: { phone: volkova.inPersonClinic!.phone },
      });
    } finally {
      await db.update(clinics).set({ onlineBooking: true }).where(eq(clinics.id, clinicId));
    }
  });

  it("refuses a clinic outside the patient's programme network", async () => {
    const { db } = api.deps.database;
    const clinicId = volkova.inPersonClinic!.id;
    const [policy] = await db.select().from(insurancePolicies).where(eq(insurancePolicies.patientId, veraId));
    const own = and(
      eq(clinicProgrammes.clinicId, clinicId),
      eq(clinicProgrammes.programmeId, policy!.programmeId),
    );
    const [row] = await db.delete(clinicProgrammes).where(own).returning();
    try {
      const res = await book(vera, veraId, inPersonSlots[4]!.id, 'in_person');
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'booking.clinic_not_in_network' });
    } finally {
      if (row) await db.insert(clinicProgrammes).values(row);
    }
    expect(row).toBeTruthy();
  });

  it('refuses a patient whose programme does not cover in-person visits', async () => {
    await api.deps.database.db.delete(insurancePolicies).where(eq(insurancePolicies.patientId, ivanId));
    const res = await book(ivan, ivanId, inPersonSlots[4]!.id, 'in_person');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'booking.in_person_not_covered' });
  });

  it('keeps the urgent queue online only', async () => {
    const res = await api.client(vera)['urgent-queue'].$post({
      header: {},
      json: { patientId: veraId, specialty: 'therapist', format: 'in_person' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'urgent.online_only' });
  });

  it('reminds the patient of the clinic, not the call', async () => {
    const booked = await parseResponse(book(vera, veraId, inPersonSlots[5]!.id, 'in_person'));
    const job = { appointmentId: booked.id, startsAt: booked.startsAt };
    const { db } = api.deps.database;
    expect((await sendReminder(db, api.deps.queues.notifications, api.deps.logger, job)).status).toBe('sent');
    const [sent] = await db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `reminder:${booked.id}:${booked.startsAt}`));
    expect(sent!.title.en).toContain('at the clinic');
    expect(sent!.body.en).not.toMatch(/camera/);
    const moscow = new Date(Date.parse(booked.startsAt) + 3 * 3_600_000).toISOString().slice(11, 16);
    expect(sent!.body.en).toContain(`is at ${moscow} Moscow time.`);
    expect(sent!.body.ru).toContain(`в ${moscow} по московскому времени.`);
  });
});

describe('franchise', () => {
  const setContractStart = (validFrom: string) =>
    api.deps.database.db
      .update(insurancePolicies)
      .set({ validFrom })
      .where(eq(insurancePolicies.patientId, veraId));

  it('charges the usual franchise share of a visit, shown before booking', async () => {
    await setContractStart('2026-01-01');
    const coverageOf = (id: string, query: { specialty: string; date?: string }) =>
      api
        .client(vera)
        .patients[':id'].coverage.$get({ param: { id }, query: { service: 'in_person', ...query } });
    const coverage = await parseResponse(
      coverageOf(veraId, { specialty: 'gynaecologist', date: '2026-06-10' }),
    );
    expect(coverage).toMatchObject({
      status: 'franchise',
      franchisePercent: 30,
      price: { amountRub: 3200, patientPaysRub: 960 },
      temporaryFranchise: null,
    });
    // The coverage of another patient is not Vera's to read.
    expect((await coverageOf(ivanId, { specialty: 'therapist' })).status).toBe(404);
  });

  it('applies the temporary franchise on day 14 of the contract and not on day 15', async () => {
    await setContractStart('2026-03-01');
    const { db } = api.deps.database;
    const day14 = await inPersonCharge(db, veraId, 'gynaecologist', '2026-03-14');
    expect(day14.temporaryFranchise).toMatchObject({ days: 14, percent: 50, until: '2026-03-15' });
    expect(day14).toMatchObject({ sharePercent: 50, patientPaysRub: 1600 });
    expect(day14.coverage.explanation.en).toContain('first 14 days');
    const day15 = await inPersonCharge(db, veraId, 'gynaecologist', '2026-03-15');
    expect(day15).toMatchObject({ sharePercent: 30, patientPaysRub: 960, temporaryFranchise: null });
    const day1 = await inPersonCharge(db, veraId, 'gynaecologist', '2026-03-01');
    expect(day1.sharePercent).toBe(50);
    const before = await inPersonCharge(db, veraId, 'gynaecologist', '2026-02-28');
    expect(before.sharePercent).toBe(30);
  });

  it('keeps telemedicine outside the franchise, even the temporary one', async () => {
    const { db } = api.deps.database;
    const today = new Date().toISOString().slice(0, 10);
    await setContractStart(today);
    expect((await inPersonCharge(db, veraId, 'gynaecologist', today)).sharePercent).toBe(50);
    const online = await consultationCharge(db, veraId, 'gynaecologist');
    expect(online.coverage.status).toBe('included');
    expect(online).toMatchObject({ sharePercent: 0, patientPaysRub: 0, temporaryFranchise: null });
  });

  it('records the charge of a completed visit once, through the adapter', async () => {
    await setContractStart('2026-01-01');
    const booked = await parseResponse(book(vera, veraId, inPersonSlots[6]!.id, 'in_person'));
    const doctor = await api.login('dr.volkova@demo.telemed', undefined, 'staff');
    const complete = (session: TestSession) =>
      appointment(session)['visit-completed'].$post({ param: { id: booked.id } });

    // The patient cannot mark it done; another doctor does not see it.
    expect((await complete(vera)).status).toBe(403);
    const other = await api.login('dr.fedorov@demo.telemed', undefined, 'staff');
    expect((await complete(other)).status).toBe(404);

    const results = await Promise.all([complete(doctor), complete(doctor), complete(doctor)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const charges = await Promise.all(results.map((r) => parseResponse(r)));
    expect(new Set(charges.map((c) => c.reference)).size).toBe(1);
    const { db } = api.deps.database;
    const rows = await db.select().from(visitCharges).where(eq(visitCharges.appointmentId, booked.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ priceRub: 3200, sharePercent: 30, amountRub: 960, adapter: 'demo' });
    const [visit] = await db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(visit!.status).toBe('completed');

    // The card's timeline shows the visit with its clinic like any other event.
    const { items } = await parseResponse(
      api.client(vera).patients[':id'].medcard.timeline.$get({ param: { id: veraId }, query: {} }),
    );
    const event = items.find((e) => e.kind === 'appointment' && e.id === booked.id);
    expect(event?.detail?.en).toContain(volkova.inPersonClinic!.name.en);
  });

  it('refuses to complete an online consultation as a visit', async () => {
    const { items } = await slotsOf(volkova.id, 'video');
    const booked = await parseResponse(book(vera, veraId, items[8]!.id, 'video'));
    const doctor = await api.login('dr.volkova@demo.telemed', undefined, 'staff');
    const res = await appointment(doctor)['visit-completed'].$post({ param: { id: booked.id } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'booking.visit_not_in_person' });
    const rows = await api.deps.database.db
      .select()
      .from(visitCharges)
      .where(and(eq(visitCharges.appointmentId, booked.id)));
    expect(rows).toHaveLength(0);
  });
});
