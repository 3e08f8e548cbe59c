import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  insurancePolicies,
  notifications,
  practitioners,
} from '../src/db/schema/index.js';
import { sendReminder } from '../src/domains/booking/reminders.js';
import { cancelAppointment } from '../src/domains/booking/service.js';
import { leaveUrgentQueue, takeNextUrgent } from '../src/domains/urgent-queue/service.js';
import { ProblemError } from '../src/http/problem.js';
import { json, type TestSession, useTestApi } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };
type Doctor = { id: string; fullName: { en: string }; nextFreeAt: string | null; treatsChildren: boolean };
type Slot = { id: string; startsAt: string; formats: string[] };

let anna: TestSession;
let annaFamily: Family;
let ivan: TestSession;
let ivanFamily: Family;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaFamily = await json<Family>(api.request('/me/family', { session: anna }));
  ivanFamily = await json<Family>(api.request('/me/family', { session: ivan }));
});

async function firstFreeSlot(specialty: string, patientId: string, session: TestSession, skip = 0) {
  const { items } = await json<{ items: Doctor[] }>(
    api.request(`/doctors?specialty=${specialty}&patientId=${patientId}&format=video`, { session }),
  );
  const doctor = items[0]!;
  const { items: slots } = await json<{ items: Slot[] }>(
    api.request(`/doctors/${doctor.id}/slots?days=3&format=video`, { session }),
  );
  return { doctor, slot: slots[skip + 4]! }; // a few slots ahead, clear of the change cut-off
}

