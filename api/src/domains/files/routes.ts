import { createRoute, z } from '@hono/zod-openapi';
import { requirePatientAccess, requirePatientResource } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
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
import { GUEST_SEES_NO_RECORD, requireParticipant } from '../consultations/access.js';
import { sendSandboxedFile } from './download.js';
import { attachBodySchema, fileInfoSchema, uploadFormSchema } from './schemas.js';
import {
  appointmentFiles,
  attachToAppointment,
  findFile,
  listPatientFiles,
  storeUpload,
  toFileInfo,
} from './service.js';

const fileList = z.object({ items: z.array(fileInfoSchema) }).openapi('FileList');

const routes = {
  upload: createRoute({
    method: 'post',
    path: '/patients/{id}/files',
    middleware: [idempotent] as const,
    tags: ['Files'],
    summary: "Upload a document to the patient's record (PDF, JPEG or PNG, checked by content)",
    request: {
      params: idParamSchema,
      headers: idempotencyHeaderSchema,
      body: { content: { 'multipart/form-data': { schema: uploadFormSchema } }, required: true },
    },
    responses: {
      201: jsonContent(fileInfoSchema, 'Stored'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      413: problem('Larger than the upload limit'),
      415: problem('Not a PDF, JPEG or PNG'),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/patients/{id}/files',
    tags: ['Files'],
    summary: "The patient's documents",
    request: { params: idParamSchema },
    responses: { 200: jsonContent(fileList, 'Newest first'), ...authProblems, ...notFoundProblem },
  }),
  download: createRoute({
    method: 'get',
    path: '/files/{id}',
    tags: ['Files'],
    summary: 'Download a document (audited)',
    request: { params: idParamSchema },
    responses: {
      200: binaryContent('The bytes'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  attach: createRoute({
    method: 'post',
    path: '/appointments/{id}/attachments',
    middleware: [idempotent] as const,
    tags: ['Files'],
    summary: 'Attach an uploaded document to a consultation',
    request: { params: idParamSchema, headers: idempotencyHeaderSchema, body: jsonBody(attachBodySchema) },
    responses: {
      204: { description: 'Attached' },
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  attachments: createRoute({
    method: 'get',
    path: '/appointments/{id}/attachments',
    tags: ['Files'],
    summary: 'Documents attached to a consultation',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(fileList, 'Attachments'), ...authProblems, ...notFoundProblem },
  }),
};

export const fileRoutes = createRouter()
  .openapi(routes.upload, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'file.upload',
      resourceType: 'DocumentReference',
      allow: ['self', 'guardian', 'treating_doctor', 'consulted_doctor'],
      forbidden: 'Assistants cannot upload documents here.',
    });
    const form = c.req.valid('form');
    const { database, files, config } = c.get('deps');
    const row = await storeUpload(database.db, files, {
      patientId: id,
      accountId: actor.accountId,
      kind: form.kind,
      file: form.file,
      maxBytes: config.MAX_UPLOAD_BYTES,
    });
    return c.json(toFileInfo(row), 201);
  })
  .openapi(routes.list, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'file.list', resourceType: 'DocumentReference' });
    return c.json({ items: (await listPatientFiles(c.get('deps').database.db, id)).map(toFileInfo) }, 200);
  })
  .openapi(routes.download, async (c) => {
    const { resource: file } = await requirePatientResource(c, c.req.valid('param').id, findFile, {
      action: 'file.download',
      resourceType: 'DocumentReference',
    });
    return sendSandboxedFile(c, await c.get('deps').files.get(file.sha256), {
      contentType: file.contentType,
      disposition: 'inline',
      name: file.originalName,
    });
  })
  .openapi(routes.attach, async (c) => {
    const { actor, appointment } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'appointment.attach',
      {
        allow: ['patient'],
        forbidden: 'Only the patient attaches documents to a consultation.',
      },
    );
    const db = c.get('deps').database.db;
    const file = await findFile(db, c.req.valid('json').fileId);
    // Someone else's file answers like a missing one: a 400 for it would tell that the id exists.
    if (!file || !(await relationToPatient(db, actor, file.patientId))) throw notFound();
    await attachToAppointment(c.get('deps').database.db, appointment, file, actor.accountId);
    return c.body(null, 204);
  })
  .openapi(routes.attachments, async (c) => {
    const { appointment } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'appointment.attachments.read',
      { allow: ['patient', 'doctor'], forbidden: GUEST_SEES_NO_RECORD, readsRecord: true },
    );
    return c.json(
      { items: (await appointmentFiles(c.get('deps').database.db, appointment.id)).map(toFileInfo) },
      200,
    );
  });
