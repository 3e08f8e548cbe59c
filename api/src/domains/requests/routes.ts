import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Context } from 'hono';
import { listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor, requireSelfOrGuardian } from '../../auth/middleware.js';
import { careRequests } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
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
import { requireRequest, type RequestSide } from './access.js';
import {
  labReportSummaries,
  listRequests,
  patientLabReportIds,
  requestDetail,
  visibleToDoctor,
  type CareRequestRow,
} from './queries.js';
import {
  answerBodySchema,
  convertBodySchema,
  inboxQuerySchema,
  labReportSummarySchema,
  requestDetailSchema,
  requestListItemSchema,
  submitRequestBodySchema,
} from './schemas.js';
import { submitRequest } from './submit.js';
import { answerRequest, cancelRequest, claimRequest, convertRequest } from './workflow.js';

const requestList = z.object({ items: z.array(requestListItemSchema) }).openapi('CareRequestList');
const conflict = { 409: problem('The request is no longer in a state that allows this') } as const;
const tags = ['Second opinion and test decoding'];

const routes = {
  submit: createRoute({
    method: 'post',
    path: '/patients/{id}/requests',
    middleware: [idempotent] as const,
    tags,
    summary: 'Ask for a second opinion or a decoding of test results, for yourself or your child',
    request: {
      params: idParamSchema,
      headers: idempotencyHeaderSchema,
      body: jsonBody(submitRequestBodySchema),
    },
    responses: {
      201: jsonContent(requestDetailSchema, 'Submitted'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/patients/{id}/requests',
    tags,
    summary: "The patient's requests, newest first",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(requestList, 'Requests'), ...authProblems, ...notFoundProblem },
  }),
  labReports: createRoute({
    method: 'get',
    path: '/patients/{id}/requests/lab-reports',
    tags,
    summary: "Lab reports from the patient's card that a request can include",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(labReportSummarySchema) }), 'Newest first'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/requests/{id}',
    tags,
    summary: 'One request: status, attachments, lab values, answer',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(requestDetailSchema, 'The request'), ...authProblems, ...notFoundProblem },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/requests/{id}/cancel',
    tags,
    summary: 'Withdraw a request no doctor has taken yet',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(requestDetailSchema, 'Cancelled'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  inbox: createRoute({
    method: 'get',
    path: '/inbox/requests',
    tags,
    summary: "A doctor's requests: new ones for them or their specialty, and the ones they claimed",
    request: { query: inboxQuerySchema },
    responses: { 200: jsonContent(requestList, 'Requests'), ...badRequestProblem, ...authProblems },
  }),
  claim: createRoute({
    method: 'post',
    path: '/requests/{id}/claim',
    tags,
    summary:
      'Take a request (atomic: of doctors claiming at once exactly one wins; the rest get 409, or 404 once the claim hides it from them)',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(requestDetailSchema, 'Now in review by you'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  answer: createRoute({
    method: 'post',
    path: '/requests/{id}/answer',
    tags,
    summary: 'Answer a request you claimed, in writing',
    request: { params: idParamSchema, body: jsonBody(answerBodySchema) },
    responses: {
      200: jsonContent(requestDetailSchema, 'Answered'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  convert: createRoute({
    method: 'post',
    path: '/requests/{id}/convert',
    tags,
    summary: 'Answer a request you claimed with a consultation in one of your free slots',
    request: { params: idParamSchema, body: jsonBody(convertBodySchema) },
    responses: {
      200: jsonContent(requestDetailSchema, 'Consultation booked'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
};

/** The patient or their guardian; doctors and assistants do not file requests for patients. */
const requireRequestingPatient = (c: Context<AppEnv>, patientId: string, action: string) =>
  requireSelfOrGuardian(c, patientId, { action, resourceType: 'CareRequest' });

async function detailFor(c: Context<AppEnv>, request: CareRequestRow, side: RequestSide) {
  const practitionerId = c.get('actor')?.practitionerId ?? null;
  const mine = side === 'doctor' && request.assignedPractitionerId === practitionerId;
  return {
    ...(await requestDetail(c.get('deps').database.db, request)),
    actions: {
      cancel: side === 'patient' && request.status === 'submitted',
      claim: side === 'doctor' && request.status === 'submitted' && !request.assignedPractitionerId,
      answer: mine && request.status === 'in_review',
      convert: mine && request.status === 'in_review',
    },
  };
}

const inboxFilters: Record<string, (practitionerId: string) => SQL> = {
  new: () => and(eq(careRequests.status, 'submitted'), isNull(careRequests.assignedPractitionerId))!,
  in_review: (id) => and(eq(careRequests.status, 'in_review'), eq(careRequests.assignedPractitionerId, id))!,
  answered: (id) => and(eq(careRequests.status, 'answered'), eq(careRequests.assignedPractitionerId, id))!,
  consult_booked: (id) =>
    and(eq(careRequests.status, 'consult_booked'), eq(careRequests.assignedPractitionerId, id))!,
};

export const requestRoutes = createRouter()
  .openapi(routes.submit, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requireRequestingPatient(c, id, 'care_request.submit');
    const row = await submitRequest(c.get('deps').database.db, {
      ...c.req.valid('json'),
      patientId: id,
      accountId: actor.accountId,
    });
    return c.json(await detailFor(c, row, 'patient'), 201);
  })
  .openapi(routes.list, async (c) => {
    const { id } = c.req.valid('param');
    await requireRequestingPatient(c, id, 'care_request.list');
    return c.json(
      { items: await listRequests(c.get('deps').database.db, eq(careRequests.patientId, id)) },
      200,
    );
  })
  .openapi(routes.labReports, async (c) => {
    const { id } = c.req.valid('param');
    await requireRequestingPatient(c, id, 'care_request.lab_reports');
    const db = c.get('deps').database.db;
    return c.json({ items: await labReportSummaries(db, await patientLabReportIds(db, id)) }, 200);
  })
  .openapi(routes.get, async (c) => {
    const { request, side } = await requireRequest(c, c.req.valid('param').id, 'care_request.read');
    return c.json(await detailFor(c, request, side), 200);
  })
  .openapi(routes.cancel, async (c) => {
    const { request } = await requireRequest(c, c.req.valid('param').id, 'care_request.cancel', 'patient');
    return c.json(
      await detailFor(c, await cancelRequest(c.get('deps').database.db, request), 'patient'),
      200,
    );
  })
  .openapi(routes.inbox, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.get('deps').database.db;
    const { status } = c.req.valid('query');
    const practitionerId = actor.practitionerId!;
    const items = await listRequests(
      db,
      and(visibleToDoctor(db, practitionerId), status ? inboxFilters[status]!(practitionerId) : undefined),
    );
    // Listing shows complaints, so each listed patient's record was read.
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('care_request.inbox', 'CareRequest', items),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.claim, async (c) => {
    const { actor, request } = await requireRequest(
      c,
      c.req.valid('param').id,
      'care_request.claim',
      'doctor',
    );
    const { database, queues } = c.get('deps');
    const row = await claimRequest(database.db, queues.notifications, request, actor.practitionerId!);
    return c.json(await detailFor(c, row, 'doctor'), 200);
  })
  .openapi(routes.answer, async (c) => {
    const { actor, request } = await requireRequest(
      c,
      c.req.valid('param').id,
      'care_request.answer',
      'doctor',
    );
    const { database, queues } = c.get('deps');
    const row = await answerRequest(
      database.db,
      queues.notifications,
      request,
      actor.practitionerId!,
      c.req.valid('json').answer,
    );
    return c.json(await detailFor(c, row, 'doctor'), 200);
  })
  .openapi(routes.convert, async (c) => {
    const { actor, request } = await requireRequest(
      c,
      c.req.valid('param').id,
      'care_request.convert',
      'doctor',
    );
    const { database, queues } = c.get('deps');
    const row = await convertRequest(database.db, queues, actor, request, c.req.valid('json'));
    return c.json(await detailFor(c, row, 'doctor'), 200);
  });
