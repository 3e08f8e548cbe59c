import { createRoute } from '@hono/zod-openapi';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import { listedReads, writeAudit } from '../../auth/audit.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, idParamSchema, jsonContent, notFoundProblem } from '../../http/schemas.js';
import { findActivePolicy, findChildren, findPatient, toPatientSummary } from './queries.js';
import { familySchema, patientProfileSchema } from './schemas.js';

const getPatient = createRoute({
  method: 'get',
  path: '/patients/{id}',
  tags: ['Patients'],
  summary: "A patient's profile with their insurance coverage",
  request: { params: idParamSchema },
  responses: { 200: jsonContent(patientProfileSchema, 'The patient'), ...authProblems, ...notFoundProblem },
});

const getFamily = createRoute({
  method: 'get',
  path: '/me/family',
  tags: ['Patients'],
  summary: 'The signed-in patient and the children they manage',
  responses: { 200: jsonContent(familySchema, 'Self and children'), ...authProblems },
});

export const patientRoutes = createRouter()
  .openapi(getPatient, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'patient.read' });
    const db = c.get('deps').database.db;
    const patient = await findPatient(db, id);
    if (!patient) throw notFound();
    return c.json({ ...toPatientSummary(patient), policy: await findActivePolicy(db, id) }, 200);
  })
  .openapi(getFamily, async (c) => {
    const actor = requireActor(c, 'patient');
    const db = c.get('deps').database.db;
    const self = actor.patientId ? await findPatient(db, actor.patientId) : null;
    if (!self)
      throw new ProblemError(403, 'This account has no patient record.', {
        code: 'account.no_patient_record',
      });
    const children = await findChildren(db, self.id);
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('family.read', 'Patient', [self, ...children], (p) => ({
        resourceId: p.id,
        patientId: p.id,
      })),
    );
    return c.json({ self: toPatientSummary(self), children: children.map(toPatientSummary) }, 200);
  });
