import type { InterviewState } from '@telemed/triage-model';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type InferRequestType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../src/client.js';
import {
  anamnesisSessions,
  appointments,
  auditEvents,
  bpReadings,
  conclusions,
  files,
  labObservations,
  labReports,
} from '../src/db/schema/index.js';
import { bundleResourceTypes } from '../src/domains/medcard/fhir/codes.js';
import { ICD10 } from '../src/domains/medcard/fhir/codes.js';
import { fhirR4Validator } from './fhir-schema.js';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();
const db = () => api.deps.database.db;

let anna: TestSession;
let ivan: TestSession;
let annaId: string;
let ivanId: string;

const card = (session: TestSession) => api.client(session).patients[':id'].medcard;

type TimelineQuery = InferRequestType<ApiClient['patients'][':id']['medcard']['timeline']['$get']>['query'];
const timeline = (query: TimelineQuery, session = anna) =>
  card(session).timeline.$get({ param: { id: annaId }, query });

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
  ivanId = (await familyOf(api, ivan)).self.id;
  // The rest of a full card: a completed consultation with its final conclusion, a document, a home
  // blood-pressure reading and a completed questionnaire.
  const [appt] = await db().select().from(appointments).where(eq(appointments.patientId, annaId));
  await db()
    .update(appointments)
    .set({ status: 'completed', startedAt: appt!.startsAt, endedAt: appt!.endsAt })
    .where(eq(appointments.id, appt!.id));
  await db()
    .insert(conclusions)
    .values({
      appointmentId: appt!.id,
      patientId: annaId,
      practitionerId: appt!.practitionerId!,
      status: 'final',
      diagnosis: {
        code: 'E78.0',
        name: { ru: 'Чистая гиперхолестеринемия', en: 'Pure hypercholesterolaemia' },
      },
      recommendations: 'Диета, контроль липидов через 3 месяца <важно>',
      authorAccountId: anna.accountId,
      finalisedAt: new Date(),
    });
  const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
  await db()
    .insert(files)
    .values({
      patientId: annaId,
      uploadedByAccountId: anna.accountId,
      kind: 'test_result',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.byteLength,
      contentType: 'application/pdf',
      originalName: 'ultrasound.pdf',
    });
  await db()
    .insert(bpReadings)
    .values({
      patientId: annaId,
      measuredAt: new Date(Date.now() - 3_600_000),
      systolic: 128,
      diastolic: 82,
      pulse: 70,
      source: 'manual',
    });
  await db()
    .insert(anamnesisSessions)
    .values({
      patientId: annaId,
      startedByAccountId: anna.accountId,
      status: 'completed',
      state: {} as InterviewState, // a row for the card only; its interview is not replayed
      modelVersion: 'test',
      completedAt: new Date(),
    });
});

describe('timeline', () => {
  it('merges every kind of event, newest first', async () => {
    const { items } = await parseResponse(timeline({}));
    const kinds = new Set(items.map((e) => e.kind));
    for (const k of ['appointment', 'conclusion', 'lab_order', 'lab_result', 'attachment', 'bp_reading'])
      expect(kinds, k).toContain(k);
    const times = items.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("counts each lab result's values outside the reference range", async () => {
    const { items } = await parseResponse(timeline({ kinds: 'lab_result' }));
    const observations = await db()
      .select({ reportId: labObservations.reportId, flag: labObservations.flag })
      .from(labObservations)
      .where(eq(labObservations.patientId, annaId));
    expect(observations.some((o) => o.flag !== 'normal')).toBe(true); // the seed has abnormal values
    for (const item of items) {
      const mine = observations.filter((o) => o.reportId === item.id);
      expect(item.abnormalCount, item.id).toBe(mine.filter((o) => o.flag !== 'normal').length);
    }
  });

  it('filters by kind and by dates', async () => {
    const { items } = await parseResponse(timeline({ kinds: 'lab_result' }));
    expect(items.length).toBe(3);
    expect(new Set(items.map((e) => e.kind))).toEqual(new Set(['lab_result']));
    const both = await parseResponse(timeline({ kinds: 'lab_result,attachment' }));
    expect(new Set(both.items.map((e) => e.kind))).toEqual(new Set(['lab_result', 'attachment']));
    const from = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const recent = await parseResponse(timeline({ kinds: 'lab_result', from }));
    expect(recent.items.length).toBe(2);
    const old = await parseResponse(timeline({ kinds: 'lab_result', to: from.slice(0, 10) }));
    expect(old.items.length).toBe(1);
    const bad = await timeline({ kinds: 'gossip' });
    expect(bad.status).toBe(400);
  });

  it('pages through the card with a cursor, each event once, in the same order', async () => {
    const whole = await parseResponse(timeline({}));
    expect(whole.next).toBeNull();
    expect(whole.items.length).toBeGreaterThan(5);
    const paged: typeof whole.items = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const page: typeof whole = await parseResponse(timeline({ limit: '2', ...(before ? { before } : {}) }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items);
      before = page.next;
      pages++;
    } while (before);
    expect(pages).toBe(Math.ceil(whole.items.length / 2));
    expect(paged.map((e) => `${e.kind}:${e.id}`)).toEqual(whole.items.map((e) => `${e.kind}:${e.id}`));
  });

  it('refuses a cursor it did not give out and page sizes out of bounds', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'appointment', 'x'])).toString('base64url');
    for (const query of [
      `before=${forged}`,
      'before=%00',
      'limit=0',
      'limit=301',
      'limit=abc',
      'limit=1e999',
    ]) {
      // Raw: the query strings themselves are under test.
      const res = await api.request(`/patients/${annaId}/medcard/timeline?${query}`, { session: anna });
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toContain('application/problem+json');
    }
  });
});

