import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../../auth/middleware.js';
import { recordSightings } from '../../auth/listed-sightings.js';
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
} from '../../http/schemas.js';
import { slotConflictProblem } from '../booking/schemas.js';
import { cancelAppointment, rescheduleAppointment } from '../booking/service.js';
import { requireParticipant } from '../consultations/access.js';
import { closeSfuRoom } from '../consultations/room-close.js';
import { findChildren } from '../patients/queries.js';
import { completeInPersonVisit } from '../payments/visit-charge.js';
import { appointmentCalendar } from './ics.js';
import {
  findAppointmentItem,
  type AppointmentListItem,
  forPatients,
  listAppointments,
  listPractitionerAppointments,
} from './queries.js';
import {
  appointmentListItemSchema,
  appointmentListSchema,
  rescheduleBodySchema,
  visitChargeSchema,
} from './schemas.js';
import { jsonTextResponse, toJsonText } from '../../http/json-text.js';
import { SCHEDULE_READS } from '../../lib/change-feed.js';

const listMine = createRoute({
  method: 'get',
  path: '/me/appointments',
  tags: ['Appointments'],
  summary: "A patient's (and their children's) upcoming appointments, or a doctor's schedule from today",
  responses: { 200: jsonContent(appointmentListSchema, 'Appointments, earliest first'), ...authProblems },
});

/** One appointment, for its participants: read, cancel, move, the in-person visit done, the calendar file. */
const one = {
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
    responses: {
      204: { description: 'Cancelled' },
      ...authProblems,
      ...notFoundProblem,
      ...slotConflictProblem,
    },
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
      ...slotConflictProblem,
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
      ...slotConflictProblem,
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
};

/** A list as sent, with the patients it names (each audited on every request, cached or not). */
const listed = (items: AppointmentListItem[]) => ({
  json: toJsonText({ items }),
  patientIds: [...new Set(items.map((i) => i.patient.id))],
});

const startOfToday = () => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d;
};

export const appointmentRoutes = createRouter()
  .openapi(listMine, async (c) => {
    const actor = requireActor(c);
    const { database, readCache, redis } = c.get('deps');
    const db = database.db;
    let list = listed([]);
    if (actor.role === 'patient' && actor.patientId) {
      const children = await findChildren(db, actor.patientId);
      list = listed(
        await listAppointments(
          db,
          forPatients([actor.patientId, ...children.map((ch) => ch.id)], new Date()),
        ),
      );
    } else if (actor.role === 'doctor' && actor.practitionerId) {
      // The doctor's screen polls its day: kept until the database's change feed names this doctor.
      const { practitionerId } = actor;
      const from = startOfToday();
      const load = async () => listed(await listPractitionerAppointments(db, practitionerId, from));
      list = readCache
        ? await readCache.get(SCHEDULE_READS, practitionerId, load, from.toISOString())
        : await load();
    }
    // The doctor's day and a family's bookings are polled: one row per patient per session window.
    await recordSightings(
      { db, redis },
      actor,
      c.get('requestId'),
      { list: 'appointments', action: 'appointment.list', resourceType: 'Appointment' },
      list.patientIds,
    );
    return jsonTextResponse(c, list.json);
  })
  .openapi(one.get, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.read');
    return c.json(await findAppointmentItem(c.get('deps').database.db, appointment.id), 200);
  })
  .openapi(one.cancel, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.cancel', {
      allow: ['patient'],
      forbidden: 'Only the patient can cancel here.',
    });
    await cancelAppointment(c.get('deps').database.db, appointment);
    await closeSfuRoom(c.get('deps'), c.get('log'), appointment.id);
    return c.body(null, 204);
  })
  .openapi(one.reschedule, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.reschedule', {
      allow: ['patient'],
      forbidden: 'Only the patient can move a planned consultation.',
    });
    const { database, queues } = c.get('deps');
    const { slotId } = c.req.valid('json');
    const moved = await rescheduleAppointment(
      database.db,
      queues.reminders,
      c.get('actor')!,
      appointment,
      slotId,
    );
    await closeSfuRoom(c.get('deps'), c.get('log'), appointment.id);
    return c.json(await findAppointmentItem(database.db, moved.id), 201);
  })
  .openapi(one.completeVisit, async (c) => {
    const { appointment } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'appointment.visit_completed',
      {
        allow: ['doctor'],
        forbidden: 'Only the doctor marks a visit done.',
      },
    );
    const charge = await completeInPersonVisit(c.get('deps').database.db, appointment);
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
  .openapi(one.ics, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'appointment.calendar');
    const { database, config } = c.get('deps');
    const item = await findAppointmentItem(database.db, appointment.id);
    const ics = appointmentCalendar(appointment, item, config.PATIENT_APP_URL);
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="telemed-${appointment.id.slice(0, 8)}.ics"`,
    });
  });
