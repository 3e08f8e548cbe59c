import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requirePatientAccess, requireSelfOrGuardian } from '../../auth/middleware.js';
import { isGuardedChild } from '../../auth/policy.js';
import { idempotent } from '../../http/idempotency.js';
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
import { notFound } from '../../http/problem.js';
import { assertAttachable, attachAnamnesis } from '../anamnesis/service.js';
import { findAppointmentItem } from '../appointments/queries.js';
import { appointmentListItemSchema, type Format } from '../appointments/schemas.js';
import { assertConsented } from '../consents/service.js';
import { findPatient } from '../patients/queries.js';
import { paymentForBooking } from '../payments/booking-payment.js';
import { consultationCharge, inPersonCharge } from '../payments/charge.js';
import { coverageFor } from './coverage.js';
import {
  DOCTORS_READS,
  findBookableDoctorSlots,
  findDoctors,
  listSpecialties,
  SLOTS_READS,
} from './queries.js';
import { slotWindowJson } from './slot-window.js';
import { jsonTextResponse, toJsonText } from '../../http/json-text.js';
import {
  bookBodySchema,
  slotConflictProblem,
  coverageQuerySchema,
  coverageSchema,
  doctorCardSchema,
  doctorSearchQuerySchema,
  slotQuerySchema,
  slotSchema,
  specialtySchema,
} from './schemas.js';
import { bookSlot } from './service.js';

/** The slot cache covers what `days` (at most 14) can ask from today, and outlives its TTL by a margin. */
const SLOT_HORIZON_MS = 15 * 86_400_000;
const SLOT_MARGIN_MS = 60 * 60_000;

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
    responses: {
      200: jsonContent(z.object({ items: z.array(slotSchema) }), 'Free slots'),
      ...badRequestProblem,
      ...authProblems,
      404: problem('No bookable doctor has this id (unknown, not a doctor, or deactivated)'),
    },
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
      ...slotConflictProblem,
    },
  }),
};

export const bookingRoutes = createRouter()
  .openapi(routes.specialties, async (c) =>
    c.json({ items: await listSpecialties(c.get('deps').database.db) }, 200),
  )
  .openapi(routes.doctors, async (c) => {
    requireActor(c);
    const q = c.req.valid('query');
    let ageGroup: 'adult' | 'child' | undefined;
    if (q.patientId) {
      await requireSelfOrGuardian(c, q.patientId, { action: 'doctors.search', resourceType: 'Appointment' });
      const patient = await findPatient(c.get('deps').database.db, q.patientId);
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
    const { database, readCache } = c.get('deps');
    // Kept serialised: writing the same list out again was most of a cached answer's cost.
    const load = async () => toJsonText({ items: await findDoctors(database.db, filter) });
    const json = readCache ? await readCache.get(DOCTORS_READS, JSON.stringify(filter), load) : await load();
    return jsonTextResponse(c, json);
  })
  .openapi(routes.slots, async (c) => {
    requireActor(c);
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const now = Date.now();
    const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(now);
    const to = new Date(from.getTime() + q.days * 86_400_000);
    const { database, readCache } = c.get('deps');
    // Cached per doctor: every free slot of the horizon, cut to the asked window and format here.
    const horizon = now + SLOT_HORIZON_MS;
    // Not a bookable doctor: a 404, and nothing cached (a refused load is not kept), so made-up ids cost one
    // primary-key read each and never crowd real doctors out of the cache. A doctor deactivated meanwhile
    // invalidates their entry (admin/practitioners.ts), so the next read answers the 404.
    const freeSlots = async (start: Date, end: Date, format?: Format) => {
      const items = await findBookableDoctorSlots(database.db, id, start, end, format);
      if (!items) throw notFound();
      return items;
    };
    if (!readCache || to.getTime() > horizon) {
      return c.json({ items: await freeSlots(from, to, q.format) }, 200);
    }
    const all = await readCache.get(SLOTS_READS, id, () =>
      freeSlots(new Date(now), new Date(horizon + SLOT_MARGIN_MS)),
    );
    const json = slotWindowJson(all, `${q.from ?? ''}|${q.days}|${q.format ?? ''}`, now, () => {
      const fromIso = from.toISOString();
      const toIso = to.toISOString();
      const nowIso = new Date(now).toISOString();
      return all.filter(
        (s) =>
          s.startsAt > fromIso &&
          s.startsAt > nowIso &&
          s.startsAt < toIso &&
          (!q.format || s.formats.includes(q.format)),
      );
    });
    return jsonTextResponse(c, json);
  })
  .openapi(routes.coverage, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'coverage.read', resourceType: 'Coverage' });
    const { service, specialty, date } = c.req.valid('query');
    const db = c.get('deps').database.db;
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
    await requireSelfOrGuardian(c, body.patientId, {
      action: 'appointment.book',
      resourceType: 'Appointment',
    });
    const { database, queues } = c.get('deps');
    // Consents first, so a patient without them hears that rather than about payment (bookSlot checks again).
    await assertConsented(database.db, body.patientId);
    // The member's share of an in-person visit is charged after it (payments/visit-charge.ts), not at booking.
    const payment = body.format === 'in_person' ? undefined : await paymentForBooking(database.db, body);
    if (body.anamnesisId) await assertAttachable(database.db, body.anamnesisId, body.patientId);
    const appointment = await bookSlot(database.db, queues.reminders, c.get('actor')!, { ...body, payment });
    if (body.anamnesisId) await attachAnamnesis(database.db, body.anamnesisId, appointment.id);
    return c.json(await findAppointmentItem(database.db, appointment.id), 201);
  });
