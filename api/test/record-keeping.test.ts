import { eq, sql } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import {
  auditEvents,
  conclusions,
  files,
  labLocations,
  labObservations,
  labOrders,
  labReports,
  patients,
} from '../src/db/schema/index.js';
import { labTests } from '../src/domains/catalogue/lab-tests.js';
import { demoDiagnosticReport } from '../src/domains/labs/demo-lab/results.js';
import { buildServiceRequest } from '../src/domains/labs/service-request.js';
import { openRecordPurgeWindow, retainedUntil } from '../src/domains/record-keeping/retention.js';
import { PDF, upload } from './booking-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();
const db = () => api.deps.database.db;

let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
});

/** What the database answers to a delete: the error's Postgres code, or 'deleted'. */
async function tryDelete(run: () => Promise<unknown>) {
  try {
    await run();
    return 'deleted';
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    return cause.code ?? String(error);
  }
}

describe('retention', () => {
  it('keeps medical records 25 years by default, as the Russian rule for outpatient records says', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.MEDICAL_RECORD_RETENTION_YEARS).toBe(25);
    expect(() =>
      loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', MEDICAL_RECORD_RETENTION_YEARS: '0' }),
    ).toThrow();
    expect(retainedUntil(new Date('2026-03-01T00:00:00Z'), 25).toISOString()).toBe(
      '2051-03-01T00:00:00.000Z',
    );
  });

  it('refuses to delete any medical document, file or audit row', async () => {
    // A patient's uploaded document: there is no way to delete it in the api either.
    const uploaded = await upload(api, anna, annaId, { bytes: PDF, name: 'scan.pdf' });
    expect(uploaded.status).toBe(201);
    const { id: fileId } = await parseResponse(uploaded);
    const [conclusion] = await db().select({ id: conclusions.id }).from(conclusions).limit(1);
    const [report] = await db().select({ id: labReports.id }).from(labReports).limit(1);
    const [audit] = await db().select({ id: auditEvents.id }).from(auditEvents).limit(1);
    expect(conclusion && report && audit).toBeTruthy();
    const attempts = {
      conclusion: () => db().delete(conclusions).where(eq(conclusions.id, conclusion!.id)),
      report: () => db().delete(labReports).where(eq(labReports.id, report!.id)),
      observations: () => db().delete(labObservations).where(eq(labObservations.reportId, report!.id)),
      audit: () => db().delete(auditEvents).where(eq(auditEvents.id, audit!.id)),
      patient: () => db().delete(patients).where(eq(patients.id, annaId)),
      file: () => db().delete(files).where(eq(files.id, fileId)),
    };
    for (const [what, run] of Object.entries(attempts)) {
      // 23001 restrict_violation, raised by refuse_medical_record_delete (or a foreign key holding the row).
      expect(await tryDelete(run), what).toMatch(/^23/);
    }
    expect(
      (await db().select({ id: conclusions.id }).from(conclusions).where(eq(conclusions.id, conclusion!.id)))
        .length,
    ).toBe(1);
  });

  it('lets a purge window delete only what is older than the configured retention', async () => {
    const years = api.deps.config.MEDICAL_RECORD_RETENTION_YEARS;
    const ago = (y: number) => sql`now() - make_interval(years => ${y}::int)`;
    const row = (y: number) => ({
      at: ago(y) as unknown as Date,
      action: 'lab_report.received',
      resourceType: 'DiagnosticReport',
      patientId: annaId,
      outcome: 'allowed' as const,
    });
    const [younger] = await db()
      .insert(auditEvents)
      .values(row(years - 1))
      .returning({ id: auditEvents.id });
    const [older] = await db()
      .insert(auditEvents)
      .values(row(years + 1))
      .returning({ id: auditEvents.id });
    const purge = (id: string) =>
      db().transaction(async (tx) => {
        await openRecordPurgeWindow(tx, years);
        await tx.delete(auditEvents).where(eq(auditEvents.id, id));
      });
    expect(await tryDelete(() => purge(younger!.id))).toBe('23001');
    expect(await tryDelete(() => purge(older!.id))).toBe('deleted');
    // Outside a window even the old row would have stayed.
    const [another] = await db()
      .insert(auditEvents)
      .values(row(years + 1))
      .returning({ id: auditEvents.id });
    expect(await tryDelete(() => db().delete(auditEvents).where(eq(auditEvents.id, another!.id)))).toBe(
      '23001',
    );
  });
});

