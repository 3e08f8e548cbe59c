import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  bpReadings,
  labOrders,
  notifications,
  titrationProposals,
} from '../src/db/schema/index.js';
import { evaluateTitration } from '../src/domains/monitoring/titration/proposals.js';
import { type TestSession, useTestApi } from './harness.js';
import { endMonitoring } from './monitoring-fixtures.js';
import { familyOf } from './people.js';

const api = useTestApi();
const DAY = 86_400_000;

let smirnova: TestSession;
let kuznetsov: TestSession;
let orlova: TestSession;
let pavel: TestSession;
let anna: TestSession;
let pavelId: string;
let galinaId: string;
const db = () => api.deps.database.db;

/** Two readings a day (morning, evening) from `fromDay` for 7 days after `start`, all at sys/dia. */
async function week(patientId: string, start: Date, fromDay: number, sys: number, dia: number) {
  const rows = [];
  for (let d = 0; d < 7; d++) {
    for (const h of [4, 18]) {
      rows.push({
        patientId,
        measuredAt: new Date(start.getTime() + (fromDay + d) * DAY + h * 3_600_000),
        systolic: sys,
        diastolic: dia,
        source: 'manual' as const,
      });
    }
  }
  await db().insert(bpReadings).values(rows);
}

const titrationOf = (id: string, session: TestSession) =>
  api.client(session).monitoring.patients[':id'].titration.$get({ param: { id } });
const proposalApi = (session: TestSession) => api.client(session).monitoring.titration.proposals[':id'];
const approve = (session: TestSession, id: string, json: { step?: number } = {}) =>
  proposalApi(session).approve.$post({ param: { id }, json });
const decline = (session: TestSession, id: string, reason: string) =>
  proposalApi(session).decline.$post({ param: { id }, json: { reason } });
const proposalsOf = async (session: TestSession) =>
  (await parseResponse(api.client(session).monitoring.titration.proposals.$get())).items;

beforeAll(async () => {
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  kuznetsov = await api.login('dr.kuznetsov@demo.telemed', undefined, 'staff');
  orlova = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
  pavel = await api.login('pavel.orlov@demo.telemed');
  anna = await api.login('anna.petrova@demo.telemed');
  pavelId = (await familyOf(api, pavel)).self.id;
  const galina = await api.login('galina.ivanova@demo.telemed');
  galinaId = (await familyOf(api, galina)).self.id;
});

describe('attaching a protocol', () => {
  const attach = (session: TestSession, step = 1) =>
    api.client(session).monitoring.patients[':id'].titration.$put({
      param: { id: galinaId },
      json: { protocolCode: 'acei-ccb-thiazide', step },
    });

  it('is refused to another doctor and another patient (404) and the assistant (403), each refusal audited', async () => {
    expect((await attach(kuznetsov)).status).toBe(404);
    expect((await attach(orlova)).status).toBe(403);
    expect((await attach(pavel)).status).toBe(404);
    const refused = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'titration.attach'), eq(auditEvents.outcome, 'denied')));
    expect(refused.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects an unknown step', async () => {
    expect((await attach(smirnova, 9)).status).toBe(400);
  });

  it('the treating doctor attaches it at a step', async () => {
    const res = await attach(smirnova);
    expect(res.status).toBe(200);
    expect((await parseResponse(res)).plan).toMatchObject({ step: 1 });
  });

  it('saving the same step again keeps when the step started; a new step restarts it', async () => {
    const since = async (call: ReturnType<typeof attach>) => (await parseResponse(call)).plan!.since;
    const first = (await parseResponse(titrationOf(galinaId, smirnova))).plan!.since;
    expect(await since(attach(smirnova))).toBe(first);
    const stepped = await since(attach(smirnova, 2));
    expect(stepped > first).toBe(true);
    expect(await since(attach(smirnova))).not.toBe(stepped);
  });
});

