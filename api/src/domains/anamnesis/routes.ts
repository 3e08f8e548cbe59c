import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import type { AppEnv } from '../../http/context.js';
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
import { GUEST_SEES_NO_RECORD, requireParticipant } from '../consultations/access.js';
import { ageInMonths } from '../../lib/dates.js';
import { findPatient } from '../patients/queries.js';
import { complaintList, complaintListSchema, complaintQuerySchema } from './complaints.js';
import {
  anamnesisViewSchema,
  answersBodySchema,
  correctionBodySchema,
  correctionParamSchema,
  startBodySchema,
} from './schemas.js';
import {
  anamnesisForAppointment,
  anamnesisView,
  answerAnamnesis,
  correctAnswer,
  findAnamnesis,
  finishAnamnesis,
  startAnamnesis,
} from './service.js';
import { vocabularySchema } from './vocabulary.js';

const routes = {
  vocabulary: createRoute({
    method: 'get',
    path: '/triage/vocabulary',
    tags: ['Symptom checker'],
    summary: 'Findings, conditions (with ICD-10), urgency levels and specialists the checker knows, with ids',
    responses: { 200: jsonContent(vocabularySchema, 'The vocabulary of the current model') },
  }),
  complaints: createRoute({
    method: 'get',
    path: '/triage/complaints',
    tags: ['Symptom checker'],
    summary: 'Presenting complaints to pick from (CEDIS groups), optionally only those for one person',
    request: { query: complaintQuerySchema },
    responses: {
      200: jsonContent(complaintListSchema, 'The pick-list'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  start: createRoute({
    method: 'post',
    path: '/anamnesis',
    tags: ['Symptom checker'],
    summary:
      'Start an interview for yourself or your child, from a free-text complaint and/or picked complaints',
    request: { body: jsonBody(startBodySchema) },
    responses: {
      201: jsonContent(anamnesisViewSchema, 'What was understood and the first question'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/anamnesis/{id}',
    tags: ['Symptom checker'],
    summary: 'An interview: its answers, next question or result',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(anamnesisViewSchema, 'The interview'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  answer: createRoute({
    method: 'post',
    path: '/anamnesis/{id}/answers',
    tags: ['Symptom checker'],
    summary:
      'Answer by finding id (yes / no / unknown, or a number); returns the next question or the result',
    request: { params: idParamSchema, body: jsonBody(answersBodySchema) },
    responses: {
      200: jsonContent(anamnesisViewSchema, 'The interview after the answers'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('Already complete'),
    },
  }),
  correct: createRoute({
    method: 'put',
    path: '/anamnesis/{id}/answers/{findingId}',
    tags: ['Symptom checker'],
    summary:
      'Change an answer already given (a question or a finding understood from the text); does not use the question budget',
    request: { params: correctionParamSchema, body: jsonBody(correctionBodySchema) },
    responses: {
      200: jsonContent(anamnesisViewSchema, 'The interview continued from the changed answer'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      409: problem('Already complete: the answers can no longer change'),
    },
  }),
  finish: createRoute({
    method: 'post',
    path: '/anamnesis/{id}/finish',
    tags: ['Symptom checker'],
    summary: 'Stop asking and give the result now',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(anamnesisViewSchema, 'The completed interview'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  forAppointment: createRoute({
    method: 'get',
    path: '/appointments/{id}/anamnesis',
    tags: ['Symptom checker'],
    summary: "The pre-visit questionnaire attached to a consultation (the doctor's summary)",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(anamnesisViewSchema, 'The attached questionnaire'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

/** The session, if the actor may see its patient (audited); writers must be the patient or guardian. */
async function requireSession(c: Context<AppEnv>, id: string, action: string, write: boolean) {
  const db = c.get('deps').database.db;
  const row = await findAnamnesis(db, id);
  await requirePatientAccess(c, row?.patientId ?? null, {
    action,
    resourceType: 'QuestionnaireResponse',
    resourceId: id,
    ...(write
      ? {
          allow: ['self', 'guardian'] as const,
          forbidden: 'Only the patient or their parent answers the questionnaire.',
        }
      : {}),
  });
  if (!row) throw notFound();
  return { row, patient: (await findPatient(db, row.patientId))! };
}

export const anamnesisRoutes = createRouter()
  .openapi(routes.vocabulary, (c) => {
    return c.json(c.get('deps').triage.vocabulary, 200);
  })
  .openapi(routes.complaints, async (c) => {
    const { patientId } = c.req.valid('query');
    if (!patientId) return c.json({ items: complaintList() }, 200);
    await requirePatientAccess(c, patientId, { action: 'triage.complaints', allow: ['self', 'guardian'] });
    const patient = (await findPatient(c.get('deps').database.db, patientId))!;
    return c.json(
      { items: complaintList({ ageMonths: ageInMonths(patient.birthDate), sex: patient.sex }) },
      200,
    );
  })
  .openapi(routes.start, async (c) => {
    const body = c.req.valid('json');
    requireActor(c, 'patient');
    const { actor } = await requirePatientAccess(c, body.patientId, {
      action: 'anamnesis.start',
      resourceType: 'QuestionnaireResponse',
      allow: ['self', 'guardian'],
    });
    const db = c.get('deps').database.db;
    const patient = (await findPatient(db, body.patientId))!;
    const row = await startAnamnesis(db, c.get('deps').triage, {
      patient,
      accountId: actor.accountId,
      complaintText: body.complaintText,
      complaintIds: body.complaintIds,
      locale: body.locale,
    });
    return c.json(await anamnesisView(c.get('deps'), row, patient), 201);
  })
  .openapi(routes.get, async (c) => {
    const { row, patient } = await requireSession(c, c.req.valid('param').id, 'anamnesis.read', false);
    return c.json(await anamnesisView(c.get('deps'), row, patient), 200);
  })
  .openapi(routes.answer, async (c) => {
    const { row, patient } = await requireSession(c, c.req.valid('param').id, 'anamnesis.answer', true);
    const updated = await answerAnamnesis(
      c.get('deps').database.db,
      c.get('deps').triage,
      row,
      c.req.valid('json').answers,
    );
    return c.json(await anamnesisView(c.get('deps'), updated, patient), 200);
  })
  .openapi(routes.correct, async (c) => {
    const { id, findingId } = c.req.valid('param');
    const { row, patient } = await requireSession(c, id, 'anamnesis.correct', true);
    const updated = await correctAnswer(
      c.get('deps').database.db,
      c.get('deps').triage,
      row,
      findingId,
      c.req.valid('json').value,
    );
    return c.json(await anamnesisView(c.get('deps'), updated, patient), 200);
  })
  .openapi(routes.finish, async (c) => {
    const { row, patient } = await requireSession(c, c.req.valid('param').id, 'anamnesis.finish', true);
    const updated = await finishAnamnesis(c.get('deps').database.db, c.get('deps').triage, row);
    return c.json(await anamnesisView(c.get('deps'), updated, patient), 200);
  })
  .openapi(routes.forAppointment, async (c) => {
    const db = c.get('deps').database.db;
    // Audited only when a questionnaire is attached: most consultations have none, and then nothing is read.
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'anamnesis.read', {
      allow: ['patient', 'doctor'],
      forbidden: GUEST_SEES_NO_RECORD,
      readsRecord: true,
      exists: async (appointment) => (await anamnesisForAppointment(db, appointment.id)) !== null,
    });
    const row = await anamnesisForAppointment(db, appointment.id);
    if (!row) throw notFound();
    return c.json(await anamnesisView(c.get('deps'), row, (await findPatient(db, row.patientId))!), 200);
  });
