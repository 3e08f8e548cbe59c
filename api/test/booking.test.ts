import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, auditEvents, insurancePolicies, notifications } from '../src/db/schema/index.js';
import { sendReminder } from '../src/domains/booking/reminders.js';
import { cancelAppointment } from '../src/domains/booking/service.js';
import { leaveUrgentQueue, takeNextUrgent } from '../src/domains/urgent-queue/service.js';
import { ProblemError } from '../src/http/problem.js';
import { book as bookAs, videoSlots } from './booking-fixtures.js';
import { type TestSession, useTestApi, problemOf, refused } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;
let ivan: TestSession;
let ivanFamily: Awaited<ReturnType<typeof familyOf>>;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaFamily = await familyOf(api, anna);
  ivanFamily = await familyOf(api, ivan);
});

async function firstFreeSlot(specialty: string, patientId: string, session: TestSession, skip = 0) {
  const { doctor, slots } = await videoSlots(api, session, specialty, patientId);
  return { doctor, slot: slots[skip + 4]! }; // a few slots ahead, clear of the change cut-off
}

/** Books a video consultation. */
const book = (session: TestSession, patientId: string, slotId: string, reason?: string) =>
  bookAs(api, session, { patientId, slotId, format: 'video', ...(reason ? { reason } : {}) });

/** The doctor's free slots of the next three days, any format. */
const slotsOf = async (doctorId: string) =>
  (
    await parseResponse(
      api.client(anna).doctors[':id'].slots.$get({ param: { id: doctorId }, query: { days: '3' } }),
    )
  ).items;

const appointment = (session: TestSession) => api.client(session).appointments[':id'];
const queue = (session: TestSession) => api.client(session)['urgent-queue'];
const join = (
  session: TestSession,
  patientId: string,
  specialty: 'therapist' | 'paediatrician',
  format: 'chat' | 'audio' | 'video' = 'chat',
) => queue(session).$post({ header: {}, json: { patientId, specialty, format } });
const leave = (id: string, session: TestSession) => queue(session)[':id'].leave.$post({ param: { id } });
const queueStatus = (id: string, session: TestSession) =>
  parseResponse(queue(session)[':id'].$get({ param: { id } }));