describe('proposals', () => {
  it('are not made at exactly the target, and are made once above it after the interval', async () => {
    const start = new Date();
    // Step 1 interval is 14 days (protocols.ts). Exactly 135/85 is at target: no proposal.
    await week(galinaId, start, 30, 135, 85);
    expect(await evaluateTitration(db(), galinaId, new Date(start.getTime() + 37 * DAY))).toBeNull();
    // One mmHg above: the next step is proposed, with the evidence.
    await week(galinaId, start, 40, 136, 85);
    const at = new Date(start.getTime() + 47 * DAY);
    const proposal = await evaluateTitration(db(), galinaId, at);
    expect(proposal).toMatchObject({ fromStep: 1, proposedStep: 2, status: 'open' });
    expect(proposal!.evidence).toMatchObject({
      averageSystolic: 136,
      averageDiastolic: 85,
      averageReadings: 14,
      // The 14-day interval before day 47 holds days 33–36 of the first week (8) and the second week (14).
      readings: 22,
      expectedReadings: 28,
      adherence: 0.79,
    });
    // Repeated evaluation: still one open proposal.
    expect(await evaluateTitration(db(), galinaId, at)).toBeNull();
    const open = await db()
      .select()
      .from(titrationProposals)
      .where(and(eq(titrationProposals.patientId, galinaId), eq(titrationProposals.status, 'open')));
    expect(open).toHaveLength(1);
  });

  it('the assistant sees the proposal but cannot approve it (403)', async () => {
    const view = await parseResponse(titrationOf(galinaId, orlova));
    expect(view.proposal).toMatchObject({ proposedStep: 2, status: 'open' });
    const res = await approve(orlova, view.proposal!.id);
    expect(res.status).toBe(403);
  });

  it('a declined proposal keeps the step', async () => {
    const { proposal: open } = await parseResponse(titrationOf(galinaId, smirnova));
    const res = await decline(
      smirnova,
      open!.id,
      'Cough on the ACE inhibitor; switching class at the next visit',
    );
    expect(res.status).toBe(200);
    expect(await parseResponse(res)).toMatchObject({ status: 'declined' });
    const after = await parseResponse(titrationOf(galinaId, smirnova));
    expect(after).toMatchObject({ plan: { step: 1 }, proposal: null });
  });

  it('a declined proposal is not made again until a further interval has passed', async () => {
    // The doctor declined when the proposal was made (the decline above ran at the wall clock).
    const [declined] = await db()
      .select()
      .from(titrationProposals)
      .where(and(eq(titrationProposals.patientId, galinaId), eq(titrationProposals.status, 'declined')));
    const decidedAt = declined!.createdAt;
    await db().update(titrationProposals).set({ decidedAt }).where(eq(titrationProposals.id, declined!.id));
    // Still above the target for two more weeks.
    await week(galinaId, decidedAt, 1, 150, 92);
    await week(galinaId, decidedAt, 8, 150, 92);
    // A week after the decline the step's 14-day interval has not passed again: nothing is proposed.
    expect(await evaluateTitration(db(), galinaId, new Date(decidedAt.getTime() + 8 * DAY))).toBeNull();
    // A full interval after it, the step is proposed again.
    const again = await evaluateTitration(db(), galinaId, new Date(decidedAt.getTime() + 15 * DAY));
    expect(again).toMatchObject({ fromStep: 1, proposedStep: 2, status: 'open' });
    // It is in the treating doctor's list only.
    expect((await proposalsOf(smirnova)).map((p) => p.id)).toContain(again!.id);
    expect((await proposalsOf(kuznetsov)).map((p) => p.id)).not.toContain(again!.id);
    const res = await decline(smirnova, again!.id, 'Adherence first');
    expect(res.status).toBe(200);
  });

  it('other patients and other doctors do not see the plan', async () => {
    expect((await titrationOf(pavelId, anna)).status).toBe(404);
    expect((await titrationOf(pavelId, kuznetsov)).status).toBe(404);
  });

  it('the doctor approves: the step changes, lab checks are ordered and the patient is told', async () => {
    const seeded = (await proposalsOf(smirnova)).find((p) => p.patientId === pavelId);
    expect(seeded).toMatchObject({ proposedStep: 2 });
    const res = await approve(smirnova, seeded!.id);
    expect(res.status).toBe(200);
    const approved = await parseResponse(res);
    expect(approved).toMatchObject({ status: 'approved' });
    const [order] = await db().select().from(labOrders).where(eq(labOrders.id, approved.labOrderId!));
    expect(order).toMatchObject({ patientId: pavelId, status: 'prescribed' });
    expect([...order!.testCodes].sort()).toEqual(['creatinine', 'potassium']);
    const mine = await parseResponse(titrationOf(pavelId, pavel));
    expect(mine.plan).toMatchObject({ step: 2 });
    expect(mine.plan!.prescription.en).toMatch(/Perindopril 10 mg/);
    const told = await db()
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `titration-approved:${approved.id}`));
    expect(told).toHaveLength(1);
    // Approving twice is a conflict.
    const again = await approve(smirnova, seeded!.id);
    expect(again.status).toBe(409);
  });
});

describe('when monitoring ends', () => {
  it('an open proposal is closed with it and can no longer be approved', async () => {
    const start = new Date();
    await week(galinaId, start, 60, 150, 92);
    const proposal = await evaluateTitration(db(), galinaId, new Date(start.getTime() + 67 * DAY));
    expect(proposal).toMatchObject({ status: 'open' });
    const ended = await endMonitoring(api, smirnova, galinaId);
    expect(ended.status).toBe(200);
    const [closed] = await db()
      .select()
      .from(titrationProposals)
      .where(eq(titrationProposals.id, proposal!.id));
    expect(closed).toMatchObject({ status: 'declined', declineReason: 'Monitoring ended' });
    const res = await approve(smirnova, proposal!.id, { step: 3 });
    expect(res.status).toBe(409);
  });
});
