import { and, eq } from 'drizzle-orm';
import { type InferRequestType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointmentAttachments,
  appointments,
  auditEvents,
  labObservations,
  labOrders,
  labReports,
  notifications,
} from '../src/db/schema/index.js';
import type { ApiClient } from '../src/client.js';
import { uploadPdf } from './booking-fixtures.js';
import { type TestSession, useTestApi, problemOf } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let kuznetsov: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;
let ivanId: string;
let annaReportId: string;
let annaFileId: string;

/** A resulted lab order with one report, as the labs domain stores it. */
async function insertLabReport(patientId: string) {
  const db = api.deps.database.db;
  const [order] = await db
    .insert(labOrders)
    .values({ patientId, testCodes: ['cbc'], status: 'resulted', resultedAt: new Date() })
    .returning();
  const [report] = await db
    .insert(labReports)
    .values({
      orderId: order!.id,
      patientId,
      externalId: `test-${order!.id}`,
      issuedAt: new Date(),
      raw: { resourceType: 'DiagnosticReport' },
    })
    .returning();
  await db.insert(labObservations).values({
    reportId: report!.id,
    patientId,
    loinc: '718-7',
    name: { ru: 'Гемоглобин', en: 'Haemoglobin' },
    value: 105,
    unit: 'g/L',
    referenceLow: 120,
    referenceHigh: 150,
    flag: 'low',
    effectiveAt: new Date(),
  });
  return report!.id;
}

type Submission = InferRequestType<ApiClient['patients'][':id']['requests']['$post']>['json'];

const submit = (patientId: string, session: TestSession, json: Submission) =>
  api.client(session).patients[':id'].requests.$post({ param: { id: patientId }, header: {}, json });

const decoding = (): Submission => ({
  kind: 'test_decoding',
  specialtyCode: 'therapist',
  complaints: 'Слабость и быстрая утомляемость',
  purpose: 'Профилактический осмотр',
  format: 'written',
  labReportIds: [annaReportId],
  fileIds: [annaFileId],
});

const request = (session: TestSession) => api.client(session).requests[':id'];
const requestsOf = (patientId: string, session: TestSession) =>
  parseResponse(api.client(session).patients[':id'].requests.$get({ param: { id: patientId } }));
const inbox = (
  session: TestSession,
  query: InferRequestType<ApiClient['inbox']['requests']['$get']>['query'],
) => parseResponse(api.client(session).inbox.requests.$get({ query }));
const claim = (id: string, session: TestSession) => request(session).claim.$post({ param: { id } });

async function notificationsOf(accountId: string, requestId: string) {
  const rows = await api.deps.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.accountId, accountId));
  return rows
    .filter((n) => (n.data as { requestId?: string } | null)?.requestId === requestId)
    .map((n) => n.kind);
}

beforeAll(async () => {
  [anna, ivan, smirnova, lebedev, kuznetsov] = await Promise.all([
    api.login('anna.petrova@demo.telemed'),
    api.login('ivan.sokolov@demo.telemed'),
    api.login('dr.smirnova@demo.telemed'),
    api.login('dr.lebedev@demo.telemed'),
    api.login('dr.kuznetsov@demo.telemed'),
  ]);
  annaFamily = await familyOf(api, anna);
  ivanId = (await familyOf(api, ivan)).self.id;
  annaReportId = await insertLabReport(annaFamily.self.id);
  annaFileId = await uploadPdf(api, anna, annaFamily.self.id, 'заключение.pdf', 'conclusion');
});