describe('analytes and reports', () => {
  it('lists analytes and gives a series oldest first with ranges and flags', async () => {
    const { items } = await parseResponse(card(anna).analytes.$get({ param: { id: annaId } }));
    const repeated = items.filter((a) => a.count >= 2);
    expect(repeated.length).toBeGreaterThan(0);
    const analyte = (loinc: string) => card(anna).analytes[':loinc'].$get({ param: { id: annaId, loinc } });
    const series = await parseResponse(analyte(repeated[0]!.loinc));
    expect(series.points.length).toBe(repeated[0]!.count);
    const times = series.points.map((p) => p.effectiveAt);
    expect(times).toEqual([...times].sort());
    expect((await analyte('1-8')).status).toBe(404);
  });

  it('shows a report with its values, only under its own patient', async () => {
    const [report] = await db().select().from(labReports).where(eq(labReports.patientId, annaId));
    const reportOf = (id: string, session: TestSession) =>
      api.client(session).patients[':id']['lab-reports'][':reportId'].$get({
        param: { id, reportId: report!.id },
      });
    const body = await parseResponse(reportOf(annaId, anna));
    const stored = await db().select().from(labObservations).where(eq(labObservations.reportId, report!.id));
    expect(body.observations.length).toBe(stored.length);
    expect((await reportOf(ivanId, ivan)).status).toBe(404);
  });
});

describe('FHIR export', () => {
  it('is a self-contained R4 collection with coded resources', async () => {
    const res = await card(anna).fhir.$get({ param: { id: annaId } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const bundle = await parseResponse(res);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const allowed = new Set<string>(bundleResourceTypes);
    for (const e of bundle.entry) {
      expect(allowed, e.resource.resourceType).toContain(e.resource.resourceType);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    }
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(fullUrls.size).toBe(bundle.entry.length);
    const references: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'reference' && typeof value === 'string') references.push(value);
          else walk(value);
        }
    };
    walk(bundle.entry);
    expect(references.length).toBeGreaterThan(10);
    for (const r of references) expect(fullUrls, r).toContain(r);

    const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
    for (const t of [
      'Patient',
      'Appointment',
      'Encounter',
      'Composition',
      'ServiceRequest',
      'DiagnosticReport',
      'Observation',
      'DocumentReference',
      'QuestionnaireResponse',
    ])
      expect(types, t).toContain(t);

    const of = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
    type Coded = { code: { coding: { system: string; code: string }[] } };
    const observations = of('Observation') as unknown as (Coded & { valueQuantity?: { system: string } })[];
    const lab = observations.filter((o) => o.valueQuantity);
    expect(lab.length).toBeGreaterThan(5);
    for (const o of lab) {
      expect(o.code.coding[0]).toMatchObject({
        system: 'http://loinc.org',
        code: expect.stringMatching(/^\d+-\d$/),
      });
      expect(o.valueQuantity!.system).toBe('http://unitsofmeasure.org');
    }
    const bp = observations.find((o) => o.code.coding[0]!.code === '85354-9') as unknown as {
      component: Coded[];
    };
    expect(bp.component.map((c) => c.code.coding[0]!.code)).toEqual(['8480-6', '8462-4', '8867-4']);
    const conditions = of('Condition') as unknown as Coded[];
    expect(conditions[0]!.code.coding[0]).toEqual(expect.objectContaining({ system: ICD10, code: 'E78.0' }));
    for (const sr of of('ServiceRequest') as unknown as Coded[])
      expect(sr.code.coding.every((c) => c.system === 'http://loinc.org')).toBe(true);
  });

  it('answers 404 to another family and audits every access', async () => {
    const param = { id: annaId };
    for (const read of [
      () => card(ivan).fhir.$get({ param }),
      () => card(ivan).timeline.$get({ param, query: {} }),
      () => card(ivan).analytes.$get({ param }),
    ])
      expect((await read()).status).toBe(404);
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'medcard.fhir_export'), eq(auditEvents.resourceId, annaId)));
    expect(rows.map((r) => r.outcome).sort()).toEqual(['allowed', 'denied']);
    expect(rows.find((r) => r.outcome === 'allowed')!.actorAccountId).toBe(anna.accountId);
  });

  it('is valid against the official FHIR R4 JSON schema, every resource and the whole bundle', async () => {
    const bundle = await parseResponse(card(anna).fhir.$get({ param: { id: annaId } }));
    const schema = fhirR4Validator();
    for (const { resource } of bundle.entry) {
      const validate = schema.resource(resource.resourceType);
      expect(
        validate(resource),
        `${resource.resourceType}/${resource.id}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    }
    expect(schema.document(bundle), JSON.stringify(schema.document.errors)).toBe(true);

    // The schema does catch a broken bundle: a wrong code, a missing required element (the JSON schema requires
    // only complex ones), an unknown element, a resource type outside R4.
    type Copy = { entry: { resource: Record<string, unknown> }[] };
    const broken = (change: (copy: Copy) => void) => {
      const copy = structuredClone(bundle) as Copy;
      change(copy);
      return schema.document(copy);
    };
    const first = (copy: Copy, type: string) =>
      copy.entry.find((e) => e.resource.resourceType === type)!.resource;
    expect(broken(() => {})).toBe(true);
    expect(broken((b) => (first(b, 'Patient').gender = 'boy'))).toBe(false);
    expect(broken((b) => delete first(b, 'ServiceRequest').subject)).toBe(false);
    expect(broken((b) => (first(b, 'Observation').colour = 'red'))).toBe(false);
    expect(broken((b) => (first(b, 'Patient').resourceType = 'Project'))).toBe(false);
  });
});