describe('planned booking', () => {
  it('finds paediatricians for a child and shows the next free time', async () => {
    const misha = annaFamily.children[0]!.id;
    const { items } = await json<{ items: Doctor[] }>(
      api.request(`/doctors?specialty=paediatrician&patientId=${misha}`, { session: anna }),
    );
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((d) => d.treatsChildren && d.nextFreeAt)).toBe(true);
  });

  it('gives exactly one of 100 concurrent requests for one slot', async () => {
    const patientId = annaFamily.self.id;
    const { slot } = await firstFreeSlot('therapist', patientId, anna);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        api.request('/appointments', {
          method: 'POST',
          session: anna,
          json: { patientId, slotId: slot.id, format: 'video' },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    const live = await api.deps.database.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.slotId, slot.id), eq(appointments.status, 'booked')));
    expect(live).toHaveLength(1);
    // The slot is no longer offered.
    const { items } = await json<{ items: Slot[] }>(
      api.request(`/doctors/${live[0]!.practitionerId}/slots?days=3`, { session: anna }),
    );
    expect(items.map((s) => s.id)).not.toContain(slot.id);
  });

  it('books a video consult for a child, schedules one reminder and offers a calendar file', async () => {
    const misha = annaFamily.children.find((c) => c.fullName.en === 'Mikhail Petrov')!.id;
    const { slot } = await firstFreeSlot('paediatrician', misha, anna, 1);
    const res = await api.request('/appointments', {
      method: 'POST',
      session: anna,
      json: { patientId: misha, slotId: slot.id, format: 'video', reason: 'Кашель третий день' },
    });
    expect(res.status).toBe(201);
    const booked = (await res.json()) as { id: string; patient: { id: string }; status: string };
    expect(booked).toMatchObject({ patient: { id: misha }, status: 'booked' });

    const jobs = await api.deps.queues.reminders.getDelayed();
    expect(jobs.filter((j) => j.data.appointmentId === booked.id)).toHaveLength(1);

    const ics = await api.request(`/appointments/${booked.id}/calendar.ics`, { session: anna });
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VCALENDAR/);
    expect(text).toContain(`UID:${booked.id}@telemed`);
  });

  it('sends a reminder once, to the guardian, and not after a cancellation', async () => {
    const sofia = annaFamily.children.find((c) => c.fullName.en === 'Sofia Petrova')!.id;
    const { slot } = await firstFreeSlot('paediatrician', sofia, anna, 2);
    const booked = await json<{ id: string; startsAt: string }>(
      api.request('/appointments', {
        method: 'POST',
        session: anna,
        json: { patientId: sofia, slotId: slot.id, format: 'video' },
      }),
    );
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

    expect(
      (await api.request(`/appointments/${booked.id}/cancel`, { method: 'POST', session: anna })).status,
    ).toBe(204);
    expect((await sendReminder(db, api.deps.queues.notifications, api.deps.logger, job)).status).toBe(
      'stale',
    );
  });

  it('reschedules atomically: the old slot is freed, the new one taken', async () => {
    const patientId = annaFamily.self.id;
    const { doctor, slot } = await firstFreeSlot('therapist', patientId, anna, 3);
    const booked = await json<{ id: string }>(
      api.request('/appointments', {
        method: 'POST',
        session: anna,
        json: { patientId, slotId: slot.id, format: 'video' },
      }),
    );
    const { items } = await json<{ items: Slot[] }>(
      api.request(`/doctors/${doctor.id}/slots?days=3`, { session: anna }),
    );
    const target = items[items.length - 1]!;
    const moved = await api.request(`/appointments/${booked.id}/reschedule`, {
      method: 'POST',
      session: anna,
      json: { slotId: target.id },
    });
    expect(moved.status).toBe(201);
    const after = await json<{ items: Slot[] }>(
      api.request(`/doctors/${doctor.id}/slots?days=3`, { session: anna }),
    );
    expect(after.items.map((s) => s.id)).toContain(slot.id);
    expect(after.items.map((s) => s.id)).not.toContain(target.id);
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
    const res = await api.request(`/appointments/${soon!.id}/cancel`, { method: 'POST', session: anna });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/60 minutes before the start/);
  });

  it("refuses to book for another family's child, as if it did not exist", async () => {
    const egor = ivanFamily.children[0]!.id;
    const { slot } = await firstFreeSlot('paediatrician', egor, ivan, 4);
    const res = await api.request('/appointments', {
      method: 'POST',
      session: anna,
      json: { patientId: egor, slotId: slot.id, format: 'video' },
    });
    expect(res.status).toBe(404);
  });

  it('refuses a format the doctor does not offer, and an adult with a paediatrician', async () => {
    const { slot } = await firstFreeSlot('paediatrician', annaFamily.children[0]!.id, anna, 5);
    const adult = await api.request('/appointments', {
      method: 'POST',
      session: anna,
      json: { patientId: annaFamily.self.id, slotId: slot.id, format: 'video' },
    });
    expect(adult.status).toBe(400);
    expect(((await adult.json()) as { detail: string }).detail).toMatch(/children only/);
  });
});

describe('coverage', () => {
  it('shows telemedicine outside the franchise and a franchise share for labs', async () => {
    const tele = await json<{ status: string; franchisePercent: number }>(
      api.request(`/patients/${ivanFamily.self.id}/coverage?service=telemedicine`, { session: ivan }),
    );
    expect(tele).toMatchObject({ status: 'included', franchisePercent: 0 });
    const lab = await json<{ status: string; franchisePercent: number }>(
      api.request(`/patients/${ivanFamily.self.id}/coverage?service=lab`, { session: ivan }),
    );
    expect(lab).toMatchObject({ status: 'franchise', franchisePercent: 30 });
    const second = await json<{ status: string }>(
      api.request(`/patients/${ivanFamily.self.id}/coverage?service=second_opinion`, { session: ivan }),
    );
    expect(second.status).toBe('not_covered');
  });
});

