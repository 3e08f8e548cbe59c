import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor, requireSelfOrGuardian } from '../../auth/middleware.js';
import { guaranteeLetters } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { idempotent } from '../../http/idempotency.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  binaryContent,
  idempotencyHeaderSchema,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../http/schemas.js';
import { sendSandboxedFile } from '../files/download.js';
import { findFile } from '../files/service.js';
import { requireLetter } from './access.js';
import { renderLetterPdf } from './pdf.js';
import { letterDetail, letterOptions, listLetters, type LetterRow, type LetterSide } from './queries.js';
import {
  declineBodySchema,
  inboxQuerySchema,
  letterDetailSchema,
  letterListItemSchema,
  letterOptionsSchema,
  pdfQuerySchema,
  submitLetterBodySchema,
} from './schemas.js';
import { approveLetter, cancelLetter, declineLetter, submitLetter } from './workflow.js';

const letterList = z.object({ items: z.array(letterListItemSchema) }).openapi('GuaranteeLetterList');
const conflict = { 409: problem('The letter is no longer open') } as const;
const tags = ['Guarantee letters'];
const forbidden = { 403: problem('Not available to this role') } as const;

const routes = {
  options: createRoute({
    method: 'get',
    path: '/patients/{id}/guarantee-letters/options',
    tags,
    summary: "Clinics and services a letter can be asked for, marked by the member's programme's cover",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(letterOptionsSchema, 'Options'), ...authProblems, ...notFoundProblem },
  }),
  submit: createRoute({
    method: 'post',
    path: '/patients/{id}/guarantee-letters',
    middleware: [idempotent] as const,
    tags,
    summary: 'Ask the insurer for a guarantee letter for a service at a clinic, for yourself or your child',
    request: {
      params: idParamSchema,
      headers: idempotencyHeaderSchema,
      body: jsonBody(submitLetterBodySchema),
    },
    responses: {
      201: jsonContent(letterDetailSchema, 'Submitted'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/patients/{id}/guarantee-letters',
    tags,
    summary: "The member's guarantee letters, open ones first",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(letterList, 'Letters'), ...authProblems, ...notFoundProblem },
  }),
  get: createRoute({
    method: 'get',
    path: '/guarantee-letters/{id}',
    tags,
    summary: 'One letter with the coverage verdict (the member or a coordinator)',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(letterDetailSchema, 'The letter'), ...authProblems, ...notFoundProblem },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/guarantee-letters/{id}/cancel',
    tags,
    summary: 'Withdraw a letter the coordinator has not decided yet',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(letterDetailSchema, 'Cancelled'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  pdf: createRoute({
    method: 'get',
    path: '/guarantee-letters/{id}/pdf',
    tags,
    summary: 'The approved letter as a PDF (audited)',
    request: { params: idParamSchema, query: pdfQuerySchema },
    responses: { 200: binaryContent('The PDF'), ...badRequestProblem, ...authProblems, ...notFoundProblem },
  }),
  referral: createRoute({
    method: 'get',
    path: '/guarantee-letters/{id}/referral',
    tags,
    summary: "The referral attached to a letter (the coordinator's only document access; audited)",
    request: { params: idParamSchema },
    responses: { 200: binaryContent('The bytes'), ...authProblems, ...notFoundProblem },
  }),
  inbox: createRoute({
    method: 'get',
    path: '/coordinator/guarantee-letters',
    tags,
    summary: "The coordinator's letters: submitted ones first, oldest first",
    request: { query: inboxQuerySchema },
    responses: {
      200: jsonContent(letterList, 'Letters'),
      ...badRequestProblem,
      ...authProblems,
      ...forbidden,
    },
  }),
  approve: createRoute({
    method: 'post',
    path: '/coordinator/guarantee-letters/{id}/approve',
    tags,
    summary: 'Approve: the letter is numbered, sent to the clinic and the member is told',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(letterDetailSchema, 'Approved'),
      ...authProblems,
      ...forbidden,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  decline: createRoute({
    method: 'post',
    path: '/coordinator/guarantee-letters/{id}/decline',
    tags,
    summary: 'Decline with a reason the member sees',
    request: { params: idParamSchema, body: jsonBody(declineBodySchema) },
    responses: {
      200: jsonContent(letterDetailSchema, 'Declined'),
      ...badRequestProblem,
      ...authProblems,
      ...forbidden,
      ...notFoundProblem,
      ...conflict,
    },
  }),
};

/** The member or their guardian; nobody else asks for letters on a patient's behalf. */
const requireMember = (c: Context<AppEnv>, patientId: string, action: string) =>
  requireSelfOrGuardian(c, patientId, { action, resourceType: 'GuaranteeLetter' });

const detailFor = (c: Context<AppEnv>, letter: LetterRow, side: LetterSide) =>
  letterDetail(c.get('deps').database.db, letter, side);

const router = createRouter();
// Doctors, assistants and admins are refused every coordinator route before any input is read.
router.use('/coordinator/*', async (c, next) => {
  requireActor(c, 'coordinator');
  await next();
});

export const guaranteeLetterRoutes = router
  .openapi(routes.options, async (c) => {
    const { id } = c.req.valid('param');
    await requireMember(c, id, 'guarantee_letter.options');
    return c.json(await letterOptions(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.submit, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requireMember(c, id, 'guarantee_letter.submit');
    const row = await submitLetter(c.get('deps').database.db, {
      ...c.req.valid('json'),
      patientId: id,
      accountId: actor.accountId,
    });
    return c.json(await detailFor(c, row, 'patient'), 201);
  })
  .openapi(routes.list, async (c) => {
    const { id } = c.req.valid('param');
    await requireMember(c, id, 'guarantee_letter.list');
    return c.json(
      { items: await listLetters(c.get('deps').database.db, eq(guaranteeLetters.patientId, id)) },
      200,
    );
  })
  .openapi(routes.get, async (c) => {
    const { letter, side } = await requireLetter(c, c.req.valid('param').id, 'guarantee_letter.read');
    return c.json(await detailFor(c, letter, side), 200);
  })
  .openapi(routes.cancel, async (c) => {
    const { letter } = await requireLetter(c, c.req.valid('param').id, 'guarantee_letter.cancel', 'patient');
    return c.json(await detailFor(c, await cancelLetter(c.get('deps').database.db, letter), 'patient'), 200);
  })
  .openapi(routes.pdf, async (c) => {
    const { letter, side } = await requireLetter(c, c.req.valid('param').id, 'guarantee_letter.pdf');
    if (letter.status !== 'approved') throw notFound();
    const { locale } = c.req.valid('query');
    const pdf = await renderLetterPdf(await detailFor(c, letter, side), locale);
    return sendSandboxedFile(c, pdf, {
      contentType: 'application/pdf',
      disposition: 'attachment',
      name: `${letter.number}.pdf`,
    });
  })
  .openapi(routes.referral, async (c) => {
    const { letter } = await requireLetter(c, c.req.valid('param').id, 'guarantee_letter.referral');
    if (!letter.referralFileId) throw notFound();
    const { database, files } = c.get('deps');
    const file = await findFile(database.db, letter.referralFileId);
    if (!file) throw notFound();
    return sendSandboxedFile(c, await files.get(file.sha256), {
      contentType: file.contentType,
      disposition: 'attachment',
      name: file.originalName,
    });
  })
  .openapi(routes.inbox, async (c) => {
    const actor = requireActor(c, 'coordinator');
    const db = c.get('deps').database.db;
    const { status } = c.req.valid('query');
    const items = await listLetters(db, status ? eq(guaranteeLetters.status, status) : undefined);
    // The list names members and what they asked for: each listed letter is a read.
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('guarantee_letter.inbox', 'GuaranteeLetter', items),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.approve, async (c) => {
    const { actor, letter } = await requireLetter(
      c,
      c.req.valid('param').id,
      'guarantee_letter.approve',
      'coordinator',
    );
    const { database, queues } = c.get('deps');
    const row = await approveLetter(database.db, queues, letter, actor.accountId);
    return c.json(await detailFor(c, row, 'coordinator'), 200);
  })
  .openapi(routes.decline, async (c) => {
    const { actor, letter } = await requireLetter(
      c,
      c.req.valid('param').id,
      'guarantee_letter.decline',
      'coordinator',
    );
    const { database, queues } = c.get('deps');
    const row = await declineLetter(
      database.db,
      queues.notifications,
      letter,
      actor.accountId,
      c.req.valid('json').reason,
    );
    return c.json(await detailFor(c, row, 'coordinator'), 200);
  });
