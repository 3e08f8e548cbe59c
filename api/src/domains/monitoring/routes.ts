import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { and, eq, inArray } from 'drizzle-orm';
import { listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor, requirePatientAccess, requirePatientResource } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import { monitoringEnrolments } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { notFound, ProblemError } from '../../http/problem.js';
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
import { notify } from '../notifications/service.js';
import { recipientAccount } from '../notifications/recipient.js';
import { findChildren, findPatient } from '../patients/queries.js';
import { acknowledgeAlert, addNote, escalateAlert, findAlert, resolveAlert } from './actions.js';
import { parseBpCsv } from './csv.js';
import {
  decide,
  endEnrolment,
  enrol,
  enrolmentView,
  findEnrolmentById,
  findLiveEnrolment,
  pendingProposals,
  propose,
  proposalsBy,
  proposalView,
  updateTarget,
} from './enrolments.js';
import { fhirInputSchema, readFhirInput } from './fhir.js';
import { assertPlausible, immediateAdvice, ingestReadings, rejectInvalid } from './ingest.js';
import { bilingual, type ReadingInput } from './reading-input.js';
import { requireAssistantFor, requireReadingWriter } from './access.js';
import {
  assistantPatientSchema,
  assistantSchema,
  decisionBodySchema,
  liveEnrolmentSchema,
  proposalSchema,
  proposeBodySchema,
  csvImportBodySchema,
  daysQuerySchema,
  enrolBodySchema,
  enrolmentSchema,
  escalateBodySchema,
  escalationSchema,
  importResultSchema,
  manualReadingBodySchema,
  myMonitoringSchema,
  noteBodySchema,
  noteSchema,
  readingsViewSchema,
  targetBodySchema,
  worklistQuerySchema,
  worklistSchema,
  alertSchema,
} from './schemas.js';
import { recordSightings } from '../../auth/listed-sightings.js';
import { alertView, assistantPatientView, readingsView, worklist } from './views.js';
import { jsonTextResponse, toJsonText } from '../../http/json-text.js';
import { WORKLIST_READS } from '../../lib/change-feed.js';

const conflict = { 409: problem('Not enrolled, already enrolled, or the alert has moved on') } as const;
const tags = ['Blood-pressure monitoring'];

