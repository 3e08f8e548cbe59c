import { createRoute } from '@hono/zod-openapi';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
} from '../../http/schemas.js';
import { findClinic, listClinics, patientCoverage } from './queries.js';
import { chooseRegions, regionChoice } from './regions.js';
import {
  clinicDetailSchema,
  clinicListQuerySchema,
  clinicListSchema,
  regionChoiceBodySchema,
  regionChoiceSchema,
} from './schemas.js';

// The network is reference data, not medical data: any signed-in user may read it and no audit entry is
// written. Only `coveredFor` looks at a patient (their programme), so it goes through the patient policy.
const routes = {
  list: createRoute({
    method: 'get',
    path: '/clinics',
    tags: ['Clinics'],
    summary:
      'The clinic network, filtered (specialty, service, online booking, open now/on Sunday, coverage, metro, distance)',
    request: { query: clinicListQuerySchema },
    responses: {
      200: jsonContent(clinicListSchema, 'Clinics; nearest first with `near`'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  detail: createRoute({
    method: 'get',
    path: '/clinics/{id}',
    tags: ['Clinics'],
    summary: 'A clinic with its doctors and services',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(clinicDetailSchema, 'The clinic'), ...authProblems, ...notFoundProblem },
  }),
  regions: createRoute({
    method: 'get',
    path: '/patients/{id}/regions',
    tags: ['Clinics'],
    summary: 'The regions a member chose for care under a regional programme, and those in effect today',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(regionChoiceSchema, 'The choice'), ...authProblems, ...notFoundProblem },
  }),
  chooseRegions: createRoute({
    method: 'put',
    path: '/patients/{id}/regions',
    tags: ['Clinics'],
    summary: 'Replace the chosen regions; a newly added region applies from the next day',
    request: { params: idParamSchema, body: jsonBody(regionChoiceBodySchema) },
    responses: {
      200: jsonContent(regionChoiceSchema, 'The choice now'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

export const clinicRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    requireActor(c);
    const { coveredFor, at, ...filters } = c.req.valid('query');
    const db = c.get('deps').database.db;
    let coverage;
    if (coveredFor) {
      await requirePatientAccess(c, coveredFor, {
        action: 'clinics.coverage',
        resourceType: 'Coverage',
        allow: ['self', 'guardian'],
      });
      coverage = await patientCoverage(db, coveredFor);
    }
    const items = await listClinics(db, { ...filters, coverage, at: at ? new Date(at) : new Date() });
    return c.json({ items }, 200);
  })
  .openapi(routes.detail, async (c) => {
    requireActor(c);
    const clinic = await findClinic(c.get('deps').database.db, c.req.valid('param').id, new Date());
    if (!clinic) throw notFound();
    return c.json(clinic, 200);
  })
  .openapi(routes.regions, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'regions.read',
      resourceType: 'Coverage',
      allow: ['self', 'guardian'],
    });
    return c.json(await regionChoice(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.chooseRegions, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'regions.choose',
      resourceType: 'Coverage',
      allow: ['self', 'guardian'],
    });
    return c.json(await chooseRegions(c.get('deps').database.db, id, c.req.valid('json').regions), 200);
  });