describe('urgent queue', () => {
  it('queues patients in order, updates positions, and lets two doctors take two different patients', async () => {
    const marina = await api.login('marina.orlova@demo.telemed');
    const john = await api.login('john.miller@demo.telemed');
    const first = await json<{ appointment: { id: string }; position: number; estimatedWaitMinutes: number }>(
      api.request('/urgent-queue', {
        method: 'POST',
        session: marina,
        json: {
          patientId: (await json<Family>(api.request('/me/family', { session: marina }))).self.id,
          specialty: 'therapist',
          format: 'audio',
        },
      }),
    );
    const johnId = (await json<Family>(api.request('/me/family', { session: john }))).self.id;
    const secondRes = await api.request('/urgent-queue', {
      method: 'POST',
      session: john,
      json: { patientId: johnId, specialty: 'therapist', format: 'video' },
    });
    expect(secondRes.status).toBe(201);
    const second = (await secondRes.json()) as { appointment: { id: string }; position: number };
    expect(first.position).toBe(1);
    expect(second.position).toBe(2);
    expect(first.estimatedWaitMinutes).toBeGreaterThan(0);

    const again = await api.request('/urgent-queue', {
      method: 'POST',
      session: john,
      json: { patientId: johnId, specialty: 'therapist', format: 'video' },
    });
    expect(again.status).toBe(409);

    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    const [a, b] = await Promise.all([
      api.request('/urgent-queue/take-next', { method: 'POST', session: smirnova }),
      api.request('/urgent-queue/take-next', { method: 'POST', session: lebedev }),
    ]);
    const taken = [
      ((await a!.json()) as { appointment: { id: string } }).appointment.id,
      ((await b!.json()) as { appointment: { id: string } }).appointment.id,
    ];
    expect(new Set(taken)).toEqual(new Set([first.appointment.id, second.appointment.id]));
    // The patient hears that the queue called them, once per taken request.
    const called = await api.deps.database.db
      .select({ accountId: notifications.accountId })
      .from(notifications)
      .where(eq(notifications.kind, 'urgent_called'));
    expect(called.map((n) => n.accountId).sort()).toEqual([marina.accountId, john.accountId].sort());

    const status = await json<{ position: number | null }>(
      api.request(`/urgent-queue/${second.appointment.id}`, { session: john }),
    );
    expect(status.position).toBeNull();
    const leave = await api.request(`/urgent-queue/${second.appointment.id}/leave`, {
      method: 'POST',
      session: john,
    });
    expect(leave.status).toBe(409);
  });

  it('lets a patient leave the queue, and refuses a paediatric queue for an adult', async () => {
    const olga = await api.login('olga.smirnova@demo.telemed');
    const self = (await json<Family>(api.request('/me/family', { session: olga }))).self.id;
    const wrong = await api.request('/urgent-queue', {
      method: 'POST',
      session: olga,
      json: { patientId: self, specialty: 'paediatrician', format: 'chat' },
    });
    expect(wrong.status).toBe(400);
    const joined = await json<{ appointment: { id: string } }>(
      api.request('/urgent-queue', {
        method: 'POST',
        session: olga,
        json: { patientId: self, specialty: 'therapist', format: 'chat' },
      }),
    );
    expect(
      (await api.request(`/urgent-queue/${joined.appointment.id}/leave`, { method: 'POST', session: olga }))
        .status,
    ).toBe(204);
    const status = await json<{ appointment: { status: string } }>(
      api.request(`/urgent-queue/${joined.appointment.id}`, { session: olga }),
    );
    expect(status.appointment.status).toBe('cancelled');
  });

  it('answers 204 when nobody is waiting, and 403 to a patient pressing the doctor button', async () => {
    const garipova = await api.login('dr.garipova@demo.telemed');
    expect((await api.request('/urgent-queue/take-next', { method: 'POST', session: garipova })).status).toBe(
      204,
    );
    expect((await api.request('/urgent-queue/take-next', { method: 'POST', session: anna })).status).toBe(
      403,
    );
  });
});

