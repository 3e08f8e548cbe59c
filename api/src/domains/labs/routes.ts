import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireInternalCaller } from '../../auth/internal.js';
import { requireActor, requirePatientAccess, requirePatientResource } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';
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
import { fhirDiagnosticReportSchema } from './fhir.js';
import { ingestReport } from './ingest.js';
import { cancelOrder, confirmOrder } from './orders.js';
import { findOrder, listLocations, patientOrders, toLocation } from './queries.js';
import {
  confirmOrderSchema,
  ingestedSchema,
  labLocationSchema,
  labOrderSchema,
  partnerParamSchema,
} from './schemas.js';

const orderList = z.object({ items: z.array(labOrderSchema) }).openapi('LabOrderList');
const conflict = { 409: problem('The order is no longer in a state that allows this') } as const;

const routes = {
  orders: createRoute({
    method: 'get',
    path: '/patients/{id}/lab-orders',
    tags: ['Labs'],
    summary: "The patient's lab orders (tests prescribed, sent, resulted)",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(orderList, 'Newest first'), ...authProblems, ...notFoundProblem },
  }),
  locations: createRoute({
    method: 'get',
    path: '/lab-locations',
    tags: ['Labs'],
    summary: 'Partner laboratory collection points',
    responses: {
      200: jsonContent(z.object({ items: z.array(labLocationSchema) }), 'By city'),
      ...authProblems,
    },
  }),
  confirm: createRoute({
    method: 'post',
    path: '/lab-orders/{id}/confirm',
    tags: ['Labs'],
    summary: 'The patient chooses a collection point; the order goes to the lab',
    request: { params: idParamSchema, body: jsonBody(confirmOrderSchema) },
    responses: {
      200: jsonContent(labOrderSchema, 'Confirmed'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/lab-orders/{id}/cancel',
    tags: ['Labs'],
    summary: 'Cancel an order the lab has not received yet',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(labOrderSchema, 'Cancelled'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  ingest: createRoute({
    method: 'post',
    path: '/internal/labs/{partner}/reports',
    tags: ['Internal'],
    summary: 'A partner lab delivers a FHIR R4 DiagnosticReport for one of our orders (idempotent per order)',
    middleware: [requireInternalCaller] as const,
    request: { params: partnerParamSchema, body: jsonBody(fhirDiagnosticReportSchema) },
    responses: {
      200: jsonContent(ingestedSchema, 'Already received'),
      201: jsonContent(ingestedSchema, 'Stored'),
      ...badRequestProblem,
      401: problem('Not a Telemed service'),
      ...notFoundProblem,
      ...conflict,
    },
  }),
};

/**
 * The order, if the caller is the patient or their guardian; the patient's doctors get a 403, anyone else the
 * 404 of an order that does not exist. Audited either way.
 */
async function requireOwnOrder(c: Context<AppEnv>, id: string, action: string) {
  const { resource } = await requirePatientResource(c, id, findOrder, {
    action,
    resourceType: 'ServiceRequest',
    allow: ['self', 'guardian'],
    forbidden: 'Only the patient or their guardian manages lab orders.',
  });
  return resource;
}

export const labRoutes = createRouter()
  .openapi(routes.orders, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'lab_order.list', resourceType: 'ServiceRequest' });
    return c.json({ items: await patientOrders(c.get('deps').database.db, id) }, 200);
  })
  .openapi(routes.locations, async (c) => {
    requireActor(c);
    return c.json({ items: (await listLocations(c.get('deps').database.db)).map(toLocation) }, 200);
  })
  .openapi(routes.confirm, async (c) => {
    const order = await requireOwnOrder(c, c.req.valid('param').id, 'lab_order.confirm');
    const { database, queues } = c.get('deps');
    await confirmOrder(database.db, queues.labOrders, order, {
      locationId: c.req.valid('json').locationId,
      accountId: requireActor(c).accountId,
    });
    return c.json((await findOrder(database.db, order.id))!, 200);
  })
  .openapi(routes.cancel, async (c) => {
    const order = await requireOwnOrder(c, c.req.valid('param').id, 'lab_order.cancel');
    const db = c.get('deps').database.db;
    await cancelOrder(db, order);
    return c.json((await findOrder(db, order.id))!, 200);
  })
  .openapi(routes.ingest, async (c) => {
    const { database, queues } = c.get('deps');
    const { reportId, created } = await ingestReport(
      database.db,
      queues.notifications,
      c.req.valid('param').partner,
      c.req.valid('json'),
    );
    return created ? c.json({ reportId }, 201) : c.json({ reportId }, 200);
  });
