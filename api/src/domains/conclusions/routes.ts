import { createRoute, z } from '@hono/zod-openapi';
import { writeAudit } from '../../auth/audit.js';
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
  problem,
} from '../../http/schemas.js';
import { AUDIT_RESOURCE, requireConclusionReader, requireConsultingDoctor } from './access.js';
import { patientArchive } from './archive.js';
import { startCorrection } from './corrections.js';
import { saveDraft } from './drafts.js';
import { establishedDiagnosesInCard } from './established-diagnoses.js';
import { finaliseConclusion, notifyFinalised } from './finalise.js';
import { renderConclusionPdf } from './pdf.js';
import { CDA_CONTENT_TYPE } from './cda/document.js';
import { exportConclusionCda } from './cda/export.js';
import { recipientAccount } from '../notifications/recipient.js';
import { type Conclusion, conclusionVersions, findConclusion } from './queries.js';
import {
  appointmentConclusionSchema,
  archiveSchema,
  conclusionViewSchema,
  conclusionWithVersionsSchema,
  correctionBodySchema,
  draftBodySchema,
  establishedCandidatesSchema,
  finaliseResultSchema,
  pdfQuerySchema,
} from './schemas.js';
import { signOpensAt } from './sign-window.js';
import { conclusionView, versionSummaries } from './view.js';

const conflict = {
  409: problem(
    'The conclusion is final, already corrected, has no draft, or its consultation was cancelled or has not started',
  ),
} as const;

