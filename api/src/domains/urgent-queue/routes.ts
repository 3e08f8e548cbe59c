import { createRoute } from '@hono/zod-openapi';
import { auditBatch, listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor, requireSelfOrGuardian } from '../../auth/middleware.js';
import { idempotent } from '../../http/idempotency.js';
import { notFound } from '../../http/problem.js';
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
import { requireParticipant } from '../consultations/access.js';
import { closeSfuRoom } from '../consultations/room-close.js';
import { findAppointmentItem } from '../appointments/queries.js';
import { notifyQueueCalled } from './called.js';
import { doctorQueueSchema, queueStatusSchema, urgentJoinBodySchema } from './schemas.js';
import {
  enterUrgentQueue,
  leaveUrgentQueue,
  takeNextUrgent,
  urgentQueueFor,
  urgentStatus,
} from './service.js';

const routes = {
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
      ...slotConflictProblem,
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
    responses: { 204: { description: 'Left' }, ...authProblems, ...notFoundProblem, ...slotConflictProblem },
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

export const urgentQueueRoutes = createRouter()
  .openapi(routes.joinQueue, async (c) => {
    const body = c.req.valid('json');
    await requireSelfOrGuardian(c, body.patientId, { action: 'urgent.join', resourceType: 'Appointment' });
    const db = c.get('deps').database.db;
    const appointment = await enterUrgentQueue(db, c.get('actor')!, body);
    return c.json(await urgentStatus(db, appointment), 201);
  })
  .openapi(routes.queueStatus, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'urgent.status');
    if (appointment.urgency !== 'urgent') throw notFound();
    return c.json(await urgentStatus(c.get('deps').database.db, appointment), 200);
  })
  .openapi(routes.leaveQueue, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'urgent.leave', {
      allow: ['patient'],
    });
    await leaveUrgentQueue(c.get('deps').database.db, appointment);
    await closeSfuRoom(c.get('deps'), c.get('log'), appointment.id);
    return c.body(null, 204);
  })
  .openapi(routes.queueForDoctor, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.get('deps').database.db;
    const items = await urgentQueueFor(db, actor.practitionerId!);
    // Names and reasons are patient data: each listed patient is recorded before the answer leaves.
    await auditBatch(db).write(
      actor,
      c.get('requestId'),
      ...listedReads('urgent.queue.read', 'Appointment', items),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.takeNext, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.get('deps').database.db;
    const taken = await takeNextUrgent(db, actor.practitionerId!);
    if (!taken) return c.body(null, 204);
    await writeAudit(db, actor, c.get('requestId'), {
      action: 'urgent.take',
      resourceType: 'Appointment',
      resourceId: taken.id,
      patientId: taken.patientId,
      outcome: 'allowed',
    });
    await notifyQueueCalled(db, c.get('deps').queues.notifications, taken);
    return c.json(
      { appointment: await findAppointmentItem(db, taken.id), position: null, estimatedWaitMinutes: null },
      200,
    );
  });
