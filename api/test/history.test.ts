import { and, eq } from 'drizzle-orm';
import { type InferResponseType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../src/client.js';
import {
  appointments,
  auditEvents,
  careRequests,
  conclusions,
  labObservations,
  labOrders,
  labReports,
} from '../src/db/schema/index.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let kuznetsov: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;

const summaryOf = (patientId: string, session: TestSession) =>
  api.client(session).patients[':id']['clinical-summary'].$get({ param: { id: patientId } });
type Summary = InferResponseType<ApiClient['patients'][':id']['clinical-summary']['$get'], 200>;
const usage = (summary: Summary, service: string) =>
  summary.insurance!.services.find((s) => s.service === service)!;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed');
  kuznetsov = await api.login('dr.kuznetsov@demo.telemed');
  annaFamily = await familyOf(api, anna);
});

describe('clinical summary', () => {
  it('shows the programme with this year’s use, current final conclusions and the latest lab values', async () => {
    const db = api.deps.database.db;
    const patientId = annaFamily.self.id;
    const before = await parseResponse(summaryOf(patientId, smirnova));
    expect(before.insurance!.programme.name.en).toMatch(/\S/);
    expect(before.insurance!.year).toBe(new Date().getUTCFullYear());

    const doctor = await practitionerIdOf(api, { email: 'dr.smirnova@demo.telemed' });
    const thisYear = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 2, 9));
    const lastYear = new Date(Date.UTC(new Date().getUTCFullYear() - 1, 5, 1, 9));
    const consult = (startsAt: Date, status: 'completed' | 'cancelled') => ({
      patientId,
      practitionerId: doctor,
      specialtyCode: 'therapist',
      format: 'video' as const,
      urgency: 'planned' as const,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: anna.accountId,
    });
    // Counted: one completed consult this year. Not counted: a cancelled one, and last year's.
    const [done] = await db
      .insert(appointments)
      .values([
        consult(thisYear, 'completed'),
        consult(thisYear, 'cancelled'),
        consult(lastYear, 'completed'),
      ])
      .returning();

    // v1 final, corrected by v2 final: only v2 counts. A draft never shows.
    const base = {
      appointmentId: done!.id,
      patientId,
      practitionerId: doctor,
      authorAccountId: smirnova.accountId,
      status: 'final' as const,
    };
    const [v1] = await db
      .insert(conclusions)
      .values({
        ...base,
        version: 1,
        diagnosis: { code: 'J06.9', name: { ru: 'ОРВИ', en: 'Acute upper respiratory infection' } },
        finalisedAt: new Date(thisYear.getTime() + 3600_000),
      })
      .returning();
    const [v2] = await db
      .insert(conclusions)
      .values({
        ...base,
        version: 2,
        supersedesId: v1!.id,
        diagnosis: { code: 'J02.9', name: { ru: 'Острый фарингит', en: 'Acute pharyngitis' } },
        correctionReason: 'Pharyngitis on examination',
        finalisedAt: new Date(thisYear.getTime() + 7200_000),
      })
      .returning();
    await db.insert(conclusions).values({ ...base, version: 3, status: 'draft' });

    // Two lab orders this year (one cancelled, not counted); results for glucose twice: the newer wins.
    const [order] = await db
      .insert(labOrders)
      .values([
        { patientId, testCodes: ['glucose'], status: 'resulted', orderedByPractitionerId: doctor },
        { patientId, testCodes: ['cbc'], status: 'cancelled', orderedByPractitionerId: doctor },
      ])
      .returning();
    const [olderOrder] = await db
      .insert(labOrders)
      .values({ patientId, testCodes: ['glucose'], status: 'resulted', createdAt: lastYear })
      .returning();
    const glucose = (reportId: string, value: number, at: Date) => ({
      reportId,
      patientId,
      loinc: '2345-7',
      name: { ru: 'Глюкоза', en: 'Glucose' },
      value,
      unit: 'mmol/L',
      referenceLow: 3.9,
      referenceHigh: 5.5,
      flag: value > 5.5 ? ('high' as const) : ('normal' as const),
      effectiveAt: at,
    });
    const [newer] = await db
      .insert(labReports)
      .values({ orderId: order!.id, patientId, externalId: 'r-new', issuedAt: new Date(), raw: {} })
      .returning();
    const [older] = await db
      .insert(labReports)
      .values({ orderId: olderOrder!.id, patientId, externalId: 'r-old', issuedAt: lastYear, raw: {} })
      .returning();
    await db
      .insert(labObservations)
      .values([glucose(newer!.id, 6.4, new Date()), glucose(older!.id, 5.0, lastYear)]);

    // A second opinion asked this year counts against its annual limit; a cancelled one does not.
    const request = (status: 'submitted' | 'cancelled') => ({
      kind: 'second_opinion' as const,
      patientId,
      submittedByAccountId: anna.accountId,
      specialtyCode: 'gastroenterologist',
      status,
      complaints: 'Heartburn for a month',
    });
    await db.insert(careRequests).values([request('submitted'), request('cancelled')]);

    const after = await parseResponse(summaryOf(patientId, smirnova));
    expect(usage(after, 'telemedicine').used).toBe(usage(before, 'telemedicine').used! + 1);
    expect(usage(after, 'lab').used).toBe(usage(before, 'lab').used! + 1);
    const second = usage(after, 'second_opinion');
    expect(second.used).toBe(usage(before, 'second_opinion').used! + 1);
    // dms-full allows three second opinions a year (demo programme).
    expect(second).toMatchObject({ status: 'included', annualLimit: 3 });
    expect(second.remaining).toBe(Math.max(0, 3 - second.used!));
    expect(usage(after, 'in_person').used).toBeNull();

    expect(after.priorConclusions[0]).toMatchObject({
      id: v2!.id,
      version: 2,
      diagnosis: { code: 'J02.9' },
      practitioner: { fullName: { en: 'Elena Smirnova' } },
    });
    expect(after.priorConclusions.map((c) => c.id)).not.toContain(v1!.id);
    expect(after.priorConclusions.length).toBeLessThanOrEqual(5);
    expect(after.recentLabs.filter((l) => l.loinc === '2345-7')).toEqual([
      expect.objectContaining({ value: 6.4, flag: 'high' }),
    ]);

    const history = await parseResponse(
      api.client(smirnova).patients[':id'].history.$get({ param: { id: patientId } }),
    );
    const row = history.consults.find((c) => c.id === done!.id)!;
    expect(row).toMatchObject({
      status: 'completed',
      conclusion: { version: 2, diagnosis: { code: 'J02.9' } },
    });
    expect(history.consults.some((c) => c.status === 'cancelled')).toBe(true);
    expect(history.labReports.map((r) => r.id)).toEqual(expect.arrayContaining([newer!.id, older!.id]));
    expect(history.labReports.find((r) => r.id === newer!.id)!.observations).toHaveLength(1);
    expect(history.requests.filter((r) => r.kind === 'second_opinion').map((r) => r.status)).toEqual(
      expect.arrayContaining(['submitted', 'cancelled']),
    );
  });

  it('shows a child with their guardian to the paediatrician, and a monitored patient’s home BP', async () => {
    // Dr Kuznetsov has a consultation booked with Misha (demo seed).
    const misha = annaFamily.children.find((ch) => ch.fullName.en === 'Mikhail Petrov')!.id;
    const summary = await parseResponse(summaryOf(misha, kuznetsov));
    expect(summary.patient.isChild).toBe(true);
    expect(summary.guardian?.id).toBe(annaFamily.self.id);
    expect(summary.bloodPressure).toBeNull();

    const nikolai = await api.login('nikolai.volkov@demo.telemed');
    const nikolaiId = (await familyOf(api, nikolai)).self.id;
    const monitored = await parseResponse(summaryOf(nikolaiId, smirnova));
    expect(monitored.bloodPressure).toMatchObject({ readings: expect.any(Number) });
  });
});