describe('urgent queue rules', () => {
  type Problem = { status: number; detail: string };
  const join = (session: TestSession, patientId: string, specialty: 'therapist' | 'paediatrician') =>
    api.request('/urgent-queue', { method: 'POST', session, json: { patientId, specialty, format: 'chat' } });

  it('refuses an uninsured patient the urgent queue with the same answer as planned booking', async () => {
    const artem = await api.login('artem.gusev@demo.telemed');
    const self = (await json<Family>(api.request('/me/family', { session: artem }))).self.id;
    // His policy ended yesterday: as uninsured as a freshly registered account.
    await api.deps.database.db
      .update(insurancePolicies)
      .set({ validTo: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) })
      .where(eq(insurancePolicies.patientId, self));

    const { slot } = await firstFreeSlot('therapist', self, artem, 6);
    const planned = await api.request('/appointments', {
      method: 'POST',
      session: artem,
      json: { patientId: self, slotId: slot.id, format: 'video' },
    });
    const urgent = await join(artem, self, 'therapist');
    expect(planned.status).toBe(409);
    expect(urgent.status).toBe(409);
    const refusal = 'This service is not part of your insurance programme and is paid separately.';
    expect((await json<Problem>(planned)).detail).toBe(refusal);
    expect((await json<Problem>(urgent)).detail).toBe(refusal);
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
    const { appointment } = await json<{ appointment: { id: string } }>(first);

    const forChild = await join(ivan, egor, 'paediatrician');
    expect(forChild.status).toBe(409);
    expect(forChild.headers.get('content-type')).toBe('application/problem+json');
    expect((await json<Problem>(forChild)).detail).toMatch(
      /already have a request waiting in the urgent queue/,
    );

    const left = await api.request(`/urgent-queue/${appointment.id}/leave`, {
      method: 'POST',
      session: ivan,
    });
    expect(left.status).toBe(204);
    const again = await join(ivan, egor, 'paediatrician');
    expect(again.status).toBe(201);
    const { appointment: childRequest } = await json<{ appointment: { id: string } }>(again);
    await api.request(`/urgent-queue/${childRequest.id}/leave`, { method: 'POST', session: ivan });
  });

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as ProblemError,
    );

  it('keeps a request a doctor took after the patient’s leave read it: 409, and the doctor keeps the patient', async () => {
    const db = api.deps.database.db;
    const olga = await api.login('olga.smirnova@demo.telemed');
    const self = (await json<Family>(api.request('/me/family', { session: olga }))).self.id;
    const joined = await join(olga, self, 'therapist');
    expect(joined.status).toBe(201);
    const { appointment } = await json<{ appointment: { id: string } }>(joined);
    // The leave reads the request while it waits…
    const [read] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
    // …a doctor takes it before the leave cancels…
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const [doctor] = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.accountId, smirnova.accountId));
    const taken = await takeNextUrgent(db, doctor!.id);
    expect(taken?.id).toBe(appointment.id);
    // …and the leave, with the row it read, cancels nothing.
    const left = await refusal(leaveUrgentQueue(db, read!));
    expect(left).toBeInstanceOf(ProblemError);
    expect([left!.status, left!.code]).toEqual([409, 'urgent.already_taken']);
    const [after] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
    expect(after).toMatchObject({ status: 'booked', practitionerId: doctor!.id });

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
    const self = (await json<Family>(api.request('/me/family', { session: olga }))).self.id;
    const { appointment } = await json<{ appointment: { id: string } }>(join(olga, self, 'therapist'));
    const leave = () =>
      api.request(`/urgent-queue/${appointment.id}/leave`, { method: 'POST', session: olga });
    expect((await leave()).status).toBe(204);
    const again = await leave();
    expect(again.status).toBe(409);
    const problem = await json<Problem & { code: string }>(again);
    expect(problem.code).toBe('urgent.already_left');
    expect(problem.detail).not.toMatch(/doctor/i);
  });

  it('refuses staff joining the queue for a patient with 403, and records the refusal', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const res = await join(smirnova, ivanFamily.self.id, 'therapist');
    expect(res.status).toBe(403);
    expect((await json<{ code: string }>(res)).code).toBe('auth.role_forbidden');
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
