import { and, eq } from 'drizzle-orm';
import { type InferResponseType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../src/client.js';
import { ageInYears } from '../src/lib/dates.js';
import {
  auditEvents,
  labLocations,
  labObservations,
  labOrders,
  labReports,
  notifications,
  patients,
} from '../src/db/schema/index.js';
import { labTests, referenceRange } from '../src/domains/catalogue/lab-tests.js';
import { labAdapters } from '../src/domains/labs/adapter.js';
import { findAnalyte } from '../src/domains/labs/analytes.js';
import { runDemoLab } from '../src/domains/labs/demo-lab/processor.js';
import { demoDiagnosticReport } from '../src/domains/labs/demo-lab/results.js';
import { sendOrder } from '../src/domains/labs/dispatch.js';
import { storeReport } from '../src/domains/labs/ingest.js';
import type { LabAdapter } from '../src/domains/labs/lab-adapter.js';
import { LAB_ORDER_MOVES, moveOrder, sourcesOf } from '../src/domains/labs/order-state.js';
import { cancelOrder, confirmOrder } from '../src/domains/labs/orders.js';
import { prescribeLabOrder } from '../src/domains/labs/prescribe.js';
import { buildServiceRequest } from '../src/domains/labs/service-request.js';
import { startProcessors } from '../src/runtime.js';
import { ProblemError } from '../src/http/problem.js';

import { useTestApi, type TestSession, problemOf } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();
const db = () => api.deps.database.db;

let anna: TestSession;
let ivan: TestSession;
let annaId: string;
let childId: string;
let locationId: string;

async function newOrder(patientId: string, codes: string[]) {
  const [row] = await db().insert(labOrders).values({ patientId, testCodes: codes }).returning();
  return row!;
}

const orderStatus = async (id: string) =>
  (await db().select({ s: labOrders.status }).from(labOrders).where(eq(labOrders.id, id)))[0]!.s;

const ordersOf = (patientId: string, session: TestSession) =>
  api.client(session).patients[':id']['lab-orders'].$get({ param: { id: patientId } });
const confirm = (id: string, session: TestSession, json: { locationId: string }) =>
  api.client(session)['lab-orders'][':id'].confirm.$post({ param: { id }, json });
const cancel = (id: string, session: TestSession) =>
  api.client(session)['lab-orders'][':id'].cancel.$post({ param: { id } });

beforeAll(async () => {
  // The demo lab answers within a moment here; every process reads its delay from the config.
  api.deps.config = { ...api.deps.config, DEMO_LAB_DELAY_MS: 50 };
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  const family = await familyOf(api, anna);
  annaId = family.self.id;
  childId = family.children[0]!.id;
  const [location] = await db().select({ id: labLocations.id }).from(labLocations);
  locationId = location!.id;
  startProcessors(api.deps);
});

describe('lab orders for the patient', () => {
  it('lists the seeded prescription and the lab locations', async () => {
    const res = await ordersOf(annaId, anna);
    expect(res.status).toBe(200);
    const { items } = await parseResponse(res);
    const prescribed = items.find((o) => o.status === 'prescribed');
    expect(prescribed?.tests.map((t) => t.name.en).join(' ')).toMatch(/lipid/i);
    expect(items.filter((o) => o.reportId).length).toBe(3);
    const locations = await parseResponse(api.client(anna)['lab-locations'].$get());
    expect(locations.items.length).toBeGreaterThanOrEqual(4);
    expect(new Set(locations.items.map((l) => l.city.en))).toEqual(new Set(['Moscow', 'Saint Petersburg']));
  });

  it('hides another family’s orders behind 404 and audits the refusal', async () => {
    expect((await ordersOf(annaId, ivan)).status).toBe(404);
    const order = await newOrder(annaId, [labTests[0]!.code]);
    const res = await confirm(order.id, ivan, { locationId });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await cancel(order.id, ivan)).status).toBe(404);
    const denied = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, order.id), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBe(2);
    expect(await orderStatus(order.id)).toBe('prescribed');
  });

  it('cancels only while the lab has not received the order', async () => {
    const order = await newOrder(annaId, [labTests[0]!.code]);
    expect((await cancel(order.id, anna)).status).toBe(200);
    expect(await orderStatus(order.id)).toBe('cancelled');
    expect((await cancel(order.id, anna)).status).toBe(409);
    expect((await confirm(order.id, anna, { locationId })).status).toBe(409);
    const sent = await newOrder(annaId, [labTests[0]!.code]);
    await db().update(labOrders).set({ status: 'sent' }).where(eq(labOrders.id, sent.id));
    expect((await cancel(sent.id, anna)).status).toBe(409);
  });

  it('lets a doctor of the patient read orders but not confirm them', async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    expect((await ordersOf(annaId, smirnova)).status).toBe(200);
    const order = await newOrder(annaId, [labTests[0]!.code]);
    expect((await confirm(order.id, smirnova, { locationId })).status).toBe(403);
  });

  it('refuses an unknown location', async () => {
    const order = await newOrder(annaId, [labTests[0]!.code]);
    const res = await confirm(order.id, anna, { locationId: crypto.randomUUID() });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('locationId');
  });
});

