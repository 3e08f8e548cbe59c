import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../auth/middleware.js';
import { auditBatch } from '../../auth/audit.js';
import { createRouter } from '../../http/router.js';
import { authProblems, jsonContent } from '../../http/schemas.js';
import { findChildren } from '../patients/queries.js';
import { forPatients, listAppointments, listPractitionerAppointments } from './queries.js';
import { appointmentListSchema } from './schemas.js';

const listMine = createRoute({
  method: 'get',
  path: '/me/appointments',
  tags: ['Appointments'],
  summary: "A patient's (and their children's) upcoming appointments, or a doctor's schedule from today",
  responses: { 200: jsonContent(appointmentListSchema, 'Appointments, earliest first'), ...authProblems },
});

const startOfToday = () => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d;
};

export const appointmentRoutes = createRouter().openapi(listMine, async (c) => {
  const actor = requireActor(c);
  const db = c.var.deps.database.db;
  let items: Awaited<ReturnType<typeof listAppointments>> = [];
  if (actor.role === 'patient' && actor.patientId) {
    const children = await findChildren(db, actor.patientId);
    items = await listAppointments(
      db,
      forPatients([actor.patientId, ...children.map((ch) => ch.id)], new Date()),
    );
  } else if (actor.role === 'doctor' && actor.practitionerId) {
    items = await listPractitionerAppointments(db, actor.practitionerId, startOfToday());
  }
  const patientIds = [...new Set(items.map((i) => i.patient.id))];
  // Batched with the other requests' rows, and awaited: nothing is answered before its record is stored.
  await auditBatch(db).write(
    actor,
    c.var.requestId,
    ...patientIds.map((patientId) => ({
      action: 'appointment.list',
      resourceType: 'Appointment',
      patientId,
      outcome: 'allowed' as const,
    })),
  );
  return c.json({ items }, 200);
});
