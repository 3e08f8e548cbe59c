import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditBatch, listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';
import { idempotent } from '../../http/idempotency.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idempotencyHeaderSchema,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../http/schemas.js';
import { isGuardedChild } from '../../auth/policy.js';
import { listAppointments } from '../appointments/queries.js';
import { appointmentListItemSchema } from '../appointments/schemas.js';
import { appointments } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { assertAttachable, attachAnamnesis } from '../anamnesis/service.js';
import { requireParticipant } from '../consultations/access.js';
import { closeSfuRoom } from '../consultations/room-close.js';
import { findPatient } from '../patients/queries.js';
import { paymentForBooking } from '../payments/booking-payment.js';
import { consultationCharge, inPersonCharge } from '../payments/charge.js';
import { completeInPersonVisit } from '../payments/visit-charge.js';
import { coverageFor, requireTelemedicineCover } from './coverage.js';
import { appointmentIcs } from './ics.js';
import { DOCTORS_READS, findDoctors, findFreeSlots, listSpecialties, SLOTS_READS } from './queries.js';
import {
  bookBodySchema,
  coverageQuerySchema,
  coverageSchema,
  doctorCardSchema,
  doctorQueueSchema,
  doctorSearchQuerySchema,
  queueStatusSchema,
  rescheduleBodySchema,
  slotQuerySchema,
  slotSchema,
  specialtySchema,
  urgentJoinBodySchema,
  visitChargeSchema,
} from './schemas.js';
import { assertChangeable, bookSlot, cancelAppointment } from './service.js';
import { assertConsented } from '../consents/service.js';
import { notifyQueueCalled } from '../urgent-queue/called.js';
import { joinUrgentQueue, queuePosition, takeNextUrgent, urgentQueueFor } from '../urgent-queue/service.js';

/** The slot cache covers what `days` (at most 14) can ask from today, and outlives its TTL by a margin. */
const SLOT_HORIZON_MS = 15 * 86_400_000;
const SLOT_MARGIN_MS = 60 * 60_000;

const conflict = { 409: problem('The slot or appointment is no longer available for this') } as const;