describe('planned booking', () => {
  it('finds paediatricians for a child and shows the next free time', async () => {
    const misha = annaFamily.children[0]!.id;
    const { items } = await parseResponse(
      api.client(anna).doctors.$get({ query: { specialty: 'paediatrician', patientId: misha } }),
    );
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((d) => d.treatsChildren && d.nextFreeAt)).toBe(true);
  });

  it('gives exactly one of 100 concurrent requests for one slot', async () => {
    const patientId = annaFamily.self.id;
    const { slot } = await firstFreeSlot('therapist', patientId, anna);
    const results = await Promise.all(Array.from({ length: 100 }, () => book(anna, patientId, slot.id)));
    // Typed by the route's success only; the refusals are thrown, so widen to compare with 409.
    const statuses: number[] = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    const live = await api.deps.database.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.slotId, slot.id), eq(appointments.status, 'booked')));
    expect(live).toHaveLength(1);
    // The slot is no longer offered.
    const items = await slotsOf(live[0]!.practitionerId!);
    expect(items.map((s) => s.id)).not.toContain(slot.id);
  });

  it('books a video consult for a child, schedules one reminder and offers a calendar file', async () => {
    const misha = annaFamily.children.find((c) => c.fullName.en === 'Mikhail Petrov')!.id;
    const { slot } = await firstFreeSlot('paediatrician', misha, anna, 1);
    const res = await book(anna, misha, slot.id, 'Кашель третий день');
    expect(res.status).toBe(201);
    const booked = await parseResponse(res);
    expect(booked).toMatchObject({ patient: { id: misha }, status: 'booked' });

    const jobs = await api.deps.queues.reminders.getDelayed();
    expect(jobs.filter((j) => j.data.appointmentId === booked.id)).toHaveLength(1);

    const ics = await appointment(anna)['calendar.ics'].$get({ param: { id: booked.id } });
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VCALENDAR/);
    expect(text).toContain(`UID:${booked.id}@telemed`);
  });

  it('sends a reminder once, to the guardian, and not after a cancellation', async () => {
    const sofia = annaFamily.children.find((c) => c.fullName.en === 'Sofia Petrova')!.id;
    const { slot } = await firstFreeSlot('paediatrician', sofia, anna, 2);
    const booked = await parseResponse(book(anna, sofia, slot.id));
    const job = { appointmentId: booked.id, startsAt: booked.startsAt };
    const { db } = api.deps.database;
    expect((await sendReminder(db, api.deps.queues.notifications, api.deps.logger, job)).status).toBe('sent');
    expect((await sendReminder(db, api.deps.queues.notifications, api.deps.logger, job)).status).toBe('sent');
    const sent = await db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `reminder:${booked.id}:${booked.startsAt}`));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.accountId).toBe(anna.accountId);
    // Moscow keeps UTC+3: the time the appointment page shows, named as it names it.
    const moscow = new Date(Date.parse(booked.startsAt) + 3 * 3_600_000).toISOString().slice(11, 16);
    expect(sent[0]!.body.en).toContain(`starts at ${moscow} Moscow time.`);
    expect(sent[0]!.body.ru).toContain(`начнётся в ${moscow} по московскому времени.`);

    expect((await appointment(anna).cancel.$post({ param: { id: booked.id } })).status).toBe(204);
    expect((await sendReminder(db, api.deps.queues.notifications, api.deps.logger, job)).status).toBe(
      'stale',
    );
  });

  it('reschedules atomically: the old slot is freed, the new one taken', async () => {
    const patientId = annaFamily.self.id;
    const { doctor, slot } = await firstFreeSlot('therapist', patientId, anna, 3);
    const booked = await parseResponse(book(anna, patientId, slot.id));
    const items = await slotsOf(doctor.id);
    const target = items[items.length - 1]!;
    const moved = await appointment(anna).reschedule.$post({
      param: { id: booked.id },
      header: {},
      json: { slotId: target.id },
    });
    expect(moved.status).toBe(201);
    const after = await slotsOf(doctor.id);
    expect(after.map((s) => s.id)).toContain(slot.id);
    expect(after.map((s) => s.id)).not.toContain(target.id);
  });

  it('refuses to cancel within the hour before the start', async () => {
    const [soon] = await api.deps.database.db
      .insert(appointments)
      .values({
        patientId: annaFamily.self.id,
        specialtyCode: 'therapist',
        format: 'chat',
        urgency: 'planned',
        startsAt: new Date(Date.now() + 20 * 60_000),
        endsAt: new Date(Date.now() + 40 * 60_000),
        bookedByAccountId: anna.accountId,
      })
      .returning();
    const res = await appointment(anna).cancel.$post({ param: { id: soon!.id } });
    expect(res.status).toBe(409);
    expect((await problemOf(res)).detail).toMatch(/60 minutes before the start/);
  });

  it("refuses to book for another family's child, as if it did not exist", async () => {
    const egor = ivanFamily.children[0]!.id;
    const { slot } = await firstFreeSlot('paediatrician', egor, ivan, 4);
    const res = await book(anna, egor, slot.id);
    expect(res.status).toBe(404);
  });

  it('refuses a format the doctor does not offer, and an adult with a paediatrician', async () => {
    const { slot } = await firstFreeSlot('paediatrician', annaFamily.children[0]!.id, anna, 5);
    const adult = await book(anna, annaFamily.self.id, slot.id);
    expect(adult.status).toBe(400);
    expect((await problemOf(adult)).detail).toMatch(/children only/);
  });
});

describe('coverage', () => {
  it('shows telemedicine outside the franchise and a franchise share for labs', async () => {
    const coverage = (service: 'telemedicine' | 'lab' | 'second_opinion') =>
      parseResponse(
        api
          .client(ivan)
          .patients[':id'].coverage.$get({ param: { id: ivanFamily.self.id }, query: { service } }),
      );
    const tele = await coverage('telemedicine');
    expect(tele).toMatchObject({ status: 'included', franchisePercent: 0 });
    const lab = await coverage('lab');
    expect(lab).toMatchObject({ status: 'franchise', franchisePercent: 30 });
    const second = await coverage('second_opinion');
    expect(second.status).toBe('not_covered');
  });
});