describe('confirm → lab-orders job → demo lab → results', () => {
  let order: InferResponseType<ApiClient['lab-orders'][':id']['confirm']['$post'], 200>;
  let reportId: string;

  it('confirms the order, sends it, and stores the demo lab’s report with correct flags', async () => {
    const { items } = await parseResponse(ordersOf(annaId, anna));
    const prescribed = items.find((o) => o.status === 'prescribed')!;
    const res = await confirm(prescribed.id, anna, { locationId });
    expect(res.status).toBe(200);
    order = await parseResponse(res);
    expect(order).toMatchObject({ status: 'confirmed', location: { id: locationId } });
    expect((await confirm(prescribed.id, anna, { locationId })).status).toBe(409);

    await expect.poll(() => orderStatus(order.id), { timeout: 15_000 }).toBe('resulted');
    const [report] = await db().select().from(labReports).where(eq(labReports.orderId, order.id));
    expect(report).toBeDefined();
    reportId = report!.id;
    const [row] = await db().select().from(labOrders).where(eq(labOrders.id, order.id));
    expect(row!.externalId).toMatch(/^DEMO-/);

    const values = await db().select().from(labObservations).where(eq(labObservations.reportId, reportId));
    const expected = order.tests.flatMap((t) => labTests.find((x) => x.code === t.code)!.analytes);
    expect(new Set(values.map((v) => v.loinc))).toEqual(new Set(expected.map((a) => a.loinc)));
    const [who] = await db().select().from(patients).where(eq(patients.id, annaId));
    for (const v of values) {
      const range = referenceRange(findAnalyte(v.loinc)!, {
        sex: who!.sex,
        ageYears: ageInYears(who!.birthDate),
      });
      expect([v.referenceLow, v.referenceHigh]).toEqual([range?.low ?? null, range?.high ?? null]);
      const flag =
        v.referenceLow !== null && v.value < v.referenceLow
          ? 'low'
          : v.referenceHigh !== null && v.value > v.referenceHigh
            ? 'high'
            : 'normal';
      expect(v.flag).toBe(flag);
      expect(v.unit).toBe(findAnalyte(v.loinc)!.unit);
    }
  });

  it('tells the patient the results are ready, once', async () => {
    await expect
      .poll(
        async () =>
          (
            await db()
              .select()
              .from(notifications)
              .where(eq(notifications.idempotencyKey, `lab-result:${reportId}`))
          ).length,
      )
      .toBe(1);
    const [n] = await db()
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `lab-result:${reportId}`));
    expect(n!.accountId).toBe(anna.accountId);
    expect(n!.kind).toBe('lab_result');
  });

  it('stores the report once however often the job or the lab runs again', async () => {
    const adapters = labAdapters(api.deps);
    expect((await sendOrder(db(), adapters, api.deps.logger, { orderId: order.id })).status).toBe('skipped');
    const serviceRequest = (await buildServiceRequest(db(), order.id))!;
    const again = await runDemoLab(db(), api.deps.queues.notifications, api.deps.logger, { serviceRequest });
    expect(again).toEqual({ reportId, created: false });
    expect((await db().select().from(labReports).where(eq(labReports.orderId, order.id))).length).toBe(1);
    const values = await db().select().from(labObservations).where(eq(labObservations.reportId, reportId));
    expect(values.length).toBe(new Set(values.map((v) => v.loinc)).size);
    expect(
      (
        await db()
          .select()
          .from(notifications)
          .where(eq(notifications.idempotencyKey, `lab-result:${reportId}`))
      ).length,
    ).toBe(1);
    // The demo lab is deterministic: the same order always yields the same values.
    const first = demoDiagnosticReport(serviceRequest, { issuedAt: new Date('2026-01-01T08:00:00Z') });
    const second = demoDiagnosticReport(serviceRequest, { issuedAt: new Date('2026-01-01T08:00:00Z') });
    expect(second).toEqual(first);
  });

  it('does the same for a child, notifying the guardian', async () => {
    const child = await newOrder(childId, [labTests[0]!.code]);
    expect((await confirm(child.id, anna, { locationId })).status).toBe(200);
    await expect.poll(() => orderStatus(child.id), { timeout: 15_000 }).toBe('resulted');
    const [report] = await db().select().from(labReports).where(eq(labReports.orderId, child.id));
    await expect
      .poll(
        async () =>
          (
            await db()
              .select()
              .from(notifications)
              .where(eq(notifications.idempotencyKey, `lab-result:${report!.id}`))
          )[0]?.accountId,
      )
      .toBe(anna.accountId);
  });
});

