import { createRoute, z } from '@hono/zod-openapi';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  isoDateSchema,
  jsonBody,
  jsonContent,
  problem,
} from '../../http/schemas.js';
import { addChild } from './children.js';
import { findPatient, toPatientSummary } from './queries.js';
import { patientSummarySchema } from './schemas.js';

const addChildBodySchema = z
  .object({
    fullName: z.string().trim().min(2).max(200),
    birthDate: isoDateSchema(),
    sex: z.enum(['female', 'male']),
    relation: z.enum(['mother', 'father', 'guardian']),
    birthCertificate: z.string().trim().min(1).max(40).openapi({ example: 'IV-МЮ 123456' }),
    declaration: z
      .literal(true)
      .openapi({ description: 'The parent confirms they are the child’s legal representative' }),
  })
  .openapi('AddChild');

const addChildRoute = createRoute({
  method: 'post',
  path: '/me/children',
  tags: ['Patients'],
  summary: 'Add a child under 15 to the account, on the parent’s declaration of guardianship',
  request: { body: jsonBody(addChildBodySchema) },
  responses: {
    201: jsonContent(patientSummarySchema, 'The child, now in the family'),
    ...badRequestProblem,
    ...authProblems,
    409: problem('A child with this birth certificate is already registered'),
  },
});

export const childRoutes = createRouter().openapi(addChildRoute, async (c) => {
  const actor = requireActor(c, 'patient');
  const db = c.get('deps').database.db;
  const guardian = actor.patientId ? await findPatient(db, actor.patientId) : null;
  if (!guardian)
    throw new ProblemError(403, 'This account has no patient record.', { code: 'account.no_patient_record' });
  const body = c.req.valid('json');
  const child = await addChild(db, guardian, actor.accountId, body);
  // The declaration itself is the guardianship check, so who made it, when and from where is kept.
  await writeAudit(db, actor, c.get('requestId'), {
    action: `guardianship.declared.${body.relation}`,
    resourceType: 'Patient',
    resourceId: child.id,
    patientId: child.id,
    outcome: 'allowed',
  });
  return c.json(toPatientSummary(child), 201);
});