const routes = {
  addReading: createRoute({
    method: 'post',
    path: '/patients/{id}/bp-readings',
    tags,
    summary: 'Enter a home blood-pressure reading (the patient or their guardian)',
    request: { params: idParamSchema, body: jsonBody(manualReadingBodySchema) },
    responses: {
      201: jsonContent(importResultSchema, 'Stored (or already there)'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  importCsv: createRoute({
    method: 'post',
    path: '/patients/{id}/bp-readings/import',
    tags,
    summary: 'Import a home monitor CSV export; all rows or none',
    request: { params: idParamSchema, body: jsonBody(csvImportBodySchema) },
    responses: {
      200: jsonContent(importResultSchema, 'Imported; repeated rows counted as duplicates'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  readings: createRoute({
    method: 'get',
    path: '/patients/{id}/bp-readings',
    tags,
    summary: 'Readings, the 7-day average, the target and open alerts with advice',
    request: { params: idParamSchema, query: daysQuerySchema },
    responses: { 200: jsonContent(readingsViewSchema, 'Readings'), ...authProblems, ...notFoundProblem },
  }),
  fhir: createRoute({
    method: 'post',
    path: '/fhir/Observation',
    tags,
    summary: 'FHIR R4 blood-pressure Observation (LOINC 85354-9), or a batch/transaction Bundle of them',
    request: {
      body: {
        content: {
          'application/fhir+json': { schema: fhirInputSchema },
          'application/json': { schema: fhirInputSchema },
        },
        required: true,
      },
    },
    responses: {
      200: jsonContent(importResultSchema, 'Stored; repeated Observations counted as duplicates'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  mine: createRoute({
    method: 'get',
    path: '/me/monitoring',
    tags,
    summary: "Which of the account's family are enrolled in blood-pressure monitoring",
    responses: { 200: jsonContent(myMonitoringSchema, 'Enrolled people'), ...authProblems },
  }),
  worklist: createRoute({
    method: 'get',
    path: '/monitoring/worklist',
    tags,
    summary: "A page of the assistant's patients, those with the most severe and oldest alerts first",
    request: { query: worklistQuerySchema },
    responses: {
      200: jsonContent(worklistSchema, 'Worklist page'),
      ...authProblems,
    },
  }),
  patient: createRoute({
    method: 'get',
    path: '/monitoring/patients/{id}',
    tags,
    summary: 'One monitored patient: chart data, average, target, alerts and contact notes',
    request: { params: idParamSchema, query: daysQuerySchema },
    responses: {
      200: jsonContent(assistantPatientSchema, 'The patient'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  acknowledge: createRoute({
    method: 'post',
    path: '/monitoring/alerts/{id}/acknowledge',
    tags,
    summary: 'The assistant has seen the alert',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(alertSchema, 'Acknowledged'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  resolve: createRoute({
    method: 'post',
    path: '/monitoring/alerts/{id}/resolve',
    tags,
    summary: 'The alert is dealt with',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(alertSchema, 'Resolved'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  escalate: createRoute({
    method: 'post',
    path: '/monitoring/alerts/{id}/escalate',
    tags,
    summary: 'Escalate to a doctor: an urgent video consult with the alert context',
    request: { params: idParamSchema, body: jsonBody(escalateBodySchema) },
    responses: {
      201: jsonContent(escalationSchema, 'In the urgent queue'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  note: createRoute({
    method: 'post',
    path: '/monitoring/patients/{id}/notes',
    tags,
    summary: 'Record a contact with the patient',
    request: { params: idParamSchema, body: jsonBody(noteBodySchema) },
    responses: {
      201: jsonContent(noteSchema, 'Recorded'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  enrol: createRoute({
    method: 'post',
    path: '/monitoring/enrolments',
    tags,
    summary: 'A doctor who treats the patient enrols them with a target and a responsible assistant',
    request: { body: jsonBody(enrolBodySchema) },
    responses: {
      201: jsonContent(enrolmentSchema, 'Enrolled'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  propose: createRoute({
    method: 'post',
    path: '/monitoring/proposals',
    tags,
    summary:
      'An assistant proposes to monitor a patient; nothing opens until a doctor or the patient accepts',
    request: { body: jsonBody(proposeBodySchema) },
    responses: {
      201: jsonContent(enrolmentSchema, 'Proposed'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  proposals: createRoute({
    method: 'get',
    path: '/monitoring/proposals',
    tags,
    summary: "A doctor's patients' proposals waiting for a decision; an assistant's own proposals",
    responses: {
      200: jsonContent(z.object({ items: z.array(proposalSchema) }), 'Proposals'),
      ...authProblems,
    },
  }),
  decide: createRoute({
    method: 'post',
    path: '/monitoring/enrolments/{id}/decision',
    tags,
    summary: "Accept or decline a proposal (the patient's doctor, the patient or their guardian)",
    request: { params: idParamSchema, body: jsonBody(decisionBodySchema) },
    responses: {
      200: jsonContent(enrolmentSchema, 'Decided'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  live: createRoute({
    method: 'get',
    path: '/monitoring/patients/{id}/enrolment',
    tags,
    summary: "The patient's monitoring or waiting proposal, if any",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(liveEnrolmentSchema, 'The live enrolment, or null'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  end: createRoute({
    method: 'post',
    path: '/monitoring/patients/{id}/enrolment/end',
    tags,
    summary: 'End monitoring (the patient, their guardian or their doctor); the record stays',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(enrolmentSchema, 'Ended'),
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  assistants: createRoute({
    method: 'get',
    path: '/monitoring/assistants',
    tags,
    summary: 'The medical assistants a doctor can enrol a patient with',
    responses: {
      200: jsonContent(z.object({ items: z.array(assistantSchema) }), 'Assistants'),
      ...authProblems,
    },
  }),
  target: createRoute({
    method: 'patch',
    path: '/monitoring/patients/{id}/enrolment',
    tags,
    summary: "Change the patient's target",
    request: { params: idParamSchema, body: jsonBody(targetBodySchema) },
    responses: {
      200: jsonContent(enrolmentSchema, 'Updated'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

const DOCTORS = ['treating_doctor', 'consulted_doctor'] as const;
/** Who decides about monitoring: the patient's side and the doctors who treat them. */
const DECIDERS = ['self', 'guardian', ...DOCTORS] as const;

const ingestDeps = (c: Context<AppEnv>) => ({
  db: c.get('deps').database.db,
  queue: c.get('deps').queues.monitoring,
});

export const monitoringRoutes = createRouter()
  .openapi(routes.addReading, async (c) => {
    const { id } = c.req.valid('param');
    await requireReadingWriter(c, id, 'bp-reading.create');
    const body = c.req.valid('json');
    const reading: ReadingInput = { ...body, measuredAt: new Date(body.measuredAt) };
    assertPlausible([{ path: 'reading', reading }], 'reading');
    const result = await ingestReadings(
      ingestDeps(c),
      new Map([[id, [reading]]]),
      'manual',
      c.get('actor')!.accountId,
    );
    return c.json({ ...result, ...immediateAdvice([reading]) }, 201);
  })
  .openapi(routes.importCsv, async (c) => {
    const { id } = c.req.valid('param');
    await requireReadingWriter(c, id, 'bp-reading.import');
    const { csv, utcOffset } = c.req.valid('json');
    const { rows, headerProblem } = parseBpCsv(csv, utcOffset);
    if (headerProblem) rejectInvalid([{ path: 'csv', message: bilingual(headerProblem) }], 'CSV file');
    if (!rows.length)
      rejectInvalid(
        [{ path: 'csv', message: 'The file has no readings. / В файле нет измерений.' }],
        'CSV file',
      );
    const readings = rows.map(({ row: _row, ...reading }) => reading);
    assertPlausible(
      rows.map((row, i) => ({ path: `row ${row.row}`, reading: readings[i]! })),
      'CSV file',
    );
    const result = await ingestReadings(
      ingestDeps(c),
      new Map([[id, readings]]),
      'csv',
      c.get('actor')!.accountId,
    );
    return c.json({ ...result, advice: [], ambulance: false }, 200);
  })
  .openapi(routes.readings, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'bp-reading.read',
      resourceType: 'BpReading',
      allow: ['self', 'guardian', 'treating_doctor', 'monitoring_assistant'],
    });
    return c.json(await readingsView(c.get('deps').database.db, id, c.req.valid('query').days), 200);
  })
  .openapi(routes.fhir, async (c) => {
    requireActor(c, 'patient', 'assistant');
    const { readings, issues } = readFhirInput(c.req.valid('json'));
    if (issues.length) rejectInvalid(issues, 'FHIR Observation');
    assertPlausible(
      readings.map((r, i) => ({ path: `Observation ${i + 1}`, reading: r.reading })),
      'FHIR Observation',
    );
    const byPatient = new Map<string, ReadingInput[]>();
    for (const r of readings) byPatient.set(r.patientId, [...(byPatient.get(r.patientId) ?? []), r.reading]);
    for (const patientId of byPatient.keys()) await requireReadingWriter(c, patientId, 'bp-reading.fhir');
    const result = await ingestReadings(ingestDeps(c), byPatient, 'fhir', c.get('actor')!.accountId);
    return c.json({ ...result, ...immediateAdvice(readings.map((r) => r.reading)) }, 200);
  })
  .openapi(routes.mine, async (c) => {
    const actor = requireActor(c, 'patient');
    const db = c.get('deps').database.db;
    const family = actor.patientId
      ? [actor.patientId, ...(await findChildren(db, actor.patientId)).map((p) => p.id)]
      : [];
    const enrolled = family.length
      ? await db
          .select({ patientId: monitoringEnrolments.patientId })
          .from(monitoringEnrolments)
          .where(
            and(inArray(monitoringEnrolments.patientId, family), eq(monitoringEnrolments.status, 'active')),
          )
      : [];
    const proposals = await pendingProposals(db, family);
    return c.json(
      {
        enrolledPatientIds: enrolled.map((e) => e.patientId),
        proposals: proposals.map((p) => proposalView(p, true)),
      },
      200,
    );
  })
  .openapi(routes.worklist, async (c) => {
    const actor = requireActor(c, 'assistant');
    const { database, redis, readCache } = c.get('deps');
    const assistantId = actor.practitionerId!;
    const query = c.req.valid('query');
    const load = async () => {
      const page = await worklist(database.db, assistantId, query);
      return { json: toJsonText(page), patientIds: page.items.map((i) => i.patientId) };
    };
    // Polled every few seconds: kept until the database's change feed names this assistant.
    const page = readCache
      ? await readCache.get(WORKLIST_READS, assistantId, load, `${query.limit}|${query.offset}`)
      : await load();
    // One row per patient per session window, not per 10-second poll.
    await recordSightings(
      { db: database.db, redis },
      actor,
      c.get('requestId'),
      { list: 'worklist', action: 'monitoring.worklist', resourceType: 'MonitoringAlert' },
      page.patientIds,
    );
    return jsonTextResponse(c, page.json);
  })
  .openapi(routes.patient, async (c) => {
    const { id } = c.req.valid('param');
    requireActor(c, 'assistant', 'doctor');
    await requirePatientAccess(c, id, {
      action: 'monitoring.patient.read',
      resourceType: 'BpReading',
      allow: ['monitoring_assistant', ...DOCTORS],
    });
    return c.json(await assistantPatientView(c.get('deps').database.db, id, c.req.valid('query').days), 200);
  })
  .openapi(routes.acknowledge, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.acknowledge');
    return c.json(alertView(await acknowledgeAlert(c.get('deps').database.db, c.get('actor')!, alert)), 200);
  })
  .openapi(routes.resolve, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.resolve');
    return c.json(alertView(await resolveAlert(c.get('deps').database.db, c.get('actor')!, alert)), 200);
  })
  .openapi(routes.escalate, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.escalate');
    const result = await escalateAlert(
      c.get('deps').database.db,
      c.get('actor')!,
      alert,
      c.req.valid('json').note,
    );
    return c.json({ alert: alertView(result.alert), appointmentId: result.appointmentId }, 201);
  })
  .openapi(routes.note, async (c) => {
    const { id } = c.req.valid('param');
    await requireAssistantFor(c, id, { action: 'monitoring.note.create', resourceType: 'MonitoringNote' });
    const db = c.get('deps').database.db;
    const note = await addNote(db, c.get('actor')!, id, c.req.valid('json'));
    const [author] = await db.query.accounts.findMany({
      where: (a, { eq }) => eq(a.id, note.authorAccountId),
    });
    return c.json(
      {
        id: note.id,
        alertId: note.alertId,
        channel: note.channel,
        text: note.text,
        author: author!.displayName,
        createdAt: note.createdAt.toISOString(),
      },
      201,
    );
  })
  .openapi(routes.enrol, async (c) => {
    if (c.get('actor')?.role === 'assistant') {
      throw new ProblemError(
        403,
        'An assistant can only propose monitoring (POST /monitoring/proposals): a doctor who treats the patient, or the patient, decides.',
        { code: 'monitoring.assistant_proposes' },
      );
    }
    requireActor(c, 'doctor');
    const body = c.req.valid('json');
    const { actor } = await requirePatientAccess(c, body.patientId, {
      action: 'monitoring.enrol',
      resourceType: 'MonitoringEnrolment',
      allow: DOCTORS,
    });
    return c.json(enrolmentView(await enrol(c.get('deps').database.db, actor, body)), 201);
  })
  .openapi(routes.propose, async (c) => {
    const actor = requireActor(c, 'assistant');
    const body = c.req.valid('json');
    const db = c.get('deps').database.db;
    // The assistant has no relation to the patient yet, and a proposal opens nothing: no record is read here.
    const exists = Boolean(await findPatient(db, body.patientId));
    await writeAudit(db, actor, c.get('requestId'), {
      action: 'monitoring.propose',
      resourceType: 'MonitoringEnrolment',
      resourceId: body.patientId,
      outcome: exists ? 'allowed' : 'denied',
    });
    if (!exists) throw notFound();
    const proposal = await propose(db, actor, body);
    // The patient (or the parent) is one of those who decide: tell them a decision is waiting.
    const recipient = await recipientAccount(db, body.patientId);
    if (recipient) {
      await notify(db, c.get('deps').queues.notifications, {
        accountId: recipient.accountId,
        kind: 'monitoring_proposal',
        title: { ru: 'Предложение: мониторинг давления', en: 'Proposal: blood-pressure monitoring' },
        body: {
          ru: 'Медицинский ассистент предлагает наблюдать за домашним давлением. Примите решение в разделе «Давление».',
          en: 'A medical assistant proposes to watch home blood pressure. Decide in the Blood pressure section.',
        },
        data: { enrolmentId: proposal.id, patientId: body.patientId },
        idempotencyKey: `monitoring-proposal:${proposal.id}`,
      });
    }
    return c.json(enrolmentView(proposal), 201);
  })
  .openapi(routes.proposals, async (c) => {
    const actor = requireActor(c, 'doctor', 'assistant');
    const db = c.get('deps').database.db;
    if (actor.role === 'assistant') {
      const mine = await proposalsBy(db, actor);
      return c.json({ items: mine.map((p) => proposalView(p, p.e.status === 'active')) }, 200);
    }
    // Only proposals for the doctor's own patients: the policy decides, as for every other read.
    const waiting = await pendingProposals(db);
    const mine = [];
    for (const p of waiting) {
      const relation = await relationToPatient(db, actor, p.e.patientId);
      if (relation === 'treating_doctor' || relation === 'consulted_doctor') mine.push(p);
    }
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('monitoring.proposal.list', 'MonitoringEnrolment', mine, (p) => ({
        resourceId: p.e.id,
        patientId: p.e.patientId,
      })),
    );
    return c.json({ items: mine.map((p) => proposalView(p, true)) }, 200);
  })
  .openapi(routes.decide, async (c) => {
    const { actor, resource } = await requirePatientResource(c, c.req.valid('param').id, findEnrolmentById, {
      action: 'monitoring.proposal.decide',
      resourceType: 'MonitoringEnrolment',
      allow: DECIDERS,
    });
    const decided = await decide(c.get('deps').database.db, actor, resource, c.req.valid('json').decision);
    return c.json(enrolmentView(decided), 200);
  })
  .openapi(routes.live, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'monitoring.enrolment.read',
      resourceType: 'MonitoringEnrolment',
      allow: [...DECIDERS, 'monitoring_assistant'],
    });
    const db = c.get('deps').database.db;
    const live = await findLiveEnrolment(db, id);
    const [assistant] = live
      ? await db.query.practitioners.findMany({ where: (p, { eq }) => eq(p.id, live.assistantId) })
      : [];
    return c.json(
      { enrolment: live && assistant ? { ...enrolmentView(live), assistant: assistant.fullName } : null },
      200,
    );
  })
  .openapi(routes.end, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'monitoring.enrolment.end',
      resourceType: 'MonitoringEnrolment',
      allow: DECIDERS,
      forbidden: 'Only the patient, their guardian or their doctor can end monitoring.',
    });
    return c.json(enrolmentView(await endEnrolment(c.get('deps').database.db, actor, id)), 200);
  })
  .openapi(routes.assistants, async (c) => {
    requireActor(c, 'doctor');
    const rows = await c.get('deps').database.db.query.practitioners.findMany({
      where: (p, { eq }) => eq(p.kind, 'assistant'),
      orderBy: (p, { asc }) => asc(p.id),
    });
    return c.json({ items: rows.map((p) => ({ id: p.id, fullName: p.fullName })) }, 200);
  })
  .openapi(routes.target, async (c) => {
    const { id } = c.req.valid('param');
    requireActor(c, 'doctor', 'assistant');
    await requirePatientAccess(c, id, {
      action: 'monitoring.target.update',
      resourceType: 'MonitoringEnrolment',
      allow: ['monitoring_assistant', ...DOCTORS],
    });
    const updated = await updateTarget(c.get('deps').database.db, id, c.req.valid('json'));
    if (!updated)
      throw new ProblemError(409, 'This patient is not in blood-pressure monitoring.', {
        code: 'monitoring.not_enrolled',
      });
    return c.json(enrolmentView(updated), 200);
  });

/** The alert, if the caller is the assistant responsible for its patient (a 404 otherwise, audited). */
async function alertFor(c: Context<AppEnv>, id: string, action: string) {
  const alert = await findAlert(c.get('deps').database.db, id);
  await requireAssistantFor(c, alert?.patientId ?? null, {
    action,
    resourceType: 'MonitoringAlert',
    resourceId: id,
  });
  return alert!;
}