describe('submitting a request', () => {
  it('refuses incomplete requests with 400 problem+json naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...decoding(), kind: 'second_opinion' }, 'diagnosisGiven'],
      [{ ...decoding(), labReportIds: [], fileIds: [] }, 'fileIds'],
      // Complaints are optional for a decoding (decoding-request.test.ts), required for a second opinion.
      [{ ...decoding(), kind: 'second_opinion', diagnosisGiven: 'ОРВИ', complaints: '' }, 'complaints'],
      [{ ...decoding(), kind: 'gossip' }, 'kind'],
      [{ ...decoding(), format: 'telepathy' }, 'format'],
      [{ ...decoding(), specialtyCode: 'astrologer' }, 'specialtyCode'],
    ];
    for (const [body, path] of cases) {
      // Raw: some of these bodies are of types the typed client would not send.
      const res = await api.request(`/patients/${annaFamily.self.id}/requests`, {
        method: 'POST',
        session: anna,
        json: body,
      });
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = await problemOf(res);
      expect(problem.errors?.map((e) => e.path)).toContain(path);
      expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
    }
  });

  it('refuses a doctor who does not practise the chosen specialty', async () => {
    const res = await submit(annaFamily.self.id, anna, {
      ...decoding(),
      practitionerId: await practitionerIdOf(api, { email: 'dr.kuznetsov@demo.telemed' }),
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('practitionerId');
  });

  it("refuses another family's documents and lab reports, and writes nothing", async () => {
    const ivanFile = await uploadPdf(api, ivan, ivanId, 'заключение.pdf', 'conclusion');
    const ivanReport = await insertLabReport(ivanId);
    const before = await requestsOf(annaFamily.self.id, anna);
    const foreignFile = await submit(annaFamily.self.id, anna, { ...decoding(), fileIds: [ivanFile] });
    expect(foreignFile.status).toBe(400);
    expect((await problemOf(foreignFile)).errors?.[0]?.path).toBe('fileIds');
    const foreignReport = await submit(annaFamily.self.id, anna, {
      ...decoding(),
      labReportIds: [annaReportId, ivanReport],
    });
    expect(foreignReport.status).toBe(400);
    expect((await problemOf(foreignReport)).errors?.[0]?.path).toBe('labReportIds');
    const after = await requestsOf(annaFamily.self.id, anna);
    expect(after.items.length).toBe(before.items.length);
    // Nor may a patient file a request for someone outside their family.
    expect((await submit(ivanId, anna, decoding())).status).toBe(404);
  });

  it('stores a decoding request with its documents and lab values, for the patient to follow', async () => {
    const res = await submit(annaFamily.self.id, anna, decoding());
    expect(res.status).toBe(201);
    const created = await parseResponse(res);
    expect(created.status).toBe('submitted');
    expect(created.actions).toEqual({ cancel: true, claim: false, answer: false, convert: false });
    const detail = await parseResponse(request(anna).$get({ param: { id: created.id } }));
    expect(detail.files.map((f) => f.id)).toEqual([annaFileId]);
    expect(detail.labReports[0]?.observations[0]).toMatchObject({ loinc: '718-7', flag: 'low' });
    const list = await requestsOf(annaFamily.self.id, anna);
    expect(list.items[0]?.id).toBe(created.id);
    const reports = await parseResponse(
      api.client(anna).patients[':id'].requests['lab-reports'].$get({ param: { id: annaFamily.self.id } }),
    );
    expect(reports.items.map((r) => r.id)).toContain(annaReportId);
  });

  it('lets a patient cancel only while nobody has claimed it', async () => {
    const created = await parseResponse(submit(annaFamily.self.id, anna, decoding()));
    const cancel = () => request(anna).cancel.$post({ param: { id: created.id } });
    const cancelled = await parseResponse(cancel());
    expect(cancelled.status).toBe('cancelled');
    expect((await cancel()).status).toBe(409);
    // A cancelled request leaves the doctors' view entirely.
    expect((await request(smirnova).$get({ param: { id: created.id } })).status).toBe(404);
  });
});

