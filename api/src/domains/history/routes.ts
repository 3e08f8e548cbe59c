import { createRoute } from '@hono/zod-openapi';
import { listedReads, writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, idParamSchema, jsonContent, notFoundProblem } from '../../http/schemas.js';
import { findPatient, toPatientSummary } from '../patients/queries.js';
import { requireDoctorOfPatient } from './access.js';
import { bloodPressureSummary, finalConclusions, latestLabValues } from './records.js';
import {
  clinicalSummarySchema,
  myPatientsQuerySchema,
  myPatientsSchema,
  patientHistorySchema,
} from './schemas.js';
import { patientHistory, patientsOfDoctor } from './timeline.js';
import { insuranceUsage } from './usage.js';

/** How many earlier conclusions the pre-visit summary shows; the history view has them all. */
const SUMMARY_CONCLUSIONS = 5;

const routes = {
  summary: createRoute({
    method: 'get',
    path: '/patients/{id}/clinical-summary',
    tags: ['Patient history'],
    summary:
      'For the treating doctor: insurance cover and use this year, prior conclusions, latest lab values, home BP',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(clinicalSummarySchema, 'The summary'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  history: createRoute({
    method: 'get',
    path: '/patients/{id}/history',
    tags: ['Patient history'],
    summary: "For the treating doctor: the patient's consultations, conclusions, lab reports and requests",
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(patientHistorySchema, 'The history, newest first'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  myPatients: createRoute({
    method: 'get',
    path: '/me/patients',
    tags: ['Patient history'],
    summary: 'A doctor’s patients: everyone with a (past or booked) consultation with them',
    request: { query: myPatientsQuerySchema },
    responses: { 200: jsonContent(myPatientsSchema, 'Patients by name'), ...authProblems },
  }),
};

async function requirePatient(db: Parameters<typeof findPatient>[0], id: string) {
  const patient = await findPatient(db, id);
  if (!patient) throw notFound();
  return patient;
}

export const historyRoutes = createRouter()
  .openapi(routes.summary, async (c) => {
    const { id } = c.req.valid('param');
    await requireDoctorOfPatient(c, id, 'clinical-summary.read');
    const db = c.get('deps').database.db;
    const patient = await requirePatient(db, id);
    const guardian = patient.guardianId ? await findPatient(db, patient.guardianId) : null;
    const [insurance, priorConclusions, recentLabs, bloodPressure] = await Promise.all([
      insuranceUsage(db, id),
      finalConclusions(db, id, { limit: SUMMARY_CONCLUSIONS }),
      latestLabValues(db, id),
      bloodPressureSummary(db, id),
    ]);
    return c.json(
      {
        patient: toPatientSummary(patient),
        guardian: guardian && { id: guardian.id, fullName: guardian.fullName },
        insurance,
        priorConclusions,
        recentLabs,
        bloodPressure,
      },
      200,
    );
  })
  .openapi(routes.history, async (c) => {
    const { id } = c.req.valid('param');
    await requireDoctorOfPatient(c, id, 'history.read');
    const db = c.get('deps').database.db;
    const patient = await requirePatient(db, id);
    return c.json({ patient: toPatientSummary(patient), ...(await patientHistory(db, id)) }, 200);
  })
  .openapi(routes.myPatients, async (c) => {
    const actor = requireActor(c, 'doctor');
    const db = c.get('deps').database.db;
    const rows = await patientsOfDoctor(db, actor.practitionerId!, c.req.valid('query').q || undefined);
    await writeAudit(
      db,
      actor,
      c.get('requestId'),
      ...listedReads('patient.list', 'Patient', rows, (r) => ({
        resourceId: r.patient.id,
        patientId: r.patient.id,
      })),
    );
    const items = rows.map((r) => ({
      ...toPatientSummary(r.patient),
      consults: r.consults,
      lastConsultAt: r.lastConsultAt?.toISOString() ?? null,
      nextConsultAt: r.nextConsultAt?.toISOString() ?? null,
    }));
    return c.json({ items }, 200);
  });