const routes = {
  forAppointment: createRoute({
    method: 'get',
    path: '/appointments/{id}/conclusion',
    tags: ['Conclusions'],
    summary:
      "The consultation's conclusion for its doctor: the open draft or the latest final, and all versions",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(appointmentConclusionSchema, 'The conclusion (null before the first save)'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  established: createRoute({
    method: 'get',
    path: '/appointments/{id}/conclusion/established-diagnoses',
    tags: ['Conclusions'],
    summary:
      "Diagnoses established at in-person visits in the patient's card, which a remote consultation may follow up (order 193n)",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(establishedCandidatesSchema, 'Newest first'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  saveDraft: createRoute({
    method: 'put',
    path: '/appointments/{id}/conclusion/draft',
    tags: ['Conclusions'],
    summary: 'Create or update the draft; ICD-10 and lab codes are checked against the catalogues',
    request: { params: idParamSchema, body: jsonBody(draftBodySchema) },
    responses: {
      200: jsonContent(conclusionViewSchema, 'The saved draft'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  finalise: createRoute({
    method: 'post',
    path: '/appointments/{id}/conclusion/finalise',
    tags: ['Conclusions'],
    summary: 'Make the draft final (immutable), order its lab tests and complete the consultation',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(finaliseResultSchema, 'The final conclusion'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  correct: createRoute({
    method: 'post',
    path: '/conclusions/{id}/corrections',
    tags: ['Conclusions'],
    summary: 'Start a correction of a final conclusion: a new draft version that will supersede it',
    request: { params: idParamSchema, body: jsonBody(correctionBodySchema) },
    responses: {
      201: jsonContent(conclusionViewSchema, 'The correction draft'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  archive: createRoute({
    method: 'get',
    path: '/patients/{id}/archive',
    tags: ['Conclusions'],
    summary: "The patient's archive: final conclusions (latest version each) and answered requests",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(archiveSchema, 'Newest first'), ...authProblems, ...notFoundProblem },
  }),
  get: createRoute({
    method: 'get',
    path: '/conclusions/{id}',
    tags: ['Conclusions'],
    summary: 'One version of a conclusion with the list of all versions',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(conclusionWithVersionsSchema, 'The version'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  cda: createRoute({
    method: 'get',
    path: '/conclusions/{id}/cda',
    tags: ['Conclusions'],
    summary:
      'A finalised conclusion version as an HL7 CDA R2 document (the basis of SEMD); a correction replaces (RPLC) the version it corrects',
    request: { params: idParamSchema },
    responses: {
      200: { content: { 'application/xml': { schema: z.string() } }, description: 'The CDA document' },
      ...authProblems,
      ...notFoundProblem,
      409: problem('The conclusion is a draft: only a finalised conclusion is exported'),
    },
  }),
  pdf: createRoute({
    method: 'get',
    path: '/conclusions/{id}/pdf',
    tags: ['Conclusions'],
    summary: "The conclusion as a PDF, in the patient's language unless `locale` says otherwise",
    request: { params: idParamSchema, query: pdfQuerySchema },
    responses: {
      200: { content: { 'application/pdf': { schema: z.string() } }, description: 'The PDF' },
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

/** Versions the reader may list: drafts are the author's working copy. */
function visibleVersions(versions: Conclusion[], readerPractitionerId: string | null) {
  return versions.filter((v) => v.status === 'final' || v.practitionerId === readerPractitionerId);
}

export const conclusionRoutes = createRouter()
  .openapi(routes.forAppointment, async (c) => {
    const { appointment } = await requireConsultingDoctor(c, c.req.valid('param').id, 'conclusion.read');
    const db = c.get('deps').database.db;
    const versions = await conclusionVersions(db, appointment.id);
    const current = versions.find((v) => v.status === 'draft') ?? versions.at(-1);
    return c.json(
      {
        current: current ? await conclusionView(db, current, versions) : null,
        versions: versionSummaries(versions),
        signOpensAt: signOpensAt(appointment)?.toISOString() ?? null,
      },
      200,
    );
  })
  .openapi(routes.established, async (c) => {
    const { appointment } = await requireConsultingDoctor(
      c,
      c.req.valid('param').id,
      'conclusion.established_diagnoses',
      { readsRecord: true },
    );
    const items = await establishedDiagnosesInCard(c.get('deps').database.db, appointment.patientId);
    return c.json({ items }, 200);
  })
  .openapi(routes.saveDraft, async (c) => {
    const { actor, appointment, practitionerId } = await requireConsultingDoctor(
      c,
      c.req.valid('param').id,
      'conclusion.save_draft',
    );
    const db = c.get('deps').database.db;
    const draft = await saveDraft(db, {
      appointment,
      practitionerId,
      accountId: actor.accountId,
      body: c.req.valid('json'),
    });
    return c.json(await conclusionView(db, draft, await conclusionVersions(db, appointment.id)), 200);
  })
  .openapi(routes.finalise, async (c) => {
    const { appointment } = await requireConsultingDoctor(c, c.req.valid('param').id, 'conclusion.finalise');
    const db = c.get('deps').database.db;
    const { conclusion, labOrder } = await finaliseConclusion(db, appointment);
    await notifyFinalised(db, c.get('deps').queues.notifications, conclusion, labOrder);
    const versions = await conclusionVersions(db, appointment.id);
    return c.json(
      {
        conclusion: await conclusionView(db, conclusion, versions),
        versions: versionSummaries(versions),
        labOrder: labOrder && { id: labOrder.id, testCodes: labOrder.testCodes },
      },
      200,
    );
  })
  .openapi(routes.correct, async (c) => {
    const db = c.get('deps').database.db;
    const { id } = c.req.valid('param');
    const final = await findConclusion(db, id);
    if (!final) {
      const actor = requireActor(c, 'doctor');
      await writeAudit(db, actor, c.get('requestId'), {
        action: 'conclusion.correct',
        resourceType: AUDIT_RESOURCE,
        resourceId: id,
        outcome: 'denied',
      });
      throw notFound();
    }
    const { actor } = await requireConsultingDoctor(c, final.appointmentId, 'conclusion.correct');
    const draft = await startCorrection(db, final, {
      accountId: actor.accountId,
      reason: c.req.valid('json').reason,
    });
    return c.json(await conclusionView(db, draft, await conclusionVersions(db, draft.appointmentId)), 201);
  })
  .openapi(routes.archive, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'conclusion.archive', resourceType: AUDIT_RESOURCE });
    return c.json(await patientArchive(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.get, async (c) => {
    const { actor, row } = await requireConclusionReader(c, c.req.valid('param').id, 'conclusion.read');
    const db = c.get('deps').database.db;
    const versions = visibleVersions(await conclusionVersions(db, row.appointmentId), actor.practitionerId);
    return c.json(
      { conclusion: await conclusionView(db, row, versions), versions: versionSummaries(versions) },
      200,
    );
  })
  .openapi(routes.cda, async (c) => {
    const { row } = await requireConclusionReader(c, c.req.valid('param').id, 'conclusion.cda');
    const db = c.get('deps').database.db;
    const xml = await exportConclusionCda(db, row);
    const filename = `conclusion-${row.appointmentId.slice(0, 8)}-v${row.version}.cda.xml`;
    return c.body(xml, 200, {
      'content-type': CDA_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    });
  })
  .openapi(routes.pdf, async (c) => {
    const { actor, row } = await requireConclusionReader(c, c.req.valid('param').id, 'conclusion.pdf');
    const db = c.get('deps').database.db;
    const versions = visibleVersions(await conclusionVersions(db, row.appointmentId), actor.practitionerId);
    const conclusion = await conclusionView(db, row, versions);
    const locale = c.req.valid('query').locale ?? (await recipientAccount(db, row.patientId))?.locale ?? 'ru';
    const pdf = await renderConclusionPdf(conclusion, locale);
    const filename = `conclusion-${conclusion.appointmentStartsAt.slice(0, 10)}-v${row.version}.pdf`;
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.byteLength),
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    });
  });
