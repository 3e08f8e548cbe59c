import { createRoute, z } from '@hono/zod-openapi';
import { listedReads, writeAudit } from '../../../auth/audit.js';
import type { Context } from 'hono';
import { requireActor, requirePatientAccess, requirePatientResource } from '../../../auth/middleware.js';
import type { AppEnv } from '../../../http/context.js';
import { createRouter } from '../../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../../http/schemas.js';
import {
  approveProposal,
  attachPlan,
  declineProposal,
  findPlan,
  findProposal,
  latestLabOrderId,
  openProposal,
  openProposals,
  planView,
  proposalView,
} from './proposals.js';
import { findProtocol, protocols } from './protocols.js';
import {
  approveBodySchema,
  attachBodySchema,
  declineBodySchema,
  doctorProposalSchema,
  patientTitrationSchema,
  protocolSchema,
  titrationProposalSchema,
} from './schemas.js';

const tags = ['Blood-pressure titration'];
const conflict = { 409: problem('Not enrolled, or the proposal was already decided') } as const;
/** Treatment changes are the treating doctor's: assistants only see the proposal, patients see their plan. */
const TREATING = ['treating_doctor'] as const;
const FORBIDDEN = 'Only the treating doctor changes the treatment.';

const routes = {
  protocols: createRoute({
    method: 'get',
    path: '/monitoring/titration/protocols',
    tags,
    summary: 'Standard step-up protocols, each citing its guideline',
    responses: {
      200: jsonContent(z.object({ items: z.array(protocolSchema) }), 'Protocols'),
      ...authProblems,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/monitoring/patients/{id}/titration',
    tags,
    summary: "The patient's titration plan and the open proposal, if any",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(patientTitrationSchema, 'Plan'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  attach: createRoute({
    method: 'put',
    path: '/monitoring/patients/{id}/titration',
    tags,
    summary: 'The treating doctor attaches a protocol at a step to the active enrolment',
    request: { params: idParamSchema, body: jsonBody(attachBodySchema) },
    responses: {
      200: jsonContent(patientTitrationSchema, 'Attached'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  proposals: createRoute({
    method: 'get',
    path: '/monitoring/titration/proposals',
    tags,
    summary: "Open step-up proposals for the doctor's patients",
    responses: {
      200: jsonContent(z.object({ items: z.array(doctorProposalSchema) }), 'Proposals'),
      ...authProblems,
    },
  }),
  approve: createRoute({
    method: 'post',
    path: '/monitoring/titration/proposals/{id}/approve',
    tags,
    summary: 'Approve the proposed step (or choose another): the plan changes, lab checks are ordered',
    request: { params: idParamSchema, body: jsonBody(approveBodySchema) },
    responses: {
      200: jsonContent(titrationProposalSchema, 'Approved'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  decline: createRoute({
    method: 'post',
    path: '/monitoring/titration/proposals/{id}/decline',
    tags,
    summary: 'Decline the proposal with a reason; the step stays',
    request: { params: idParamSchema, body: jsonBody(declineBodySchema) },
    responses: {
      200: jsonContent(titrationProposalSchema, 'Declined'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
};

async function patientTitration(db: Parameters<typeof findPlan>[0], patientId: string) {
  const plan = await findPlan(db, patientId);
  const proposal = plan ? await openProposal(db, patientId) : null;
  return {
    plan: plan ? planView(plan) : null,
    proposal: plan && proposal ? proposalView(proposal, plan.protocolCode) : null,
    labOrderId: plan ? await latestLabOrderId(db, plan.id) : null,
  };
}

/** The proposal, if the caller is its patient's treating doctor (others who know the patient get a 403). */
async function requireTreatingDoctorOf(c: Context<AppEnv>, id: string, action: string) {
  const { actor, resource } = await requirePatientResource(c, id, findProposal, {
    action,
    resourceType: 'TitrationProposal',
    allow: TREATING,
    forbidden: FORBIDDEN,
  });
  return { actor, proposal: resource };
}

export const titrationRoutes = createRouter()
  .openapi(routes.protocols, (c) => {
    requireActor(c, 'doctor', 'assistant');
    return c.json({ items: [...protocols] }, 200);
  })
  .openapi(routes.get, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'titration.read',
      resourceType: 'TitrationPlan',
      allow: ['self', 'guardian', 'monitoring_assistant', 'treating_doctor'],
    });
    return c.json(await patientTitration(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.attach, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'titration.attach',
      resourceType: 'TitrationPlan',
      allow: TREATING,
      forbidden: FORBIDDEN,
    });
    const db = c.get('deps').database.db;
    await attachPlan(db, actor, id, c.req.valid('json'));
    return c.json(await patientTitration(db, id), 200);
  })
  .openapi(routes.proposals, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.get('deps').database.db;
    // Only the treating doctor's patients, filtered in the query (auth/policy.ts `treatingDoctorSql`).
    const rows = actor.practitionerId ? await openProposals(db, actor.practitionerId) : [];
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('titration.list', 'TitrationProposal', rows, (r) => ({
        resourceId: r.proposal.id,
        patientId: r.proposal.patientId,
      })),
    );
    return c.json(
      {
        items: rows.map((r) => ({
          ...proposalView(r.proposal, r.plan.protocolCode),
          patientName: r.patient,
          plan: planView(r.plan),
          protocolSteps: findProtocol(r.plan.protocolCode)?.steps ?? [],
        })),
      },
      200,
    );
  })
  .openapi(routes.approve, async (c) => {
    const { actor, proposal } = await requireTreatingDoctorOf(
      c,
      c.req.valid('param').id,
      'titration.approve',
    );
    const { proposal: approved, plan } = await approveProposal(
      c.get('deps').database.db,
      c.get('deps').queues.notifications,
      actor,
      proposal,
      c.req.valid('json').step,
    );
    return c.json(proposalView(approved, plan.protocolCode), 200);
  })
  .openapi(routes.decline, async (c) => {
    const { actor, proposal } = await requireTreatingDoctorOf(
      c,
      c.req.valid('param').id,
      'titration.decline',
    );
    const { proposal: declined, plan } = await declineProposal(
      c.get('deps').database.db,
      actor,
      proposal,
      c.req.valid('json').reason,
    );
    return c.json(proposalView(declined, plan.protocolCode), 200);
  });
