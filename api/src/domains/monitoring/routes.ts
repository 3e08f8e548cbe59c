import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { inArray } from 'drizzle-orm';
import { writeAudit } from '../../auth/audit.js';
import { requireActor, requirePatientAccess } from '../../auth/middleware.js';
import type { PatientRelation } from '../../auth/policy.js';
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
import { findChildren, findPatient } from '../patients/queries.js';
import { acknowledgeAlert, addNote, escalateAlert, findAlert, resolveAlert } from './actions.js';
import { parseBpCsv } from './csv.js';
import { enrol, enrolmentView, updateTarget } from './enrolments.js';
import { fhirInputSchema, readFhirInput } from './fhir.js';
import { bilingual, readingProblems, type ReadingInput } from './reading-input.js';
import { queueEvaluation, requireEnrolment, storeReadings } from './readings.js';
import { needsAmbulance, rulesForReading } from './rules/index.js';
import {
  assistantPatientSchema,
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
  worklistItemSchema,
  alertSchema,
} from './schemas.js';
import { alertView, assistantPatientView, readingsView, worklist } from './views.js';

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
    summary: "The assistant's patients, those with the most severe and oldest alerts first",
    responses: {
      200: jsonContent(z.object({ items: z.array(worklistItemSchema) }), 'Worklist'),
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
    summary: 'Enrol a patient with a target and a responsible assistant (a treating doctor, or an assistant)',
    request: { body: jsonBody(enrolBodySchema) },
    responses: {
      201: jsonContent(enrolmentSchema, 'Enrolled'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
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

const DOCTOR_RELATIONS: PatientRelation[] = ['treating_doctor', 'consulted_doctor'];

/** The patient or guardian entering their own readings, or the assistant for an enrolled patient. */
async function requireReadingWriter(c: Context<AppEnv>, patientId: string, action: string) {
  const { relation } = await requirePatientAccess(c, patientId, action, 'BpReading');
  if (relation !== 'self' && relation !== 'guardian' && relation !== 'monitoring_assistant') {
    throw new ProblemError(403, 'Only the patient, their guardian or their assistant can add readings.');
  }
  await requireEnrolment(c.var.deps.database.db, patientId);
}

/** Alerts and notes belong to the responsible assistant; anyone else is told the patient does not exist. */
async function requireAssistantFor(
  c: Context<AppEnv>,
  patientId: string,
  action: string,
  resourceType: string,
) {
  requireActor(c, 'assistant');
  const { relation } = await requirePatientAccess(c, patientId, action, resourceType);
  if (relation !== 'monitoring_assistant') throw notFound('The patient');
}

function rejectInvalid(problems: { path: string; message: string }[], what: string): never {
  const detail = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ProblemError(400, `Invalid ${what} — nothing was saved. ${detail}`, { errors: problems });
}

function immediateAdvice(readings: ReadingInput[]) {
  const advice = readings.flatMap((r) =>
    rulesForReading({
      id: 'new',
      measuredAt: r.measuredAt,
      systolic: r.systolic,
      diastolic: r.diastolic,
      pulse: r.pulse ?? null,
      symptoms: r.symptoms ?? [],
    }).map((a) => ({ kind: a.kind, severity: a.severity, text: a.advice })),
  );
  const ambulance = readings.some((r) => needsAmbulance({ ...r, symptoms: r.symptoms ?? [] }));
  return { advice, ambulance };
}

export const monitoringRoutes = createRouter()
  .openapi(routes.addReading, async (c) => {
    const { id } = c.req.valid('param');
    await requireReadingWriter(c, id, 'bp-reading.create');
    const body = c.req.valid('json');
    const reading: ReadingInput = { ...body, measuredAt: new Date(body.measuredAt) };
    const problems = readingProblems(reading);
    if (problems.length)
      rejectInvalid(
        problems.map((p) => ({ path: 'reading', message: bilingual(p) })),
        'reading',
      );
    const { database, queues } = c.var.deps;
    const result = await storeReadings(database.db, id, [reading], 'manual', c.var.actor!.accountId);
    if (result.inserted) await queueEvaluation(queues.monitoring, id);
    return c.json(
      { inserted: result.inserted, duplicates: result.duplicates, ...immediateAdvice([reading]) },
      201,
    );
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
    const now = new Date();
    const problems = rows.flatMap((row) =>
      readingProblems(row, now).map((p) => ({ path: `row ${row.row}`, message: bilingual(p) })),
    );
    if (problems.length) rejectInvalid(problems, 'CSV file');
    const { database, queues } = c.var.deps;
    const readings = rows.map(({ row: _row, ...reading }) => reading);
    const result = await storeReadings(database.db, id, readings, 'csv', c.var.actor!.accountId);
    if (result.inserted) await queueEvaluation(queues.monitoring, id);
    return c.json(
      { inserted: result.inserted, duplicates: result.duplicates, advice: [], ambulance: false },
      200,
    );
  })
  .openapi(routes.readings, async (c) => {
    const { id } = c.req.valid('param');
    const { relation } = await requirePatientAccess(c, id, 'bp-reading.read', 'BpReading');
    if (relation === 'consulted_doctor') throw notFound('The patient');
    return c.json(await readingsView(c.var.deps.database.db, id, c.req.valid('query').days), 200);
  })
  .openapi(routes.fhir, async (c) => {
    requireActor(c, 'patient', 'assistant');
    const body = c.req.valid('json');
    const { readings, issues } = readFhirInput(body);
    if (issues.length) rejectInvalid(issues, 'FHIR Observation');
    const now = new Date();
    const problems = readings.flatMap((r, i) =>
      readingProblems(r.reading, now).map((p) => ({ path: `Observation ${i + 1}`, message: bilingual(p) })),
    );
    if (problems.length) rejectInvalid(problems, 'FHIR Observation');
    const byPatient = new Map<string, ReadingInput[]>();
    for (const r of readings) byPatient.set(r.patientId, [...(byPatient.get(r.patientId) ?? []), r.reading]);
    for (const patientId of byPatient.keys()) await requireReadingWriter(c, patientId, 'bp-reading.fhir');
    const { database, queues } = c.var.deps;
    const total = await database.db.transaction(async (tx) => {
      let inserted = 0;
      let duplicates = 0;
      for (const [patientId, items] of byPatient) {
        const r = await storeReadings(tx, patientId, items, 'fhir', c.var.actor!.accountId);
        inserted += r.inserted;
        duplicates += r.duplicates;
      }
      return { inserted, duplicates };
    });
    for (const patientId of byPatient.keys()) await queueEvaluation(queues.monitoring, patientId);
    return c.json({ ...total, ...immediateAdvice(readings.map((r) => r.reading)) }, 200);
  })
  .openapi(routes.mine, async (c) => {
    const actor = requireActor(c, 'patient');
    const db = c.var.deps.database.db;
    const family = actor.patientId
      ? [actor.patientId, ...(await findChildren(db, actor.patientId)).map((p) => p.id)]
      : [];
    const enrolled = family.length
      ? await db
          .select({ patientId: monitoringEnrolments.patientId })
          .from(monitoringEnrolments)
          .where(inArray(monitoringEnrolments.patientId, family))
      : [];
    return c.json({ enrolledPatientIds: enrolled.map((e) => e.patientId) }, 200);
  })
  .openapi(routes.worklist, async (c) => {
    const actor = requireActor(c, 'assistant');
    const items = await worklist(c.var.deps.database.db, actor.practitionerId!);
    await writeAudit(
      c.var.deps.database.db,
      actor,
      c.var.requestId,
      ...items.map((i) => ({
        action: 'monitoring.worklist',
        resourceType: 'MonitoringAlert',
        patientId: i.patientId,
        outcome: 'allowed' as const,
      })),
    );
    return c.json({ items }, 200);
  })
  .openapi(routes.patient, async (c) => {
    const { id } = c.req.valid('param');
    requireActor(c, 'assistant', 'doctor');
    const { relation } = await requirePatientAccess(c, id, 'monitoring.patient.read', 'BpReading');
    if (relation !== 'monitoring_assistant' && !DOCTOR_RELATIONS.includes(relation))
      throw notFound('The patient');
    return c.json(await assistantPatientView(c.var.deps.database.db, id, c.req.valid('query').days), 200);
  })
  .openapi(routes.acknowledge, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.acknowledge');
    return c.json(alertView(await acknowledgeAlert(c.var.deps.database.db, c.var.actor!, alert)), 200);
  })
  .openapi(routes.resolve, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.resolve');
    return c.json(alertView(await resolveAlert(c.var.deps.database.db, c.var.actor!, alert)), 200);
  })
  .openapi(routes.escalate, async (c) => {
    const alert = await alertFor(c, c.req.valid('param').id, 'monitoring.alert.escalate');
    const result = await escalateAlert(c.var.deps.database.db, c.var.actor!, alert, c.req.valid('json').note);
    return c.json({ alert: alertView(result.alert), appointmentId: result.appointmentId }, 201);
  })
  .openapi(routes.note, async (c) => {
    const { id } = c.req.valid('param');
    await requireAssistantFor(c, id, 'monitoring.note.create', 'MonitoringNote');
    const db = c.var.deps.database.db;
    const note = await addNote(db, c.var.actor!, id, c.req.valid('json'));
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
    const actor = requireActor(c, 'doctor', 'assistant');
    const body = c.req.valid('json');
    const db = c.var.deps.database.db;
    if (actor.role === 'doctor') {
      const { relation } = await requirePatientAccess(
        c,
        body.patientId,
        'monitoring.enrol',
        'MonitoringEnrolment',
      );
      if (!DOCTOR_RELATIONS.includes(relation)) throw notFound('The patient');
    } else {
      // Not enrolled yet, the assistant has no relation to the patient: the enrolment itself creates it.
      if (!(await findPatient(db, body.patientId))) throw notFound('The patient');
      await writeAudit(db, actor, c.var.requestId, {
        action: 'monitoring.enrol',
        resourceType: 'MonitoringEnrolment',
        patientId: body.patientId,
        outcome: 'allowed',
      });
    }
    return c.json(enrolmentView(await enrol(db, actor, body)), 201);
  })
  .openapi(routes.target, async (c) => {
    const { id } = c.req.valid('param');
    requireActor(c, 'doctor', 'assistant');
    const { relation } = await requirePatientAccess(c, id, 'monitoring.target.update', 'MonitoringEnrolment');
    if (relation !== 'monitoring_assistant' && !DOCTOR_RELATIONS.includes(relation))
      throw notFound('The patient');
    const updated = await updateTarget(c.var.deps.database.db, id, c.req.valid('json'));
    if (!updated) throw notFound('The enrolment');
    return c.json(enrolmentView(updated), 200);
  });

/** The alert, if the caller is the assistant responsible for its patient (a 404 otherwise). */
async function alertFor(c: Context<AppEnv>, id: string, action: string) {
  requireActor(c, 'assistant');
  const alert = await findAlert(c.var.deps.database.db, id);
  if (!alert) throw notFound('The alert');
  await requireAssistantFor(c, alert.patientId, action, 'MonitoringAlert');
  return alert;
}
