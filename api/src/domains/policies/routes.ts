import { createRoute } from '@hono/zod-openapi';
import { writeAudit } from '../../auth/audit.js';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
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
import { findActivePolicies } from '../patients/queries.js';
import { policySchema } from '../patients/schemas.js';
import { addPolicyBodySchema, insuranceCatalogueSchema, policyListSchema } from './schemas.js';
import { addPolicy, insuranceCatalogue } from './service.js';

const routes = {
  catalogue: createRoute({
    method: 'get',
    path: '/insurance/programmes',
    tags: ['Insurance'],
    summary: 'Insurance programmes with what they cover, and the insurers whose policies are accepted',
    responses: { 200: jsonContent(insuranceCatalogueSchema, 'The programme list'), ...authProblems },
  }),
  list: createRoute({
    method: 'get',
    path: '/patients/{id}/policies',
    tags: ['Insurance'],
    summary: "The patient's policies in force, with what each covers",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(policyListSchema, 'Policies'), ...authProblems, ...notFoundProblem },
  }),
  add: createRoute({
    method: 'post',
    path: '/patients/{id}/policies',
    tags: ['Insurance'],
    summary: 'Add a policy for oneself or one’s child, checked against the programme and insurer lists',
    request: { params: idParamSchema, body: jsonBody(addPolicyBodySchema) },
    responses: {
      201: jsonContent(policySchema, 'The policy as it now covers the patient'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('The number is already registered, or the person already has an OMS policy'),
    },
  }),
};

export const policyRoutes = createRouter()
  .openapi(routes.catalogue, async (c) => {
    requireActor(c);
    return c.json(await insuranceCatalogue(c.get('deps').database.db), 200);
  })
  .openapi(routes.list, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'policies.read',
      resourceType: 'Coverage',
      allow: ['self', 'guardian'],
    });
    return c.json({ items: await findActivePolicies(c.get('deps').database.db, id) }, 200);
  })
  .openapi(routes.add, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'policy.add',
      resourceType: 'Coverage',
      allow: ['self', 'guardian'],
    });
    const db = c.get('deps').database.db;
    const policy = await addPolicy(db, id, c.req.valid('json'));
    await writeAudit(db, actor, c.get('requestId'), {
      action: 'policy.added',
      resourceType: 'Coverage',
      resourceId: policy.id,
      patientId: id,
      outcome: 'allowed',
    });
    const added = (await findActivePolicies(db, id)).find((p) => p.number === policy.number)!;
    return c.json(added, 201);
  });
