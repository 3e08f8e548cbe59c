import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requirePatientAccess, requireSelfOrGuardian } from '../../auth/middleware.js';
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
import {
  acceptBodySchema,
  consentDocumentsSchema,
  consentStatusSchema,
  kindParamSchema,
  signatureCodeBodySchema,
  signatureCodeSentSchema,
} from './schemas.js';
import {
  acceptConsents,
  consentStatus,
  currentDocuments,
  requestSignatureCode,
  withdrawConsent,
} from './service.js';

const tags = ['Consents'];

const routes = {
  documents: createRoute({
    method: 'get',
    path: '/consent-documents',
    tags,
    summary: 'The current version of each consent text, in Russian and English (public)',
    responses: { 200: jsonContent(consentDocumentsSchema, 'Current consent documents') },
  }),
  status: createRoute({
    method: 'get',
    path: '/patients/{id}/consents',
    tags,
    summary: "A patient's consents: each kind's state, and every acceptance and withdrawal",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(consentStatusSchema, 'Consents'), ...authProblems, ...notFoundProblem },
  }),
  code: createRoute({
    method: 'post',
    path: '/patients/{id}/consents/signature-code',
    tags,
    summary: 'Send a one-time code (simple electronic signature) to sign these documents for the patient',
    request: { params: idParamSchema, body: jsonBody(signatureCodeBodySchema) },
    responses: {
      202: jsonContent(signatureCodeSentSchema, 'Code sent'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('Not the current version of a document'),
      429: problem('Too many codes asked; see Retry-After'),
    },
  }),
  accept: createRoute({
    method: 'post',
    path: '/patients/{id}/consents',
    tags,
    summary:
      'Accept documents for the patient (self, or a parent for a child under 15), signed with the code',
    request: { params: idParamSchema, body: jsonBody(acceptBodySchema) },
    responses: {
      201: jsonContent(consentStatusSchema, 'Accepted; the consents now'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('Not the current version of a document'),
      429: problem('Too many wrong codes; see Retry-After'),
    },
  }),
  withdraw: createRoute({
    method: 'post',
    path: '/patients/{id}/consents/{kind}/withdraw',
    tags,
    summary: 'Withdraw a consent: no new consultations from now on; the medical record is kept',
    request: { params: kindParamSchema },
    responses: {
      200: jsonContent(consentStatusSchema, 'Withdrawn; the consents now'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

/** Signing and withdrawing are the patient's, or a parent's for a child under 15 (relationToPatient). */
const requireSigner = (c: Context<AppEnv>, patientId: string, action: string) =>
  requireSelfOrGuardian(c, patientId, { action, resourceType: 'Consent' });

export const consentRoutes = createRouter()
  .openapi(routes.documents, async (c) => {
    const docs = await currentDocuments(c.get('deps').database.db);
    return c.json(
      { items: docs.map((doc) => ({ ...doc, publishedAt: doc.publishedAt.toISOString() })) },
      200,
    );
  })
  .openapi(routes.status, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'consent.read', resourceType: 'Consent' });
    return c.json(await consentStatus(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.code, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requireSigner(c, id, 'consent.signature_code');
    return c.json(await requestSignatureCode(c.get('deps'), actor, id, c.req.valid('json').documentIds), 202);
  })
  .openapi(routes.accept, async (c) => {
    const { id } = c.req.valid('param');
    const { actor, relation } = await requireSigner(c, id, 'consent.sign');
    const db = c.get('deps').database.db;
    const rows = await acceptConsents(c.get('deps'), actor, relation, id, c.req.valid('json'));
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...rows.map((row) => ({
        action: 'consent.accepted',
        resourceType: 'ConsentAcceptance',
        resourceId: row.id,
        patientId: id,
        outcome: 'allowed' as const,
      })),
    );
    return c.json(await consentStatus(db, id), 201);
  })
  .openapi(routes.withdraw, async (c) => {
    const { id, kind } = c.req.valid('param');
    const { actor } = await requireSigner(c, id, 'consent.withdraw');
    const db = c.get('deps').database.db;
    const rows = await withdrawConsent(db, actor, id, kind);
    await writeAudit(db, actor, c.get('requestId'), {
      action: 'consent.withdrawn',
      resourceType: 'Consent',
      resourceId: kind,
      patientId: id,
      outcome: 'allowed',
    });
    c.get('log').info({ patientId: id, kind, acceptances: rows.length }, 'consent withdrawn');
    return c.json(await consentStatus(db, id), 200);
  });