describe('urgent queue', () => {
  it('queues patients in order, updates positions, and lets two doctors take two different patients', async () => {
    const marina = await api.login('marina.orlova@demo.telemed');
    const john = await api.login('john.miller@demo.telemed');
    const first = await parseResponse(
      join(marina, (await familyOf(api, marina)).self.id, 'therapist', 'audio'),
    );
    const johnId = (await familyOf(api, john)).self.id;
    const secondRes = await join(john, johnId, 'therapist', 'video');
    expect(secondRes.status).toBe(201);
    const second = await parseResponse(secondRes);
    expect(first.position).toBe(1);
    expect(second.position).toBe(2);
    expect(first.estimatedWaitMinutes).toBeGreaterThan(0);

    const again = await join(john, johnId, 'therapist', 'video');
    expect(again.status).toBe(409);

    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    const [a, b] = await Promise.all([
      parseResponse(queue(smirnova)['take-next'].$post()),
      parseResponse(queue(lebedev)['take-next'].$post()),
    ]);
    const taken = [a.appointment.id, b.appointment.id];
    expect(new Set(taken)).toEqual(new Set([first.appointment.id, second.appointment.id]));
    // The patient hears that the queue called them, once per taken request.
    const called = await api.deps.database.db
      .select({ accountId: notifications.accountId })
      .from(notifications)
      .where(eq(notifications.kind, 'urgent_called'));
    expect(called.map((n) => n.accountId).sort()).toEqual([marina.accountId, john.accountId].sort());

    const status = await queueStatus(second.appointment.id, john);
    expect(status.position).toBeNull();
    expect((await leave(second.appointment.id, john)).status).toBe(409);
  });

  it('lets a patient leave the queue, and refuses a paediatric queue for an adult', async () => {
    const olga = await api.login('olga.smirnova@demo.telemed');
    const self = (await familyOf(api, olga)).self.id;
    const wrong = await join(olga, self, 'paediatrician');
    expect(wrong.status).toBe(400);
    const joined = await parseResponse(join(olga, self, 'therapist'));
    expect((await leave(joined.appointment.id, olga)).status).toBe(204);
    const status = await queueStatus(joined.appointment.id, olga);
    expect(status.appointment.status).toBe('cancelled');
  });

  it('answers 204 when nobody is waiting, and 403 to a patient pressing the doctor button', async () => {
    const garipova = await api.login('dr.garipova@demo.telemed');
    expect((await queue(garipova)['take-next'].$post()).status).toBe(204);
    expect((await queue(anna)['take-next'].$post()).status).toBe(403);
  });
});