describe("a lab's corrected report", () => {
  const bearer = () => ({ authorization: `Bearer ${api.deps.config.INTERNAL_API_SECRET}` });
  const deliver = (report: ReturnType<typeof demoDiagnosticReport>) =>
    api
      .client()
      .internal.labs[':partner'].reports.$post(
        { param: { partner: 'demo' }, json: report },
        { headers: bearer() },
      );

  it('is stored beside the original, which stays visible, and becomes the current value', async () => {
    const [location] = await db()
      .select({ id: labLocations.id })
      .from(labLocations)
      .where(eq(labLocations.partner, 'demo'));
    const [order] = await db()
      .insert(labOrders)
      .values({ patientId: annaId, testCodes: [labTests[0]!.code], status: 'sent', locationId: location!.id })
      .returning();
    const serviceRequest = (await buildServiceRequest(db(), order!.id))!;
    const original = demoDiagnosticReport(serviceRequest, { issuedAt: new Date(Date.now() - 60_000) });
    const first = await deliver(original);
    expect(first.status).toBe(201);
    const { reportId: originalId } = await parseResponse(first);

    // The lab corrects one value: same report id, status "corrected", issued later.
    const [firstValue] = original.contained;
    const corrected = {
      ...original,
      status: 'corrected' as const,
      issued: new Date().toISOString(),
      contained: original.contained.map((o) =>
        o.id === firstValue!.id
          ? { ...o, valueQuantity: { ...o.valueQuantity, value: o.valueQuantity.value + 1 } }
          : o,
      ),
    };
    const second = await deliver(corrected);
    expect(second.status).toBe(201);
    const { reportId: correctionId } = await parseResponse(second);
    expect(correctionId).not.toBe(originalId);
    // Delivered again, the correction is not stored twice; a repeated original changes nothing either.
    expect((await deliver(corrected)).status).toBe(200);
    expect((await deliver(original)).status).toBe(200);
    const stored = await db().select().from(labReports).where(eq(labReports.orderId, order!.id));
    expect(stored.map((r) => [r.id, r.status, r.amendsReportId]).sort()).toEqual(
      [
        [originalId, 'final', null],
        [correctionId, 'corrected', originalId],
      ].sort(),
    );

    const patient = api.client(anna).patients[':id'];
    const view = (reportId: string) =>
      parseResponse(patient['lab-reports'][':reportId'].$get({ param: { id: annaId, reportId } }));
    const before = await view(originalId);
    const after = await view(correctionId);
    expect(before.correctedBy?.id).toBe(correctionId);
    expect(after).toMatchObject({ status: 'corrected', amends: { id: originalId }, correctedBy: null });
    const loinc = after.observations[0]!.loinc;
    const originalValue = before.observations.find((o) => o.loinc === loinc)!.value;
    const correctedValue = after.observations.find((o) => o.loinc === loinc)!.value;

    // The trend shows the corrected value once, not both versions.
    const series = await parseResponse(
      patient.medcard.analytes[':loinc'].$get({ param: { id: annaId, loinc } }),
    );
    expect(series.points.some((p) => p.reportId === correctionId && p.value === correctedValue)).toBe(true);
    expect(series.points.some((p) => p.reportId === originalId)).toBe(false);
    expect(correctedValue).not.toBe(originalValue);

    // Both arrivals are in the patient's access log, in plain words, by the lab.
    const log = await parseResponse(patient['access-log'].$get({ param: { id: annaId }, query: {} }));
    expect(log.items.find((e) => e.action === 'lab_report.amended')).toMatchObject({
      who: { en: 'The partner lab' },
      what: { en: 'added a corrected lab result' },
    });
  });
});
