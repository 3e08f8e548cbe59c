import { createRoute } from '@hono/zod-openapi';
import { requirePatientAccess } from '../../auth/middleware.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonContent,
  notFoundProblem,
} from '../../http/schemas.js';
import { analyteSeries, analytesWithValues } from './analytes.js';
import { medcardBundle } from './fhir/bundle.js';
import { patientLabReport } from './report.js';
import {
  analyteListSchema,
  encodeCursor,
  analyteSeriesSchema,
  fhirBundleSchema,
  labReportSchema,
  loincParamSchema,
  reportParamSchema,
  timelineQuerySchema,
  timelineSchema,
} from './schemas.js';
import { medcardTimeline } from './timeline.js';
import { jsonTextResponse, toJsonText } from '../../http/json-text.js';
import { CARD_READS } from '../../lib/change-feed.js';

const routes = {
  timeline: createRoute({
    method: 'get',
    path: '/patients/{id}/medcard/timeline',
    tags: ['Medical card'],
    summary: 'The unified medical card: every event of the patient’s care, newest first, filterable',
    request: { params: idParamSchema, query: timelineQuerySchema },
    responses: {
      200: jsonContent(timelineSchema, 'Events'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  analytes: createRoute({
    method: 'get',
    path: '/patients/{id}/medcard/analytes',
    tags: ['Medical card'],
    summary: 'Analytes the patient has lab values for, with the latest value',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(analyteListSchema, 'By name'), ...authProblems, ...notFoundProblem },
  }),
  analyte: createRoute({
    method: 'get',
    path: '/patients/{id}/medcard/analytes/{loinc}',
    tags: ['Medical card'],
    summary: "One analyte's values over time (oldest first), with reference ranges and flags",
    request: { params: loincParamSchema },
    responses: {
      200: jsonContent(analyteSeriesSchema, 'Series'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  report: createRoute({
    method: 'get',
    path: '/patients/{id}/lab-reports/{reportId}',
    tags: ['Medical card'],
    summary: 'A lab report with its values',
    request: { params: reportParamSchema },
    responses: { 200: jsonContent(labReportSchema, 'The report'), ...authProblems, ...notFoundProblem },
  }),
  fhir: createRoute({
    method: 'get',
    path: '/patients/{id}/medcard/fhir',
    tags: ['Medical card'],
    summary: 'Export the whole medical card as a FHIR R4 Bundle (collection)',
    request: { params: idParamSchema },
    responses: {
      200: { content: { 'application/fhir+json': { schema: fhirBundleSchema } }, description: 'The bundle' },
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

const parseBound = (value: string | undefined, endOfDay: boolean) => {
  if (!value) return undefined;
  return value.length === 10
    ? new Date(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`)
    : new Date(value);
};

export const medcardRoutes = createRouter()
  .openapi(routes.timeline, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    await requirePatientAccess(c, id, { action: 'medcard.timeline' });
    const { database, readCache } = c.get('deps');
    const load = async () => {
      const { items, next } = await medcardTimeline(database.db, id, {
        kinds: query.kinds,
        from: parseBound(query.from, false),
        to: parseBound(query.to, true),
        limit: query.limit,
        before: query.before,
      });
      return toJsonText({ items, next: next && encodeCursor(next) });
    };
    // Only after the access check and its audit row; the database's change feed forgets the patient's pages.
    const json = readCache ? await readCache.get(CARD_READS, id, load, JSON.stringify(query)) : await load();
    return jsonTextResponse(c, json);
  })
  .openapi(routes.analytes, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'medcard.analytes', resourceType: 'Observation' });
    return c.json({ items: await analytesWithValues(c.get('deps').database.db, id) }, 200);
  })
  .openapi(routes.analyte, async (c) => {
    const { id, loinc } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'medcard.analyte', resourceType: 'Observation' });
    const series = await analyteSeries(c.get('deps').database.db, id, loinc);
    if (!series) throw notFound();
    return c.json(series, 200);
  })
  .openapi(routes.report, async (c) => {
    const { id, reportId } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'lab_report.read', resourceType: 'DiagnosticReport' });
    const report = await patientLabReport(c.get('deps').database.db, id, reportId);
    if (!report) throw notFound();
    return c.json(report, 200);
  })
  .openapi(routes.fhir, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, { action: 'medcard.fhir_export', resourceType: 'Bundle' });
    const bundle = await medcardBundle(c.get('deps').database.db, id);
    if (!bundle) throw notFound();
    // application/fhir+json (FHIR R4 §3.1.0.1.10), so FHIR tools recognise the download.
    return c.json(bundle, 200, {
      'content-type': 'application/fhir+json; charset=utf-8',
      'content-disposition': `attachment; filename="medcard-${id}.fhir.json"`,
      'cache-control': 'private, no-store',
    });
  });