describe('the doctor inbox', () => {
  it('shows new requests to the specialty, hides them from other specialties, and audits reads', async () => {
    const created = await parseResponse(submit(annaFamily.self.id, anna, decoding()));
    const fresh = await inbox(smirnova, { status: 'new' });
    expect(fresh.items.map((i) => i.id)).toContain(created.id);
    // The seeded second opinion from Ivan waits for any therapist too.
    expect(fresh.items.some((i) => i.kind === 'second_opinion')).toBe(true);
    const paediatric = await inbox(kuznetsov, {});
    expect(paediatric.items.map((i) => i.id)).not.toContain(created.id);

    const read = (session: TestSession) => request(session).$get({ param: { id: created.id } });
    expect((await read(kuznetsov)).status).toBe(404);
    expect((await read(ivan)).status).toBe(404);
    expect((await read(smirnova)).status).toBe(200);
    const audit = await api.deps.database.db
      .select({ outcome: auditEvents.outcome, patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, created.id), eq(auditEvents.action, 'care_request.read')));
    expect(audit.filter((a) => a.outcome === 'denied')).toHaveLength(2);
    expect(
      audit.filter((a) => a.outcome === 'allowed').every((a) => a.patientId === annaFamily.self.id),
    ).toBe(true);
    // The patient cannot claim, and an assistant-free world: doctors cannot file for patients.
    expect((await claim(created.id, anna)).status).toBe(403);
    expect((await submit(annaFamily.self.id, smirnova, decoding())).status).toBe(403);
  });

  it('lets exactly one of two doctors claim a request at once, then only the claimer answers', async () => {
    const created = await parseResponse(submit(annaFamily.self.id, anna, decoding()));
    const claimAs = (session: TestSession) => claim(created.id, session);
    const results = await Promise.all([
      claimAs(smirnova),
      claimAs(lebedev),
      claimAs(smirnova),
      claimAs(lebedev),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    // A loser whose access check runs after the winner committed no longer sees the request at all (404);
    // one that got past the check loses the atomic update (409).
    expect(statuses.filter((s) => s === 200 || s === 409 || s === 404)).toHaveLength(4);
    const winner = results.findIndex((r) => r.status === 200) % 2 === 0 ? smirnova : lebedev;
    const loser = winner === smirnova ? lebedev : smirnova;
    const claimed = await parseResponse(results.find((r) => r.status === 200)!);
    expect(claimed.status).toBe('in_review');
    expect(claimed.actions.answer).toBe(true);

    // The colleague no longer sees it; the patient cannot cancel it any more.
    expect((await request(loser).$get({ param: { id: created.id } })).status).toBe(404);
    const answerBy = (session: TestSession, answer: string) =>
      request(session).answer.$post({ param: { id: created.id }, json: { answer } });
    expect((await answerBy(loser, 'Всё в порядке, повторите анализ через год.')).status).toBe(404);
    expect((await request(anna).cancel.$post({ param: { id: created.id } })).status).toBe(409);
    expect((await answerBy(winner, 'ok')).status).toBe(400);

    const answered = await parseResponse(
      answerBy(
        winner,
        'Гемоглобин снижен: нужен ферритин и приём терапевта. / Low haemoglobin: check ferritin.',
      ),
    );
    expect(answered.status).toBe('answered');
    expect(answered.answeredAt).not.toBeNull();
    expect((await answerBy(winner, 'Второй ответ на тот же запрос.')).status).toBe(409);

    const seen = await parseResponse(request(anna).$get({ param: { id: created.id } }));
    expect(seen.answer).toMatch(/ферритин/);
    expect(await notificationsOf(anna.accountId, created.id)).toEqual(
      expect.arrayContaining(['care_request.in_review', 'care_request.answered']),
    );
    const answeredTab = await inbox(winner, { status: 'answered' });
    expect(answeredTab.items.map((i) => i.id)).toContain(created.id);
  });

  it('keeps a request addressed to one doctor away from colleagues of the same specialty', async () => {
    const created = await parseResponse(
      submit(annaFamily.self.id, anna, {
        ...decoding(),
        practitionerId: await practitionerIdOf(api, { email: 'dr.smirnova@demo.telemed' }),
      }),
    );
    expect((await request(lebedev).$get({ param: { id: created.id } })).status).toBe(404);
    expect((await claim(created.id, lebedev)).status).toBe(404);
    expect((await claim(created.id, smirnova)).status).toBe(200);
  });

  it("converts a claimed request into a consultation in the doctor's own free slot, with its documents", async () => {
    const created = await parseResponse(
      submit(annaFamily.self.id, anna, {
        kind: 'second_opinion',
        specialtyCode: 'therapist',
        complaints: 'Боль в горле неделю',
        diagnosisGiven: 'Острый фарингит (J02.9)',
        treatmentGiven: 'Полоскания',
        format: 'consult',
        fileIds: [annaFileId],
        labReportIds: [],
      }),
    );
    expect((await claim(created.id, smirnova)).status).toBe(200);
    const smirnovaId = await practitionerIdOf(api, { email: 'dr.smirnova@demo.telemed' });
    const lebedevId = await practitionerIdOf(api, { email: 'dr.lebedev@demo.telemed' });
    const slotsOf = async (id: string) =>
      (
        await parseResponse(
          api.client(smirnova).doctors[':id'].slots.$get({ param: { id }, query: { days: '3' } }),
        )
      ).items;
    const [foreignSlot] = await slotsOf(lebedevId);
    const convert = (slotId: string) =>
      request(smirnova).convert.$post({ param: { id: created.id }, json: { slotId } });
    expect((await convert(foreignSlot!.id)).status).toBe(404);

    const [slot] = (await slotsOf(smirnovaId)).slice(5);
    const converted = await parseResponse(convert(slot!.id));
    expect(converted.status).toBe('consult_booked');
    const [appointment] = await api.deps.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, converted.appointmentId!));
    expect(appointment).toMatchObject({
      patientId: annaFamily.self.id,
      practitionerId: smirnovaId,
      slotId: slot!.id,
      format: 'video',
      urgency: 'planned',
      status: 'booked',
    });
    const attached = await api.deps.database.db
      .select()
      .from(appointmentAttachments)
      .where(eq(appointmentAttachments.appointmentId, appointment!.id));
    expect(attached.map((a) => a.fileId)).toEqual([annaFileId]);
    expect(await notificationsOf(anna.accountId, created.id)).toContain('care_request.consult_booked');
    // The slot is taken now, and the request cannot be converted twice.
    expect((await convert(slot!.id)).status).toBe(409);
    const mine = await inbox(smirnova, { status: 'consult_booked' });
    expect(mine.items.map((i) => i.id)).toContain(created.id);
  });

  it("notifies the guardian about a child's request", async () => {
    const child = annaFamily.children[0]!;
    const created = await parseResponse(
      submit(child.id, anna, {
        kind: 'second_opinion',
        specialtyCode: 'paediatrician',
        complaints: 'Кашель две недели',
        diagnosisGiven: 'ОРВИ',
        format: 'written',
        fileIds: [],
        labReportIds: [],
      }),
    );
    expect((await request(ivan).$get({ param: { id: created.id } })).status).toBe(404);
    expect((await request(smirnova).$get({ param: { id: created.id } })).status).toBe(404);
    expect((await claim(created.id, kuznetsov)).status).toBe(200);
    expect(await notificationsOf(anna.accountId, created.id)).toEqual(['care_request.in_review']);
  });
});
