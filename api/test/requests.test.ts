import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  appointmentAttachments,
  appointments,
  auditEvents,
  labObservations,
  labOrders,
  labReports,
  notifications,
  practitioners,
} from '../src/db/schema/index.js';
import { json, type TestSession, useTestApi } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };
type Detail = {
  id: string;
  status: string;
  kind: string;
  answer: string | null;
  answeredAt: string | null;
  appointmentId: string | null;
  assignedTo: { id: string } | null;
  files: { id: string }[];
  labReports: { id: string; observations: { loinc: string; flag: string }[] }[];
  actions: { cancel: boolean; claim: boolean; answer: boolean; convert: boolean };
};
type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let kuznetsov: TestSession;
let annaFamily: Family;
let ivanId: string;
let annaReportId: string;
let annaFileId: string;

async function uploadPdf(patientId: string, session: TestSession) {
  const form = new FormData();
  form.set('file', new File([Buffer.concat([PDF, Buffer.from(String(Math.random()))])], 'заключение.pdf'));
  form.set('kind', 'conclusion');
  const res = await api.request(`/patients/${patientId}/files`, { method: 'POST', body: form, session });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

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

function submit(patientId: string, session: TestSession, body: Record<string, unknown>) {
  return api.request(`/patients/${patientId}/requests`, { method: 'POST', session, json: body });
}

const decoding = () => ({
  kind: 'test_decoding',
  specialtyCode: 'therapist',
  complaints: 'Слабость и быстрая утомляемость',
  purpose: 'Профилактический осмотр',
  format: 'written',
  labReportIds: [annaReportId],
  fileIds: [annaFileId],
});

async function practitionerId(email: string) {
  const [row] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(eq(accounts.email, email));
  return row!.id;
}

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
  annaFamily = await json<Family>(api.request('/me/family', { session: anna }));
  ivanId = (await json<Family>(api.request('/me/family', { session: ivan }))).self.id;
  annaReportId = await insertLabReport(annaFamily.self.id);
  annaFileId = await uploadPdf(annaFamily.self.id, anna);
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
      const res = await submit(annaFamily.self.id, anna, body);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await res.json()) as Problem;
      expect(problem.errors?.map((e) => e.path)).toContain(path);
      expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
    }
  });

  it('refuses a doctor who does not practise the chosen specialty', async () => {
    const res = await submit(annaFamily.self.id, anna, {
      ...decoding(),
      practitionerId: await practitionerId('dr.kuznetsov@demo.telemed'),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.[0]?.path).toBe('practitionerId');
  });

  it("refuses another family's documents and lab reports, and writes nothing", async () => {
    const ivanFile = await uploadPdf(ivanId, ivan);
    const ivanReport = await insertLabReport(ivanId);
    const before = await json<{ items: unknown[] }>(
      api.request(`/patients/${annaFamily.self.id}/requests`, { session: anna }),
    );
    const foreignFile = await submit(annaFamily.self.id, anna, { ...decoding(), fileIds: [ivanFile] });
    expect(foreignFile.status).toBe(400);
    expect(((await foreignFile.json()) as Problem).errors?.[0]?.path).toBe('fileIds');
    const foreignReport = await submit(annaFamily.self.id, anna, {
      ...decoding(),
      labReportIds: [annaReportId, ivanReport],
    });
    expect(foreignReport.status).toBe(400);
    expect(((await foreignReport.json()) as Problem).errors?.[0]?.path).toBe('labReportIds');
    const after = await json<{ items: unknown[] }>(
      api.request(`/patients/${annaFamily.self.id}/requests`, { session: anna }),
    );
    expect(after.items.length).toBe(before.items.length);
    // Nor may a patient file a request for someone outside their family.
    expect((await submit(ivanId, anna, decoding())).status).toBe(404);
  });

  it('stores a decoding request with its documents and lab values, for the patient to follow', async () => {
    const res = await submit(annaFamily.self.id, anna, decoding());
    expect(res.status).toBe(201);
    const created = (await res.json()) as Detail;
    expect(created.status).toBe('submitted');
    expect(created.actions).toEqual({ cancel: true, claim: false, answer: false, convert: false });
    const detail = await json<Detail>(api.request(`/requests/${created.id}`, { session: anna }));
    expect(detail.files.map((f) => f.id)).toEqual([annaFileId]);
    expect(detail.labReports[0]?.observations[0]).toMatchObject({ loinc: '718-7', flag: 'low' });
    const list = await json<{ items: { id: string }[] }>(
      api.request(`/patients/${annaFamily.self.id}/requests`, { session: anna }),
    );
    expect(list.items[0]?.id).toBe(created.id);
    const reports = await json<{ items: { id: string }[] }>(
      api.request(`/patients/${annaFamily.self.id}/requests/lab-reports`, { session: anna }),
    );
    expect(reports.items.map((r) => r.id)).toContain(annaReportId);
  });

  it('lets a patient cancel only while nobody has claimed it', async () => {
    const created = await json<Detail>(submit(annaFamily.self.id, anna, decoding()));
    const cancel = () => api.request(`/requests/${created.id}/cancel`, { method: 'POST', session: anna });
    const cancelled = await json<Detail>(cancel());
    expect(cancelled.status).toBe('cancelled');
    expect((await cancel()).status).toBe(409);
    // A cancelled request leaves the doctors' view entirely.
    expect((await api.request(`/requests/${created.id}`, { session: smirnova })).status).toBe(404);
  });
});