describe('urgent queue rules', () => {
  it('refuses an uninsured patient the urgent queue with the same answer as planned booking', async () => {
    const artem = await api.login('artem.gusev@demo.telemed');
    const self = (await familyOf(api, artem)).self.id;
    // His policy ended yesterday: as uninsured as a freshly registered account.
    await api.deps.database.db
      .update(insurancePolicies)
      .set({ validTo: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) })
      .where(eq(insurancePolicies.patientId, self));

    const { slot } = await firstFreeSlot('therapist', self, artem, 6);
    const planned = await book(artem, self, slot.id);
    const urgent = await join(artem, self, 'therapist');
    expect(planned.status).toBe(409);
    expect(urgent.status).toBe(409);
    const refusal = 'This service is not part of your insurance programme and is paid separately.';
    expect((await problemOf(planned)).detail).toBe(refusal);
    expect((await problemOf(urgent)).detail).toBe(refusal);
    const queued = await api.deps.database.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.patientId, self), eq(appointments.urgency, 'urgent')));
    expect(queued).toEqual([]);
  });

  it('keeps one waiting request per account, for self and children alike, until it is left', async () => {
    const self = ivanFamily.self.id;
    const egor = ivanFamily.children[0]!.id;
    const first = await join(ivan, self, 'therapist');
    expect(first.status).toBe(201);
    const { appointment } = await parseResponse(first);

    const forChild = await join(ivan, egor, 'paediatrician');
    expect(forChild.status).toBe(409);
    expect(forChild.headers.get('content-type')).toBe('application/problem+json');
    expect((await problemOf(forChild)).detail).toMatch(/already have a request waiting in the urgent queue/);

    expect((await leave(appointment.id, ivan)).status).toBe(204);
    const again = await join(ivan, egor, 'paediatrician');
    expect(again.status).toBe(201);
    const { appointment: childRequest } = await parseResponse(again);
    await leave(childRequest.id, ivan);
  });

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as ProblemError,
    );

  it('keeps a request a doctor took after the patient’s leave read it: 409, and the doctor keeps the patient', async () => {
    const db = api.deps.database.db;
    const olga = await api.login('olga.smirnova@demo.telemed');
    const self = (await familyOf(api, olga)).self.id;
    const joined = await join(olga, self, 'therapist');
    expect(joined.status).toBe(201);
    const { appointment } = await parseResponse(joined);
    // The leave reads the request while it waits…
    const [read] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
    // …a doctor takes it before the leave cancels…
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const doctor = await practitionerIdOf(api, { accountId: smirnova.accountId });
    const taken = await takeNextUrgent(db, doctor);
    expect(taken?.id).toBe(appointment.id);
    // …and the leave, with the row it read, cancels nothing.
    const left = await refusal(leaveUrgentQueue(db, read!));
    expect(left).toBeInstanceOf(ProblemError);
    expect([left!.status, left!.code]).toEqual([409, 'urgent.already_taken']);
    const [after] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
    expect(after).toMatchObject({ status: 'booked', practitionerId: doctor });

    // The general cancel, too, cancels only what is still booked or waiting, and names the status it has now.
    await db.update(appointments).set({ status: 'in_progress' }).where(eq(appointments.id, appointment.id));
    const cancelled = await refusal(cancelAppointment(db, read!));
    expect([cancelled!.status, cancelled!.code]).toEqual([409, 'booking.not_changeable']);
    expect(cancelled!.extra.params).toEqual({ status: 'in_progress' });
    const [still] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
    expect(still!.status).toBe('in_progress');
    await db.update(appointments).set({ status: 'completed' }).where(eq(appointments.id, appointment.id));
  });

  it('says a request left already was left, not taken', async () => {
    const olga = await api.login('olga.smirnova@demo.telemed');
    const self = (await familyOf(api, olga)).self.id;
    const { appointment } = await parseResponse(join(olga, self, 'therapist'));
    expect((await leave(appointment.id, olga)).status).toBe(204);
    const again = await leave(appointment.id, olga);
    const problem = await refused(again, 409, 'urgent.already_left');
    expect(problem.detail).not.toMatch(/doctor/i);
  });

  it('refuses staff joining the queue for a patient with 403, and records the refusal', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const res = await join(smirnova, ivanFamily.self.id, 'therapist');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'auth.role_forbidden' });
    const attempts = await api.deps.database.db
      .select({ outcome: auditEvents.outcome, patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, smirnova.accountId),
          eq(auditEvents.action, 'urgent.join'),
          eq(auditEvents.resourceId, ivanFamily.self.id),
        ),
      );
    expect(attempts).toEqual([{ outcome: 'denied', patientId: null }]);
  });

  it('lets only one of two simultaneous requests from one account in', async () => {
    const results = await Promise.all([
      join(ivan, ivanFamily.self.id, 'therapist'),
      join(ivan, ivanFamily.children[0]!.id, 'paediatrician'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const waiting = await api.deps.database.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.bookedByAccountId, ivan.accountId),
          eq(appointments.urgency, 'urgent'),
          eq(appointments.status, 'waiting'),
        ),
      );
    expect(waiting).toHaveLength(1);
  });
});