describe('the partner ingestion endpoint', () => {
  const bearer = () => ({ authorization: `Bearer ${api.deps.config.INTERNAL_API_SECRET}` });
  type Report = ReturnType<typeof demoDiagnosticReport>;
  /** Delivers a report as the partner `partner`, with the internal secret unless `signed` is false. */
  const deliver = (report: Report, { partner = 'demo', signed = true } = {}) =>
    api
      .client()
      .internal.labs[':partner'].reports.$post(
        { param: { partner }, json: report },
        signed ? { headers: bearer() } : {},
      );

  async function sentOrder() {
    const order = await newOrder(annaId, [labTests[0]!.code]);
    await db().update(labOrders).set({ status: 'sent', locationId }).where(eq(labOrders.id, order.id));
    const serviceRequest = (await buildServiceRequest(db(), order.id))!;
    return { order, report: demoDiagnosticReport(serviceRequest, { issuedAt: new Date() }) };
  }

  it('refuses callers without the internal secret', async () => {
    const { order, report } = await sentOrder();
    const res = await deliver(report, { signed: false });
    expect(res.status).toBe(401);
    expect(await orderStatus(order.id)).toBe('sent');
  });

  it('answers a malformed DiagnosticReport with a 400 problem naming the fields', async () => {
    const { report } = await sentOrder();
    // Raw: the typed client would not send a malformed report.
    const res = await api.request('/internal/labs/demo/reports', {
      method: 'POST',
      headers: bearer(),
      json: {
        ...report,
        contained: [{ ...report.contained[0], valueQuantity: { value: 'high' } }],
        issued: 'yesterday',
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const { errors } = await problemOf(res);
    expect(errors!.map((e) => e.path)).toEqual(expect.arrayContaining(['issued']));
  });

  it('stores a report once and answers 200 for the second delivery; another partner cannot post it', async () => {
    const { order, report } = await sentOrder();
    const wrong = await deliver(report, { partner: 'other-lab' });
    expect(wrong.status).toBe(404);
    const first = await deliver(report);
    expect(first.status).toBe(201);
    const second = await deliver(report);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect((await db().select().from(labReports).where(eq(labReports.orderId, order.id))).length).toBe(1);
    expect(await orderStatus(order.id)).toBe('resulted');
  });

  it('refuses a report about another patient', async () => {
    const { report } = await sentOrder();
    // Raw: the typed client would not send a malformed report.
    const res = await deliver({ ...report, subject: { reference: `Patient/${childId}` } });
    expect(res.status).toBe(400);
  });
});

describe('the lab order state machine', () => {
  it('names every move, and nothing leaves a cancelled order', () => {
    expect(LAB_ORDER_MOVES.cancelled).toEqual([]);
    expect(sourcesOf('confirmed')).toEqual(['prescribed']);
    expect(sourcesOf('cancelled')).toEqual(['prescribed', 'confirmed']);
    // A fast lab may report before its acceptance is recorded; a correction arrives on a resulted order.
    expect(sourcesOf('resulted')).toEqual(['confirmed', 'sent', 'resulted']);
  });

  it('refuses a move its state does not allow, in the database too', async () => {
    const db = api.deps.database.db;
    const [patient] = await db.select({ id: patients.id }).from(patients).limit(1);
    const order = await prescribeLabOrder(db, {
      patientId: patient!.id,
      practitionerId: null,
      testCodes: ['cbc'],
    });
    expect(await moveOrder(db, order!.id, 'sent')).toBeNull();
    expect(await moveOrder(db, order!.id, 'resulted')).toBeNull();
    expect(await moveOrder(db, order!.id, 'cancelled')).toMatchObject({ status: 'cancelled' });
    expect(await moveOrder(db, order!.id, 'confirmed')).toBeNull();
    const [row] = await db.select().from(labOrders).where(eq(labOrders.id, order!.id));
    expect(row!.status).toBe('cancelled');
  });
});

describe('the lab order state machine under races', () => {
  /** An order confirmed at a collection point, without its dispatch job: the test runs the job itself. */
  async function confirmedOrder() {
    const order = (await prescribeLabOrder(db(), {
      patientId: annaId,
      practitionerId: null,
      testCodes: ['cbc'],
    }))!;
    expect(await moveOrder(db(), order.id, 'confirmed', { locationId })).toMatchObject({
      status: 'confirmed',
    });
    const [location] = await db()
      .select({ partner: labLocations.partner })
      .from(labLocations)
      .where(eq(labLocations.id, locationId));
    return { order, partner: location!.partner };
  }
  /** A lab whose `submit` lets `meanwhile` happen to the order before it answers. */
  const labWhere = (partner: string, meanwhile: () => Promise<unknown>): Record<string, LabAdapter> => ({
    [partner]: {
      submit: async () => {
        await meanwhile();
        return { externalId: 'LAB-RACE-1' };
      },
    },
  });
  const rowOf = async (id: string) => (await db().select().from(labOrders).where(eq(labOrders.id, id)))[0]!;
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as ProblemError,
    );

  it('records the lab’s id on an order the lab reported before its acceptance was recorded', async () => {
    const { order, partner } = await confirmedOrder();
    const adapters = labWhere(partner, () => moveOrder(db(), order.id, 'resulted'));
    const sent = await sendOrder(db(), adapters, api.deps.logger, { orderId: order.id });
    expect(sent).toEqual({ status: 'sent', externalId: 'LAB-RACE-1' });
    const row = await rowOf(order.id);
    expect(row).toMatchObject({ status: 'resulted', externalId: 'LAB-RACE-1' });
    expect(row.sentAt).not.toBeNull();
  });

  it('says cancelled, not sent, when the patient cancelled while the job sent the order', async () => {
    const { order, partner } = await confirmedOrder();
    const adapters = labWhere(partner, () => moveOrder(db(), order.id, 'cancelled'));
    const sent = await sendOrder(db(), adapters, api.deps.logger, { orderId: order.id });
    expect(sent.status).toBe('cancelled');
    expect(await rowOf(order.id)).toMatchObject({ status: 'cancelled', externalId: null, sentAt: null });
  });

  it('explains a refused move by the status the order has now, not the one read before', async () => {
    const { order } = await confirmedOrder();
    await moveOrder(db(), order.id, 'sent');
    const cancel = await refusal(cancelOrder(db(), { id: order.id, status: 'confirmed' }));
    expect(cancel).toBeInstanceOf(ProblemError);
    expect([cancel!.status, cancel!.code]).toEqual([409, 'lab.order_not_cancellable']);
    expect(cancel!.detail).toMatch(/^The order is sent:/);
    expect(cancel!.extra.params).toEqual({ status: 'sent' });

    const other = (await prescribeLabOrder(db(), {
      patientId: annaId,
      practitionerId: null,
      testCodes: ['cbc'],
    }))!;
    await moveOrder(db(), other.id, 'cancelled');
    const confirm = await refusal(
      confirmOrder(
        db(),
        api.deps.queues.labOrders,
        { id: other.id, status: 'prescribed' },
        { locationId, accountId: anna.accountId },
      ),
    );
    expect([confirm!.status, confirm!.code, confirm!.detail]).toEqual([
      409,
      'lab.order_status',
      'The order is already cancelled.',
    ]);
  });

  it('stores no report on an order that cannot take results', async () => {
    const { order } = await confirmedOrder();
    const request = (await buildServiceRequest(db(), order.id))!;
    await moveOrder(db(), order.id, 'cancelled');
    const report = demoDiagnosticReport(request, { issuedAt: new Date() });
    const cancelled = await rowOf(order.id);
    await expect(db().transaction((tx) => storeReport(tx, cancelled, report))).rejects.toThrow(/resulted/);
    expect(await db().select().from(labReports).where(eq(labReports.orderId, order.id))).toEqual([]);
    expect((await rowOf(order.id)).status).toBe('cancelled');
  });
});
