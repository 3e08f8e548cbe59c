import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import { appointments, clinics, practitioners } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../http/schemas.js';
import { auditAdminWrite, requireAdmin } from '../admin/access.js';
import { findRatingForAppointment, listCommentsForModeration, listReviews, ratingView } from './queries.js';
import {
  appointmentRatingSchema,
  hideBodySchema,
  moderationItemSchema,
  moderationPageSchema,
  moderationQuerySchema,
  rateBodySchema,
  ratingSchema,
  reviewPageSchema,
  reviewsQuerySchema,
} from './schemas.js';
import { clinicToRate, hideComment, rateAppointment } from './service.js';

const tags = ['Ratings'];

const routes = {
  get: createRoute({
    method: 'get',
    path: '/appointments/{id}/rating',
    tags,
    summary: "The member's rating of an appointment, or whether they may rate it now",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(appointmentRatingSchema, 'Rating'), ...authProblems, ...notFoundProblem },
  }),
  rate: createRoute({
    method: 'post',
    path: '/appointments/{id}/rating',
    tags,
    summary:
      'Rate a completed appointment (the doctor, and the clinic when it has one); once per appointment',
    request: { params: idParamSchema, body: jsonBody(rateBodySchema) },
    responses: {
      201: jsonContent(ratingSchema, 'Rated'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('Not completed, or already rated'),
    },
  }),
  doctorReviews: createRoute({
    method: 'get',
    path: '/doctors/{id}/reviews',
    tags,
    summary: "A doctor's reviews, newest first (reviewer's first name and initial only)",
    request: { params: idParamSchema, query: reviewsQuerySchema },
    responses: { 200: jsonContent(reviewPageSchema, 'Reviews'), ...authProblems, ...notFoundProblem },
  }),
  clinicReviews: createRoute({
    method: 'get',
    path: '/clinics/{id}/reviews',
    tags,
    summary: "A clinic's reviews, newest first (reviewer's first name and initial only)",
    request: { params: idParamSchema, query: reviewsQuerySchema },
    responses: { 200: jsonContent(reviewPageSchema, 'Reviews'), ...authProblems, ...notFoundProblem },
  }),
  moderation: createRoute({
    method: 'get',
    path: '/admin/ratings',
    tags: ['Administration'],
    summary: 'Recent rating comments, newest first, for moderation',
    request: { query: moderationQuerySchema },
    responses: { 200: jsonContent(moderationPageSchema, 'Comments'), ...badRequestProblem, ...authProblems },
  }),
  hide: createRoute({
    method: 'post',
    path: '/admin/ratings/{id}/hide',
    tags: ['Administration'],
    summary: 'Hide an abusive comment from patients, with a reason (audited; its stars still count)',
    request: { params: idParamSchema, body: jsonBody(hideBodySchema) },
    responses: {
      200: jsonContent(moderationItemSchema.pick({ id: true, hiddenAt: true, hiddenReason: true }), 'Hidden'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

/**
 * The appointment, for the patient it is about or their guardian; everyone else gets the 404 of a missing one
 * (and the attempt is audited as denied). Other roles get 403: staff do not rate visits.
 */
async function requireOwnAppointment(c: Context<AppEnv>, id: string, action: string) {
  requireActor(c, 'patient');
  const db = c.get('deps').database.db;
  const [appointment] = await db
    .select({
      id: appointments.id,
      patientId: appointments.patientId,
      practitionerId: appointments.practitionerId,
      clinicId: appointments.clinicId,
      status: appointments.status,
    })
    .from(appointments)
    .where(eq(appointments.id, id));
  const { actor } = await requirePatientAccess(c, appointment?.patientId ?? null, {
    action,
    resourceType: 'Appointment',
    resourceId: id,
    allow: ['self', 'guardian'],
  });
  return { actor, appointment: appointment! };
}

const router = createRouter();
// Before any validator: other roles get 403 whatever they send (as for the rest of the admin console).
router.use('/admin/ratings/*', async (c, next) => {
  requireAdmin(c);
  await next();
});

export const ratingRoutes = router
  .openapi(routes.get, async (c) => {
    const { appointment } = await requireOwnAppointment(c, c.req.valid('param').id, 'rating.read');
    const db = c.get('deps').database.db;
    const [rating, clinicId] = await Promise.all([
      findRatingForAppointment(db, appointment.id),
      clinicToRate(db, appointment),
    ]);
    const [doctor] = appointment.practitionerId
      ? await db
          .select({ id: practitioners.id, fullName: practitioners.fullName })
          .from(practitioners)
          .where(eq(practitioners.id, appointment.practitionerId))
      : [];
    const [clinic] = clinicId
      ? await db.select({ id: clinics.id, name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId))
      : [];
    return c.json(
      {
        rating: rating ? ratingView(rating) : null,
        canRate: !rating && appointment.status === 'completed' && !!doctor,
        doctor: doctor ?? null,
        clinic: clinic ?? null,
      },
      200,
    );
  })
  .openapi(routes.rate, async (c) => {
    const { actor, appointment } = await requireOwnAppointment(c, c.req.valid('param').id, 'rating.create');
    const row = await rateAppointment(
      c.get('deps').database.db,
      appointment,
      actor.accountId,
      c.req.valid('json'),
    );
    return c.json(ratingView(row), 201);
  })
  .openapi(routes.doctorReviews, async (c) => {
    requireActor(c);
    const { id } = c.req.valid('param');
    const db = c.get('deps').database.db;
    const [doctor] = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.id, id));
    if (!doctor) throw notFound();
    return c.json(await listReviews(db, { practitionerId: id }, c.req.valid('query').page), 200);
  })
  .openapi(routes.clinicReviews, async (c) => {
    requireActor(c);
    const { id } = c.req.valid('param');
    const db = c.get('deps').database.db;
    const [clinic] = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, id));
    if (!clinic) throw notFound();
    return c.json(await listReviews(db, { clinicId: id }, c.req.valid('query').page), 200);
  })
  .openapi(routes.moderation, async (c) => {
    requireAdmin(c);
    const { page, hidden } = c.req.valid('query');
    return c.json(await listCommentsForModeration(c.get('deps').database.db, { page, hidden }), 200);
  })
  .openapi(routes.hide, async (c) => {
    const actor = requireAdmin(c);
    const { id } = c.req.valid('param');
    const row = await hideComment(c.get('deps').database.db, id, actor.accountId, c.req.valid('json').reason);
    if (!row) throw notFound();
    await auditAdminWrite(c, 'rating.hide_comment', { type: 'Rating', id, patientId: row.patientId });
    return c.json({ id: row.id, hiddenAt: row.hiddenAt!.toISOString(), hiddenReason: row.hiddenReason }, 200);
  });