const routes = {
  specialties: createRoute({
    method: 'get',
    path: '/specialties',
    tags: ['Booking'],
    summary: 'Medical specialties available online',
    responses: { 200: jsonContent(z.object({ items: z.array(specialtySchema) }), 'Specialties') },
  }),
  doctors: createRoute({
    method: 'get',
    path: '/doctors',
    tags: ['Booking'],
    summary: 'Doctors to book, with their next free time',
    request: { query: doctorSearchQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(doctorCardSchema) }), 'Doctors, soonest free first'),
      ...badRequestProblem,
      ...authProblems,
    },
  }),
  slots: createRoute({
    method: 'get',
    path: '/doctors/{id}/slots',
    tags: ['Booking'],
    summary: "A doctor's free slots",
    request: { params: idParamSchema, query: slotQuerySchema },
    responses: { 200: jsonContent(z.object({ items: z.array(slotSchema) }), 'Free slots'), ...authProblems },
  }),
  coverage: createRoute({
    method: 'get',
    path: '/patients/{id}/coverage',
    tags: ['Booking'],
    summary: "What the patient's insurance programme covers for a service",
    request: { params: idParamSchema, query: coverageQuerySchema },
    responses: { 200: jsonContent(coverageSchema, 'Coverage'), ...authProblems, ...notFoundProblem },
  }),
  book: createRoute({
    method: 'post',
    path: '/appointments',
    middleware: [idempotent] as const,
    tags: ['Booking'],
    summary: 'Book a planned consultation in a free slot (atomic: one booking per slot)',
    request: { headers: idempotencyHeaderSchema, body: jsonBody(bookBodySchema) },
    responses: {
      201: jsonContent(appointmentListItemSchema, 'Booked'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/appointments/{id}',
    tags: ['Booking'],
    summary: 'One appointment',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(appointmentListItemSchema, 'The appointment'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/appointments/{id}/cancel',
    tags: ['Booking'],
    summary: 'Cancel (up to an hour before a planned start)',
    request: { params: idParamSchema },
    responses: { 204: { description: 'Cancelled' }, ...authProblems, ...notFoundProblem, ...conflict },
  }),
  reschedule: createRoute({
    method: 'post',
    path: '/appointments/{id}/reschedule',
    middleware: [idempotent] as const,
    tags: ['Booking'],
    summary: 'Move a planned consultation to another free slot',
    request: {
      params: idParamSchema,
      headers: idempotencyHeaderSchema,
      body: jsonBody(rescheduleBodySchema),
    },
    responses: {
      201: jsonContent(appointmentListItemSchema, 'The new booking'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  completeVisit: createRoute({
    method: 'post',
    path: '/appointments/{id}/visit-completed',
    tags: ['Booking'],
    summary:
      "The doctor marks an in-person visit done; the member's franchise share is charged once through the payment adapter",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(visitChargeSchema, 'The charge (the same one on a repeat)'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  ics: createRoute({
    method: 'get',
    path: '/appointments/{id}/calendar.ics',
    tags: ['Booking'],
    summary: 'The appointment as an iCalendar file',
    request: { params: idParamSchema },
    responses: {
      200: { content: { 'text/calendar': { schema: z.string() } }, description: 'iCalendar' },
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  joinQueue: createRoute({
    method: 'post',
    path: '/urgent-queue',
    middleware: [idempotent] as const,
    tags: ['Urgent queue'],
    summary: 'Join the urgent queue for the first free therapist or paediatrician',
    request: { headers: idempotencyHeaderSchema, body: jsonBody(urgentJoinBodySchema) },
    responses: {
      201: jsonContent(queueStatusSchema, 'In the queue'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  queueStatus: createRoute({
    method: 'get',
    path: '/urgent-queue/{id}',
    tags: ['Urgent queue'],
    summary: 'Position and estimated wait',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(queueStatusSchema, 'Status'), ...authProblems, ...notFoundProblem },
  }),
  leaveQueue: createRoute({
    method: 'post',
    path: '/urgent-queue/{id}/leave',
    tags: ['Urgent queue'],
    summary: 'Leave the urgent queue',
    request: { params: idParamSchema },
    responses: { 204: { description: 'Left' }, ...authProblems, ...notFoundProblem, ...conflict },
  }),
  queueForDoctor: createRoute({
    method: 'get',
    path: '/urgent-queue',
    tags: ['Urgent queue'],
    summary:
      "Who waits in the urgent queue of the doctor's specialties and why, escalations first, then longest-waiting",
    responses: { 200: jsonContent(doctorQueueSchema, 'Waiting requests'), ...authProblems },
  }),
  takeNext: createRoute({
    method: 'post',
    path: '/urgent-queue/take-next',
    tags: ['Urgent queue'],
    summary: 'A doctor takes the next patient of their specialty: escalations first, then longest-waiting',
    responses: {
      200: jsonContent(queueStatusSchema, 'The patient now assigned to you'),
      204: { description: 'Nobody is waiting' },
      ...authProblems,
    },
  }),
};

async function listItem(c: Context<AppEnv>, id: string) {
  const [item] = await listAppointments(c.var.deps.database.db, eq(appointments.id, id), 1);
  if (!item) throw notFound();
  return item;
}

async function requireBookingPatient(c: Context<AppEnv>, patientId: string, action: string) {
  requireActor(c, 'patient');
  await requirePatientAccess(c, patientId, {
    action,
    resourceType: 'Appointment',
    allow: ['self', 'guardian'],
  });
}

export const bookingRoutes = createRouter()
  .openapi(routes.specialties, async (c) =>
    c.json({ items: await listSpecialties(c.var.deps.database.db) }, 200),
  )
  .openapi(routes.doctors, async (c) => {
    requireActor(c);
    const q = c.req.valid('query');
    let ageGroup: 'adult' | 'child' | undefined;
    if (q.patientId) {
      await requireBookingPatient(c, q.patientId, 'doctors.search');
      const patient = await findPatient(c.var.deps.database.db, q.patientId);
      ageGroup = isGuardedChild(patient!.birthDate) ? 'child' : 'adult';
    }
    const day = q.date
      ? {
          from: new Date(`${q.date}T00:00:00Z`),
          to: new Date(new Date(`${q.date}T00:00:00Z`).getTime() + 86_400_000),
        }
      : undefined;
    const filter = {
      ...(q.specialty ? { specialty: q.specialty } : {}),
      ...(q.format ? { format: q.format } : {}),
      ...(ageGroup ? { ageGroup } : {}),
      ...(day ? { day } : {}),
    };
    const { database, readCache } = c.var.deps;
    const load = () => findDoctors(database.db, filter);
    const items = readCache ? await readCache.get(DOCTORS_READS, JSON.stringify(filter), load) : await load();
    return c.json({ items }, 200);
  })
  .openapi(routes.slots, async (c) => {
    requireActor(c);
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const now = Date.now();
    const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(now);
    const to = new Date(from.getTime() + q.days * 86_400_000);
    const { database, readCache } = c.var.deps;
    // Cached per doctor: every free slot of the horizon, cut to the asked window and format here.
    const horizon = now + SLOT_HORIZON_MS;
    if (!readCache || to.getTime() > horizon) {
      return c.json({ items: await findFreeSlots(database.db, id, from, to, q.format) }, 200);
    }
    const all = await readCache.get(SLOTS_READS, id, () =>
      findFreeSlots(database.db, id, new Date(now), new Date(horizon + SLOT_MARGIN_MS)),
    );
    const fromIso = from.toISOString();
    const toIso = to.toISOString();
    const nowIso = new Date(now).toISOString();
    const items = all.filter(
      (s) =>
        s.startsAt > fromIso &&
        s.startsAt > nowIso &&
        s.startsAt < toIso &&
        (!q.format || s.formats.includes(q.format)),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.coverage, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'coverage.read', resourceType: 'Coverage' });
    const { service, specialty, date } = c.req.valid('query');
    const db = c.var.deps.database.db;
    if ((service === 'telemedicine' || service === 'in_person') && specialty) {
      const { coverage, amountRub, patientPaysRub, temporaryFranchise } =
        service === 'telemedicine'
          ? await consultationCharge(db, id, specialty)
          : await inPersonCharge(db, id, specialty, date);
      return c.json({ ...coverage, price: { amountRub, patientPaysRub }, temporaryFranchise }, 200);
    }
    return c.json({ ...(await coverageFor(db, id, service)), price: null }, 200);
  })
  .openapi(routes.book, async (c) => {
    const body = c.req.valid('json');
    await requireBookingPatient(c, body.patientId, 'appointment.book');
    const { database, queues } = c.var.deps;
    // Consents first, so a patient without them hears that rather than about payment (bookSlot checks again).
    await assertConsented(database.db, body.patientId);
    // The member's share of an in-person visit is charged after it (payments/visit-charge.ts), not at booking.
    const payment = body.format === 'in_person' ? undefined : await paymentForBooking(database.db, body);
    if (body.anamnesisId) await assertAttachable(database.db, body.anamnesisId, body.patientId);
    const appointment = await bookSlot(database.db, queues.reminders, c.var.actor!, { ...body, payment });
    if (body.anamnesisId) await attachAnamnesis(database.db, body.anamnesisId, appointment.id);
    return c.json(await listItem(c, appointment.id), 201);
  })
  .openapi(routes.get, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.read');
    return c.json(await listItem(c, appointment.id), 200);
  })
  .openapi(routes.cancel, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.cancel', {
      allow: ['patient'],
      forbidden: 'Only the patient can cancel here.',
    });
    await cancelAppointment(c.var.deps.database.db, appointment);
    await closeSfuRoom(c.var.deps, c.var.log, appointment.id);
    return c.body(null, 204);
  })
  .openapi(routes.reschedule, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.reschedule', {
      allow: ['patient'],
      forbidden: 'Only the patient can move a planned consultation.',
    });
    if (appointment.urgency !== 'planned') {
      throw new ProblemError(403, 'Only the patient can move a planned consultation.', {
        code: 'auth.action_forbidden',
      });
    }
    if (appointment.checkupCode) {
      // A check-up has no doctor's slot to move to: it is cancelled and booked again (domains/checkups).
      throw new ProblemError(409, 'A check-up is moved by cancelling it and booking another time.', {
        code: 'checkup.reschedule_by_rebooking',
      });
    }
    assertChangeable(appointment);
    const { database, queues } = c.var.deps;
    const moved = await bookSlot(
      database.db,
      queues.reminders,
      c.var.actor!,
      {
        patientId: appointment.patientId,
        slotId: c.req.valid('json').slotId,
        format: appointment.format,
        reason: appointment.reason ?? undefined,
      },
      appointment.id,
    );
    await closeSfuRoom(c.var.deps, c.var.log, appointment.id);
    return c.json(await listItem(c, moved.id), 201);
  })
  .openapi(routes.completeVisit, async (c) => {
    const { appointment } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'appointment.visit_completed',
      {
        allow: ['doctor'],
        forbidden: 'Only the doctor marks a visit done.',
      },
    );
    const charge = await completeInPersonVisit(c.var.deps.database.db, appointment);
    return c.json(
      {
        appointmentId: charge.appointmentId,
        priceRub: charge.priceRub,
        sharePercent: charge.sharePercent,
        amountRub: charge.amountRub,
        adapter: charge.adapter,
        reference: charge.reference,
        chargedAt: charge.chargedAt.toISOString(),
      },
      200,
    );
  })
  .openapi(routes.ics, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.calendar');
    const item = await listItem(c, appointment.id);
    const doctor = item.practitioner;
    const url = `${c.var.deps.config.PATIENT_APP_URL}/appointments/${appointment.id}`;
    const ics = appointmentIcs({
      id: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      summary: `Telemed: ${doctor ? `${doctor.specialty.name.en} ${doctor.fullName.en}` : 'consultation'} (${appointment.format})`,
      description: item.clinic
        ? `Приём в клинике / Visit at the clinic: ${item.clinic.name.ru}, ${item.clinic.address.ru}. ${url}`
        : `Онлайн-консультация / Online consultation. Join: ${url}`,
      url,
      location: item.clinic ? `${item.clinic.name.ru}, ${item.clinic.address.ru}` : undefined,
    });
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="telemed-${appointment.id.slice(0, 8)}.ics"`,
    });
  })
  .openapi(routes.joinQueue, async (c) => {
    const body = c.req.valid('json');
    await requireBookingPatient(c, body.patientId, 'urgent.join');
    const db = c.var.deps.database.db;
    await assertConsented(db, body.patientId);
    await requireTelemedicineCover(db, body.patientId);
    if (body.anamnesisId) await assertAttachable(db, body.anamnesisId, body.patientId);
    const appointment = await joinUrgentQueue(db, c.var.actor!, body);
    if (body.anamnesisId) await attachAnamnesis(db, body.anamnesisId, appointment.id);
    return c.json(
      {
        appointment: await listItem(c, appointment.id),
        ...(await queuePosition(c.var.deps.database.db, appointment)),
      },
      201,
    );
  })
  .openapi(routes.queueStatus, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'urgent.status');
    if (appointment.urgency !== 'urgent') throw notFound();
    return c.json(
      {
        appointment: await listItem(c, appointment.id),
        ...(await queuePosition(c.var.deps.database.db, appointment)),
      },
      200,
    );
  })
  .openapi(routes.leaveQueue, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'urgent.leave', {
      allow: ['patient'],
    });
    if (appointment.urgency !== 'urgent') throw notFound();
    if (appointment.status !== 'waiting' || appointment.practitionerId) {
      throw new ProblemError(409, 'A doctor has already taken this request.', {
        code: 'urgent.already_taken',
      });
    }
    await cancelAppointment(c.var.deps.database.db, appointment);
    await closeSfuRoom(c.var.deps, c.var.log, appointment.id);
    return c.body(null, 204);
  })
  .openapi(routes.queueForDoctor, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.var.deps.database.db;
    const items = await urgentQueueFor(db, actor.practitionerId!);
    // Names and reasons are patient data: each listed patient is recorded before the answer leaves.
    await auditBatch(db).write(
      actor,
      c.var.requestId,
      ...listedReads('urgent.queue.read', 'Appointment', items, (item) => ({
        resourceId: item.id,
        patientId: item.patient.id,
      })),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.takeNext, async (c) => {
    const actor = requireActor(c, 'doctor');
    const taken = await takeNextUrgent(c.var.deps.database.db, actor.practitionerId!);
    if (!taken) return c.body(null, 204);
    await writeAudit(c.var.deps.database.db, actor, c.var.requestId, {
      action: 'urgent.take',
      resourceType: 'Appointment',
      resourceId: taken.id,
      patientId: taken.patientId,
      outcome: 'allowed',
    });
    await notifyQueueCalled(c.var.deps.database.db, c.var.deps.queues.notifications, taken);
    return c.json(
      { appointment: await listItem(c, taken.id), position: null, estimatedWaitMinutes: null },
      200,
    );
  });
