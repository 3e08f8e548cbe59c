import { createRoute } from '@hono/zod-openapi';
import { auditBatch } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, badRequestProblem, jsonContent } from '../../http/schemas.js';
import { ageInYears } from '../../lib/dates.js';
import { searchPatients } from './queries.js';
import { patientSearchQuerySchema, patientSearchResultSchema } from './schemas.js';

const search = createRoute({
  method: 'get',
  path: '/staff/patient-search',
  tags: ['Patients'],
  summary:
    'Doctors and assistants find a patient by name, birth date, policy number or phone, within their relation to the patient',
  description:
    'A doctor finds the patients they consult or were asked about; an assistant, the patients she monitors or ' +
    'proposed, and, to propose monitoring, a patient named by the whole name plus a birth date, policy or ' +
    'phone. Admins and patients are refused. Every search and every patient it shows is audited.',
  request: { query: patientSearchQuerySchema },
  responses: {
    200: jsonContent(patientSearchResultSchema, 'Matches, by name'),
    ...badRequestProblem,
    ...authProblems,
  },
});

export const staffSearchRoutes = createRouter().openapi(search, async (c) => {
  const actor = requireActor(c, 'doctor', 'assistant');
  const query = c.req.valid('query');
  if (!query.name && !query.birthDate && !query.policyNumber && !query.phone) {
    throw new ProblemError(400, 'Give a name, a birth date, a policy number or a phone to search by.', {
      code: 'validation.required',
      params: { field: 'name' },
      errors: [
        {
          path: 'name',
          message: 'at least one search criterion is required',
          code: 'validation.required',
          params: { field: 'name' },
        },
      ],
    });
  }
  const db = c.get('deps').database.db;
  const rows = await searchPatients(db, actor, query);
  // The search itself, found or not, then each patient it shows; stored before anything is answered.
  await auditBatch(db).write(
    actor,
    c.get('requestId'),
    { action: 'patient.search', resourceType: 'PatientSearch', outcome: 'allowed' },
    ...rows.map((r) => ({
      action: 'patient.search',
      resourceType: 'Patient',
      resourceId: r.patient.id,
      patientId: r.patient.id,
      outcome: 'allowed' as const,
    })),
  );
  const items = rows.map(({ patient, relation }) => ({
    id: patient.id,
    fullName: patient.fullName,
    birthDate: patient.birthDate,
    ageYears: ageInYears(patient.birthDate),
    relation,
  }));
  return c.json({ items }, 200);
});