describe('the doctor inbox', () => {
  it('shows new requests to the specialty, hides them from other specialties, and audits reads', async () => {
    const created = await json<Detail>(submit(annaFamily.self.id, anna, decoding()));
    const inbox = await json<{ items: { id: string; kind: string }[] }>(
      api.request('/inbox/requests?status=new', { session: smirnova }),
    );
    expect(inbox.items.map((i) => i.id)).toContain(created.id);
    // The seeded second opinion from Ivan waits for any therapist too.
    expect(inbox.items.some((i) => i.kind === 'second_opinion')).toBe(true);
    const paediatric = await json<{ items: { id: string }[] }>(
      api.request('/inbox/requests', { session: kuznetsov }),
    );
    expect(paediatric.items.map((i) => i.id)).not.toContain(created.id);

    expect((await api.request(`/requests/${created.id}`, { session: kuznetsov })).status).toBe(404);
    expect((await api.request(`/requests/${created.id}`, { session: ivan })).status).toBe(404);
    expect((await api.request(`/requests/${created.id}`, { session: smirnova })).status).toBe(200);
    const audit = await api.deps.database.db
      .select({ outcome: auditEvents.outcome, patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, created.id), eq(auditEvents.action, 'care_request.read')));
    expect(audit.filter((a) => a.outcome === 'denied')).toHaveLength(2);
    expect(
      audit.filter((a) => a.outcome === 'allowed').every((a) => a.patientId === annaFamily.self.id),
    ).toBe(true);
    // The patient cannot claim, and an assistant-free world: doctors cannot file for patients.
    expect(
      (await api.request(`/requests/${created.id}/claim`, { method: 'POST', session: anna })).status,
    ).toBe(403);
    expect((await submit(annaFamily.self.id, smirnova, decoding())).status).toBe(403);
  });

  it('lets exactly one of two doctors claim a request at once, then only the claimer answers', async () => {
    const created = await json<Detail>(submit(annaFamily.self.id, anna, decoding()));
    const claim = (session: TestSession) =>
      api.request(`/requests/${created.id}/claim`, { method: 'POST', session });
    const results = await Promise.all([claim(smirnova), claim(lebedev), claim(smirnova), claim(lebedev)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    // A loser whose access check runs after the winner committed no longer sees the request at all (404);
    // one that got past the check loses the atomic update (409).
    expect(statuses.filter((s) => s === 200 || s === 409 || s === 404)).toHaveLength(4);
    const winner = results.findIndex((r) => r.status === 200) % 2 === 0 ? smirnova : lebedev;
    const loser = winner === smirnova ? lebedev : smirnova;
    const claimed = (await results.find((r) => r.status === 200)!.json()) as Detail;
    expect(claimed.status).toBe('in_review');
    expect(claimed.actions.answer).toBe(true);

    // The colleague no longer sees it; the patient cannot cancel it any more.
    expect((await api.request(`/requests/${created.id}`, { session: loser })).status).toBe(404);
    const answerBy = (session: TestSession, answer: string) =>
      api.request(`/requests/${created.id}/answer`, { method: 'POST', session, json: { answer } });
    expect((await answerBy(loser, 'Всё в порядке, повторите анализ через год.')).status).toBe(404);
    expect(
      (await api.request(`/requests/${created.id}/cancel`, { method: 'POST', session: anna })).status,
    ).toBe(409);
    expect((await answerBy(winner, 'ok')).status).toBe(400);

    const answered = await json<Detail>(
      answerBy(
        winner,
        'Гемоглобин снижен: нужен ферритин и приём терапевта. / Low haemoglobin: check ferritin.',
      ),
    );
    expect(answered.status).toBe('answered');
    expect(answered.answeredAt).not.toBeNull();
    expect((await answerBy(winner, 'Второй ответ на тот же запрос.')).status).toBe(409);

    const seen = await json<Detail>(api.request(`/requests/${created.id}`, { session: anna }));
    expect(seen.answer).toMatch(/ферритин/);
    expect(await notificationsOf(anna.accountId, created.id)).toEqual(
      expect.arrayContaining(['care_request.in_review', 'care_request.answered']),
    );
    const answeredTab = await json<{ items: { id: string }[] }>(
      api.request('/inbox/requests?status=answered', { session: winner }),
    );
    expect(answeredTab.items.map((i) => i.id)).toContain(created.id);
  });

  it('keeps a request addressed to one doctor away from colleagues of the same specialty', async () => {
    const created = await json<Detail>(
      submit(annaFamily.self.id, anna, {
        ...decoding(),
        practitionerId: await practitionerId('dr.smirnova@demo.telemed'),
      }),
    );
    expect((await api.request(`/requests/${created.id}`, { session: lebedev })).status).toBe(404);
    expect(
      (await api.request(`/requests/${created.id}/claim`, { method: 'POST', session: lebedev })).status,
    ).toBe(404);
    expect(
      (await api.request(`/requests/${created.id}/claim`, { method: 'POST', session: smirnova })).status,
    ).toBe(200);
  });

  it("converts a claimed request into a consultation in the doctor's own free slot, with its documents", async () => {
    const created = await json<Detail>(
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
    expect(
      (await api.request(`/requests/${created.id}/claim`, { method: 'POST', session: smirnova })).status,
    ).toBe(200);
    const smirnovaId = await practitionerId('dr.smirnova@demo.telemed');
    const lebedevId = await practitionerId('dr.lebedev@demo.telemed');
    const slotsOf = async (id: string) =>
      (
        await json<{ items: { id: string; formats: string[] }[] }>(
          api.request(`/doctors/${id}/slots?days=3`, { session: smirnova }),
        )
      ).items;
    const [foreignSlot] = await slotsOf(lebedevId);
    const convert = (slotId: string) =>
      api.request(`/requests/${created.id}/convert`, { method: 'POST', session: smirnova, json: { slotId } });
    expect((await convert(foreignSlot!.id)).status).toBe(404);

    const [slot] = (await slotsOf(smirnovaId)).slice(5);
    const converted = await json<Detail>(convert(slot!.id));
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
    const mine = await json<{ items: { id: string }[] }>(
      api.request('/inbox/requests?status=consult_booked', { session: smirnova }),
    );
    expect(mine.items.map((i) => i.id)).toContain(created.id);
  });

  it("notifies the guardian about a child's request", async () => {
    const child = annaFamily.children[0]!;
    const created = await json<Detail>(
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
    expect((await api.request(`/requests/${created.id}`, { session: ivan })).status).toBe(404);
    expect((await api.request(`/requests/${created.id}`, { session: smirnova })).status).toBe(404);
    expect(
      (await api.request(`/requests/${created.id}/claim`, { method: 'POST', session: kuznetsov })).status,
    ).toBe(200);
    expect(await notificationsOf(anna.accountId, created.id)).toEqual(['care_request.in_review']);
  });
});