describe('refusals and audit', () => {
  it('answers 404 to a doctor without a relation, to another family and to the patient, and audits each', async () => {
    const patientId = annaFamily.self.id;
    for (const path of ['clinical-summary', 'history'] as const) {
      const read = (session?: TestSession) =>
        api.client(session).patients[':id'][path].$get({ param: { id: patientId } });
      expect((await read(kuznetsov)).status).toBe(404);
      expect((await read(ivan)).status).toBe(404);
      expect((await read(anna)).status).toBe(404);
      expect((await read()).status).toBe(401);
    }
    const db = api.deps.database.db;
    const denied = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, kuznetsov.accountId),
          eq(auditEvents.action, 'clinical-summary.read'),
          eq(auditEvents.resourceId, patientId),
        ),
      );
    expect(denied).toEqual([
      expect.objectContaining({ outcome: 'denied', patientId: null, actorRole: 'doctor' }),
    ]);
    const allowed = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, smirnova.accountId),
          eq(auditEvents.action, 'history.read'),
          eq(auditEvents.patientId, patientId),
        ),
      );
    expect(allowed.length).toBeGreaterThan(0);
    expect(allowed.every((a) => a.outcome === 'allowed')).toBe(true);
  });

  it('lists a doctor’s own patients, searchable by name in either language, and nobody else’s', async () => {
    const mine = (q?: string) =>
      api.client(smirnova).me.patients.$get({ query: q === undefined ? {} : { q } });
    const all = await parseResponse(mine());
    const names = all.items.map((p) => p.fullName.en);
    expect(names).toEqual(expect.arrayContaining(['Anna Petrova', 'Ivan Sokolov']));
    expect(all.items.map((p) => p.id)).not.toContain(annaFamily.children[0]!.id);
    const en = await parseResponse(mine('petrov'));
    expect(en.items.map((p) => p.fullName.en)).toEqual(['Anna Petrova']);
    const ru = await parseResponse(mine('Петрова'));
    expect(ru.items.map((p) => p.id)).toEqual([annaFamily.self.id]);
    const wildcard = await parseResponse(mine('%'));
    expect(wildcard.items).toEqual([]);
    expect((await api.client(anna).me.patients.$get({ query: {} })).status).toBe(403);
    const listed = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorAccountId, smirnova.accountId), eq(auditEvents.action, 'patient.list')));
    expect(listed.length).toBeGreaterThan(0);
  });
});
