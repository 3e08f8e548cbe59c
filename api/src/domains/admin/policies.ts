import { createRoute } from '@hono/zod-openapi';
import { asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { listedReads, writeAudit } from '../../auth/audit.js';
import type { Db } from '../../db/client.js';
import { translateUniqueViolation } from '../../db/errors.js';
import { containsPattern } from '../../db/like.js';
import { insurancePolicies, insuranceProgrammes, patients } from '../../db/schema/index.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
} from '../../http/schemas.js';
import { isoDate } from '../../lib/dates.js';
import { adminTags as tags, auditAdminWrite, conflictProblem, requireAdmin } from './access.js';
import { patientNameOrPolicy } from './patient-match.js';
import {
  adminPolicySchema,
  endPolicySchema,
  newPolicySchema,
  patientSearchQuerySchema,
  policyHolderSchema,
} from './policy-schemas.js';

/** A search shows at most this many people: the operator narrows it with more of the name or the number. */
const SEARCH_LIMIT = 20;

const routes = {
  search: createRoute({
    method: 'get',
    path: '/admin/policy-holders',
    tags,
    summary: 'Find patients by name or policy number, with their policies (administrative data only)',
    request: { query: patientSearchQuerySchema },
    responses: {
      200: jsonContent(policyHolderSchema.array(), `At most ${SEARCH_LIMIT}, by name`),
      ...badRequestProblem,
      ...authProblems,
    },
  }),
  add: createRoute({
    method: 'post',
    path: '/admin/policy-holders/{id}/policies',
    tags,
    summary: 'Add an insurance policy to a patient',
    request: { params: idParamSchema, body: jsonBody(newPolicySchema) },
    responses: {
      201: jsonContent(adminPolicySchema, 'Added'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflictProblem('The policy number is taken'),
    },
  }),
  end: createRoute({
    method: 'put',
    path: '/admin/policies/{id}/end',
    tags,
    summary: 'End a policy on a given day (its last valid day)',
    request: { params: idParamSchema, body: jsonBody(endPolicySchema) },
    responses: {
      200: jsonContent(adminPolicySchema, 'Ended'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflictProblem('The day is before the policy starts'),
    },
  }),
};

async function policiesOf(db: Db, patientIds: string[]) {
  if (!patientIds.length) return [];
  const today = isoDate(new Date());
  const rows = await db
    .select({ policy: insurancePolicies, programme: insuranceProgrammes })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(inArray(insurancePolicies.patientId, patientIds))
    .orderBy(sql`${insurancePolicies.validTo} desc`);
  return rows.map(({ policy, programme }) => ({
    patientId: policy.patientId,
    id: policy.id,
    number: policy.number,
    insurer: policy.insurer,
    programme: { id: programme.id, code: programme.code, name: programme.name },
    validFrom: policy.validFrom,
    validTo: policy.validTo,
    active: policy.validFrom <= today && policy.validTo >= today,
  }));
}

const withoutPatient = <T extends { patientId: string }>({ patientId: _, ...policy }: T) => policy;

async function onePolicy(db: Db, policyId: string) {
  const [row] = await db
    .select({ patientId: insurancePolicies.patientId })
    .from(insurancePolicies)
    .where(eq(insurancePolicies.id, policyId));
  const policy = row && (await policiesOf(db, [row.patientId])).find((p) => p.id === policyId);
  if (!policy) throw notFound();
  return policy;
}

export const policyAdminRoutes = createRouter()
  .openapi(routes.search, async (c) => {
    const actor = requireAdmin(c);
    const { q } = c.req.valid('query');
    const db = c.get('deps').database.db;
    const pattern = containsPattern(q);
    const guardian = alias(patients, 'guardian');
    const people = await db
      .select({
        id: patients.id,
        fullName: patients.fullName,
        birthDate: patients.birthDate,
        region: patients.region,
        guardianName: guardian.fullName,
      })
      .from(patients)
      .leftJoin(guardian, eq(guardian.id, patients.guardianId))
      .where(patientNameOrPolicy(db, pattern, ilike(insurancePolicies.number, pattern)))
      .orderBy(asc(sql`${patients.fullName}->>'ru'`))
      .limit(SEARCH_LIMIT);
    // The admin opened these people's (administrative) records: the log says so, one row each.
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('admin.policies.read', 'Patient', people, (p) => ({
        resourceId: p.id,
        patientId: p.id,
      })),
    );
    const policies = await policiesOf(
      db,
      people.map((p) => p.id),
    );
    return c.json(
      people.map((p) => ({
        ...p,
        policies: policies.filter((policy) => policy.patientId === p.id).map(withoutPatient),
      })),
      200,
    );
  })
  .openapi(routes.add, async (c) => {
    requireAdmin(c);
    const { id: patientId } = c.req.valid('param');
    const body = c.req.valid('json');
    const db = c.get('deps').database.db;
    const [patient] = await db.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId));
    if (!patient) throw notFound();
    const [programme] = await db
      .select({ id: insuranceProgrammes.id })
      .from(insuranceProgrammes)
      .where(eq(insuranceProgrammes.id, body.programmeId));
    if (!programme) throw new ProblemError(400, 'Unknown programme.', { code: 'admin.unknown_programme' });
    const [row] = await translateUniqueViolation(
      () =>
        db
          .insert(insurancePolicies)
          .values({ ...body, patientId })
          .returning({ id: insurancePolicies.id }),
      () => new ProblemError(409, 'A policy with this number exists.', { code: 'admin.policy_number_taken' }),
    );
    const policyId = row!.id;
    await auditAdminWrite(c, 'admin.policy.create', { type: 'InsurancePolicy', id: policyId, patientId });
    return c.json(withoutPatient(await onePolicy(db, policyId)), 201);
  })
  .openapi(routes.end, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    const { endDate } = c.req.valid('json');
    const db = c.get('deps').database.db;
    const policy = await onePolicy(db, id);
    if (endDate < policy.validFrom) {
      throw new ProblemError(409, 'The policy cannot end before it starts.', { code: 'admin.policy_dates' });
    }
    await db.update(insurancePolicies).set({ validTo: endDate }).where(eq(insurancePolicies.id, id));
    await auditAdminWrite(c, 'admin.policy.end', {
      type: 'InsurancePolicy',
      id,
      patientId: policy.patientId,
    });
    return c.json(withoutPatient(await onePolicy(db, id)), 200);
  });
