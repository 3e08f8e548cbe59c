import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requirePatientAccess, requireSelfOrGuardian } from '../../auth/middleware.js';
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
import {
  bookCheckupBodySchema,
  checkupBookingSchema,
  checkupOverviewSchema,
  checkupTimeSchema,
  codeParamSchema,
  timesQuerySchema,
} from './schemas.js';
import { bookCheckup, checkupOverview, freeCheckupTimes } from './service.js';

const routes = {
  overview: createRoute({
    method: 'get',
    path: '/patients/{id}/checkups',
    tags: ['Check-ups'],
    summary:
      'The OMS screenings the patient is due this year (order 404n), and the check-up packages they fit, with clinics',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(checkupOverviewSchema, 'Screenings and packages'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  times: createRoute({
    method: 'get',
    path: '/checkups/{code}/times',
    tags: ['Check-ups'],
    summary: 'Free start times of a check-up at a clinic (mornings, a few places per time)',
    request: { params: codeParamSchema, query: timesQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(checkupTimeSchema) }), 'Free times, soonest first'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  book: createRoute({
    method: 'post',
    path: '/patients/{id}/checkups',
    middleware: [idempotent] as const,
    tags: ['Check-ups'],
    summary: 'Book a check-up or the OMS screening at a clinic (cancel it as any appointment)',
    request: {
      params: idParamSchema,
      headers: idempotencyHeaderSchema,
      body: jsonBody(bookCheckupBodySchema),
    },
    responses: {
      201: jsonContent(checkupBookingSchema, 'Booked'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('The time is full or past, or the check-up is already booked'),
    },
  }),
};

export const checkupRoutes = createRouter()
  .openapi(routes.overview, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'checkups.read',
      resourceType: 'Checkup',
      allow: ['self', 'guardian'],
    });
    return c.json(await checkupOverview(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.times, async (c) => {
    requireActor(c, 'patient');
    const { code } = c.req.valid('param');
    const items = await freeCheckupTimes(c.get('deps').database.db, { code, ...c.req.valid('query') });
    return c.json({ items }, 200);
  })
  .openapi(routes.book, async (c) => {
    const { id } = c.req.valid('param');
    await requireSelfOrGuardian(c, id, { action: 'checkup.book', resourceType: 'Appointment' });
    const booking = await bookCheckup(c.get('deps').database.db, c.get('actor')!, {
      patientId: id,
      ...c.req.valid('json'),
    });
    return c.json(booking, 201);
  });
