import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { authProblems, idParamSchema, jsonContent, notFoundProblem } from '../../http/schemas.js';
import { requireParticipant } from '../consultations/access.js';
import { escalationContexts, wasEscalated } from './escalation-context.js';
import { escalationContextListSchema } from './schemas.js';

const escalationOfAppointment = createRoute({
  method: 'get',
  path: '/appointments/{id}/escalation',
  tags: ['Blood-pressure monitoring'],
  summary: "Why an assistant escalated this consultation: the alerts, the assistant's note and the readings",
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(escalationContextListSchema, 'The escalated alerts, worst first (empty if none)'),
    ...authProblems,
    ...notFoundProblem,
  },
});

/**
 * For the consultation's doctor only; anybody else (other doctors, the patient, guests) gets the outsiders' 404.
 * Audited only for a consultation an assistant escalated: for the others there is nothing to read.
 */
export const escalationRoutes = createRouter().openapi(escalationOfAppointment, async (c) => {
  const db = c.get('deps').database.db;
  const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'monitoring.escalation.read', {
    allow: ['doctor'],
    readsRecord: true,
    exists: (appointment) => wasEscalated(db, appointment.id),
  });
  const contexts = await escalationContexts(db, [appointment.id]);
  return c.json({ items: contexts.get(appointment.id) ?? [] }, 200);
});
