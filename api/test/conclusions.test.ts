import { and, eq, sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditEvents,
  careRequests,
  conclusions,
  labOrders,
  notifications,
} from '../src/db/schema/index.js';
import { labTests } from '../src/domains/catalogue/lab-tests.js';
import {
  annaAndSmirnova,
  finalise as finaliseAs,
  insertAppointment,
  saveDraft,
} from './consultation-fixtures.js';
import { useTestApi, type TestSession, problemOf } from './harness.js';

const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let ivan: TestSession;
let annaFamily: Awaited<ReturnType<typeof annaAndSmirnova>>['family'];
let smirnovaId: string;
let labCodes: [string, string];

const consultation = (patientId = annaFamily.self.id, status: 'in_progress' | 'booked' = 'in_progress') =>
  insertAppointment(api, {
    patientId,
    practitionerId: smirnovaId,
    bookedBy: anna,
    startsInMinutes: -10,
    status,
  });

/** Where the diagnosis was established in person: these consultations follow it up and prescribe (order 193n). */
const establishedAt = (code: string) => ({
  source: 'entered' as const,
  code,
  organisation: 'Городская поликлиника № 5',
  doctor: 'Терапевт Иванова Н. А.',
  date: '2026-03-12',
  document: 'Выписка из амбулаторной карты',
});

const draftBody = () => ({
  diagnosisCode: 'J06.9',
  establishedDiagnosis: establishedAt('J06.9'),
  complaints: 'Боль в горле, температура 38,2 °C второй день',
  findings: 'Зев гиперемирован, налётов нет. ЧДД 16, SpO2 98 %.',
  recommendations: 'Обильное тёплое питьё, полоскания, контроль температуры.',
  prescriptions: [{ drug: 'Парацетамол', dose: '500 мг', frequency: 'до 3 раз в день', duration: '3 дня' }],
  labTestCodes: [labCodes[0]],
  followUp: { kind: 'suggest' as const, specialtyCode: 'therapist', inDays: 7 },
});

const put = (appointmentId: string, json: Parameters<typeof saveDraft>[3], session = smirnova) =>
  saveDraft(api, session, appointmentId, json);
const finalise = (appointmentId: string, session = smirnova) => finaliseAs(api, session, appointmentId);
const forAppointment = (id: string, session = smirnova) =>
  api.client(session).appointments[':id'].conclusion.$get({ param: { id } });
const conclusion = (id: string, session: TestSession) =>
  api.client(session).conclusions[':id'].$get({ param: { id } });
const pdf = (id: string, session: TestSession, query: { locale?: 'en' } = {}) =>
  api.client(session).conclusions[':id'].pdf.$get({ param: { id }, query });
const archiveOf = (id: string, session: TestSession) =>
  api.client(session).patients[':id'].archive.$get({ param: { id } });
const correct = (id: string, reason: string, session = smirnova) =>
  api.client(session).conclusions[':id'].corrections.$post({ param: { id }, json: { reason } });

async function finalised(patientId = annaFamily.self.id) {
  const appt = await consultation(patientId);
  expect((await put(appt.id, draftBody())).status).toBe(200);
  const res = await finalise(appt.id);
  expect(res.status).toBe(200);
  return { appt, ...(await parseResponse(res)) };
}

async function rowOf(id: string) {
  const [row] = await api.deps.database.db.select().from(conclusions).where(eq(conclusions.id, id));
  return row!;
}

/** The text a PDF reader extracts (through the embedded fonts' ToUnicode maps), whitespace removed. */
async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  await pdf.destroy();
  return text.replace(/\s+/g, '');
}
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  ({ anna, smirnova, family: annaFamily, smirnovaId } = await annaAndSmirnova(api));
  lebedev = await api.login('dr.lebedev@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  labCodes = [labTests[0]!.code, labTests[1]!.code];
});

describe('drafts', () => {
  it('are created, updated field by field, and keep an ICD-10 snapshot with both names', async () => {
    const appt = await consultation();
    const empty = await parseResponse(forAppointment(appt.id));
    expect(empty).toEqual({ current: null, versions: [], signOpensAt: null });

    const created = await put(appt.id, draftBody());
    expect(created.status).toBe(200);
    const draft = await parseResponse(created);
    expect(draft).toMatchObject({ version: 1, status: 'draft', diagnosis: { code: 'J06.9' } });
    expect(draft.diagnosis!.name.ru).toMatch(/[а-я]/i);
    expect(draft.diagnosis!.name.en).toMatch(/[a-z]/i);
    expect(draft.labTests).toEqual([
      expect.objectContaining({ code: labCodes[0], loinc: expect.any(String) }),
    ]);

    const updated = await parseResponse(put(appt.id, { findings: 'Без особенностей' }));
    expect(updated).toMatchObject({
      id: draft.id,
      findings: 'Без особенностей',
      diagnosis: { code: 'J06.9' },
    });
    const current = await parseResponse(forAppointment(appt.id));
    expect(current.current!.id).toBe(draft.id);
    expect(current.versions).toHaveLength(1);
  });

  it('refuse unknown ICD-10 and lab codes with a problem+json naming the fields', async () => {
    const appt = await consultation();
    const badIcd = await put(appt.id, { diagnosisCode: 'Z99.99' });
    expect(badIcd.status).toBe(400);
    expect(badIcd.headers.get('content-type')).toContain('application/problem+json');
    expect((await problemOf(badIcd)).errors).toEqual([expect.objectContaining({ path: 'diagnosisCode' })]);
    const malformed = await put(appt.id, { diagnosisCode: 'sore throat' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    const badLab = await put(appt.id, { labTestCodes: ['NOT-A-TEST'] });
    expect(badLab.status).toBe(400);
    expect((await problemOf(badLab)).errors![0]!.path).toBe('labTestCodes');
    // Nothing was saved by the refused requests.
    const rows = await api.deps.database.db
      .select()
      .from(conclusions)
      .where(eq(conclusions.appointmentId, appt.id));
    expect(rows).toHaveLength(0);
  });

  it("belong to the consultation's doctor only: another doctor gets 404, a patient 403", async () => {
    const appt = await consultation();
    expect((await put(appt.id, draftBody())).status).toBe(200);
    expect((await put(appt.id, draftBody(), lebedev)).status).toBe(404);
    expect((await forAppointment(appt.id, lebedev)).status).toBe(404);
    expect((await finalise(appt.id, lebedev)).status).toBe(404);
    expect((await put(appt.id, draftBody(), anna)).status).toBe(403);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.resourceId, appt.id),
          eq(auditEvents.actorAccountId, lebedev.accountId),
          eq(auditEvents.outcome, 'denied'),
        ),
      );
    expect(denied.map((e) => e.action).sort()).toEqual([
      'conclusion.finalise',
      'conclusion.read',
      'conclusion.save_draft',
    ]);
  });

  it('are invisible to the patient until final', async () => {
    const appt = await consultation();
    const draft = await parseResponse(put(appt.id, draftBody()));
    expect((await conclusion(draft.id, anna)).status).toBe(404);
    expect((await conclusion(draft.id, smirnova)).status).toBe(200);
    const archive = await parseResponse(archiveOf(annaFamily.self.id, anna));
    expect(archive.conclusions.map((c) => c.id)).not.toContain(draft.id);
  });
});

describe('finalising', () => {
  it('needs a diagnosis', async () => {
    const appt = await consultation();
    await put(appt.id, { findings: 'Осмотр без особенностей' });
    const res = await finalise(appt.id);
    expect(res.status).toBe(400);
    expect((await rowOf((await parseResponse(put(appt.id, {}))).id)).status).toBe('draft');
  });

  it('in one transaction makes it final, orders the lab tests and completes the consultation', async () => {
    const { appt, conclusion, labOrder } = await finalised();
    expect(conclusion).toMatchObject({ status: 'final', version: 1 });
    const db = api.deps.database.db;
    const [order] = await db.select().from(labOrders).where(eq(labOrders.conclusionId, conclusion.id));
    expect(order).toMatchObject({
      id: labOrder!.id,
      status: 'prescribed',
      testCodes: [labCodes[0]],
      orderedByPractitionerId: smirnovaId,
      patientId: annaFamily.self.id,
    });
    const [completed] = await db.select().from(appointments).where(eq(appointments.id, appt.id));
    expect(completed!.status).toBe('completed');
    // The id of the transaction that last wrote each row: one and the same for all three.
    // postgres-js answers execute() with an array of rows.
    const xids = (await db.execute(sql`
      select xmin::text as xmin from conclusions where id = ${conclusion.id}
      union all select xmin::text from lab_orders where id = ${order!.id}
      union all select xmin::text from appointments where id = ${appt.id}`)) as unknown as { xmin: string }[];
    const ids = xids.map((r) => r.xmin);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('is refused before the consultation has started (a draft is kept), and allowed once its call began', async () => {
    const appt = await insertAppointment(api, {
      patientId: annaFamily.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 6,
    });
    expect((await put(appt.id, draftBody())).status).toBe(200);
    const signFrom = appt.startsAt.toISOString();
    expect((await parseResponse(forAppointment(appt.id))).signOpensAt).toBe(signFrom);
    const refused = await finalise(appt.id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await problemOf(refused)).toMatchObject({
      code: 'conclusion.not_started',
      params: { signFrom },
      detail: `The consultation has not started yet; you can sign from ${signFrom}.`,
    });
    const db = api.deps.database.db;
    const [untouched] = await db.select().from(appointments).where(eq(appointments.id, appt.id));
    expect(untouched!.status).toBe('booked');
    expect(await db.select().from(conclusions).where(eq(conclusions.appointmentId, appt.id))).toMatchObject([
      { status: 'draft' },
    ]);
    expect(
      await db.select().from(notifications).where(eq(notifications.accountId, anna.accountId)),
    ).not.toEqual(
      expect.arrayContaining([
        expect.objectContaining({ data: expect.objectContaining({ appointmentId: appt.id }) }),
      ]),
    );

    // The call began early (the room opens 15 minutes before): the consultation has started.
    await db
      .update(appointments)
      .set({ status: 'in_progress', startedAt: new Date() })
      .where(eq(appointments.id, appt.id));
    expect((await parseResponse(forAppointment(appt.id))).signOpensAt).toBeNull();
    expect((await finalise(appt.id)).status).toBe(200);
  });

  it('is allowed once the start time is reached, even with no call (a chat, an audio call by phone)', async () => {
    const appt = await insertAppointment(api, {
      patientId: annaFamily.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: -1,
      format: 'chat',
    });
    expect((await parseResponse(forAppointment(appt.id))).signOpensAt).toBeNull();
    expect((await put(appt.id, draftBody())).status).toBe(200);
    expect((await finalise(appt.id)).status).toBe(200);
  });

  it("notifies the patient once per event, and a finalised conclusion can't be finalised again", async () => {
    const { appt, conclusion } = await finalised();
    expect((await finalise(appt.id)).status).toBe(409);
    const sent = await api.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, anna.accountId));
    const keys = sent.map((n) => n.idempotencyKey);
    expect(keys.filter((k) => k === `conclusion-ready:${conclusion.id}`)).toHaveLength(1);
    expect(keys.filter((k) => k === `tests-prescribed:${conclusion.id}`)).toHaveLength(1);
  });

  it('leaves final rows untouched: edits are refused and nothing changes in the database', async () => {
    const { appt, conclusion } = await finalised();
    const before = await rowOf(conclusion.id);
    const edit = await put(appt.id, { findings: 'Переписано задним числом', diagnosisCode: 'I10' });
    expect(edit.status).toBe(409);
    expect((await finalise(appt.id)).status).toBe(409);
    expect(await rowOf(conclusion.id)).toEqual(before);
  });
});

describe('corrections', () => {
  it('are new versions that supersede the old one, which stays readable', async () => {
    const { appt, conclusion: v1 } = await finalised();
    const v1Row = await rowOf(v1.id);
    // Sent raw: the typed client would not let a correction without its reason through.
    const unreasoned = await api.request(`/conclusions/${v1.id}/corrections`, {
      method: 'POST',
      json: {},
      session: smirnova,
    });
    expect(unreasoned.status).toBe(400);
    expect((await correct(v1.id, 'чужая попытка', lebedev)).status).toBe(404);
    const opened = await correct(v1.id, 'Уточнён диагноз после осмотра ЛОР');
    expect(opened.status).toBe(201);
    const v2 = await parseResponse(opened);
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      supersedesId: v1.id,
      correctionReason: 'Уточнён диагноз после осмотра ЛОР',
      diagnosis: { code: 'J06.9' },
    });
    expect((await correct(v1.id, 'ещё одна')).status).toBe(409);

    // While the correction is a draft the patient still sees version 1 only.
    const during = await parseResponse(conclusion(v1.id, anna));
    expect(during.versions.map((v) => v.version)).toEqual([1]);

    expect(
      (
        await put(appt.id, {
          diagnosisCode: 'I10',
          establishedDiagnosis: establishedAt('I10'),
          labTestCodes: labCodes,
        })
      ).status,
    ).toBe(200);
    const done = await parseResponse(finalise(appt.id));
    expect(done.conclusion).toMatchObject({ id: v2.id, status: 'final', diagnosis: { code: 'I10' } });
    expect(done.versions.map((v) => [v.version, v.status, v.superseded])).toEqual([
      [1, 'final', true],
      [2, 'final', false],
    ]);
    // Only the newly added test is ordered; the first one is already on its way.
    expect(done.labOrder!.testCodes).toEqual([labCodes[1]]);
    expect(await rowOf(v1.id)).toEqual(v1Row);

    const old = await parseResponse(conclusion(v1.id, anna));
    expect(old.conclusion).toMatchObject({ diagnosis: { code: 'J06.9' }, supersededById: v2.id });
    const archive = await parseResponse(archiveOf(annaFamily.self.id, anna));
    const entries = archive.conclusions.filter((c) => c.id === v1.id || c.id === v2.id);
    expect(entries).toEqual([expect.objectContaining({ id: v2.id, version: 2, corrected: true })]);
    // Version 1 was corrected already: a second correction must start from version 2.
    expect((await correct(v1.id, 'от старой версии')).status).toBe(409);
  });
});

describe('the archive', () => {
  it("lists a patient's final conclusions newest first with answered requests, for the family only", async () => {
    const first = await finalised();
    const second = await finalised();
    const db = api.deps.database.db;
    const [request] = await db
      .insert(careRequests)
      .values({
        kind: 'test_decoding',
        patientId: annaFamily.self.id,
        submittedByAccountId: anna.accountId,
        specialtyCode: 'therapist',
        assignedPractitionerId: smirnovaId,
        status: 'answered',
        complaints: 'Расшифруйте анализ крови',
        answer: 'Показатели в пределах нормы.',
        answeredAt: new Date(),
      })
      .returning();
    const res = await archiveOf(annaFamily.self.id, anna);
    expect(res.status).toBe(200);
    const archive = await parseResponse(res);
    const ids = archive.conclusions.map((c) => c.id);
    expect(ids.indexOf(second.conclusion.id)).toBeLessThan(ids.indexOf(first.conclusion.id));
    expect(archive.answeredRequests).toContainEqual(
      expect.objectContaining({
        id: request!.id,
        answer: 'Показатели в пределах нормы.',
        doctor: { id: smirnovaId, fullName: expect.anything() },
      }),
    );

    for (const read of [
      (session: TestSession) => archiveOf(annaFamily.self.id, session),
      (session: TestSession) => conclusion(first.conclusion.id, session),
      (session: TestSession) => pdf(first.conclusion.id, session),
    ]) {
      expect((await read(ivan)).status).toBe(404);
      expect((await read(lebedev)).status).toBe(404);
    }
    // The treating doctor may read the patient's archive too.
    expect((await archiveOf(annaFamily.self.id, smirnova)).status).toBe(200);
  });

  it("shows a child's conclusion to the guardian, who is the one notified", async () => {
    const child = annaFamily.children[0]!;
    const { conclusion: final } = await finalised(child.id);
    const archive = await parseResponse(archiveOf(child.id, anna));
    expect(archive.conclusions.map((c) => c.id)).toContain(final.id);
    expect((await conclusion(final.id, anna)).status).toBe(200);
    const [note] = await api.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `conclusion-ready:${final.id}`));
    expect(note!.accountId).toBe(anna.accountId);
    expect(note!.data).toMatchObject({ patientId: child.id });
  });

  it('audits every read, allowed and denied', async () => {
    const { conclusion: final } = await finalised();
    await conclusion(final.id, anna);
    await pdf(final.id, anna);
    await conclusion(final.id, ivan);
    const events = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.resourceId, final.id));
    const seen = events.map((e) => [e.action, e.actorAccountId, e.outcome, e.patientId]);
    expect(seen).toContainEqual(['conclusion.read', anna.accountId, 'allowed', annaFamily.self.id]);
    expect(seen).toContainEqual(['conclusion.pdf', anna.accountId, 'allowed', annaFamily.self.id]);
    expect(seen).toContainEqual(['conclusion.read', ivan.accountId, 'denied', null]);
    const archiveReads = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'conclusion.archive'), eq(auditEvents.actorAccountId, ivan.accountId)),
      );
    expect(archiveReads.every((e) => e.outcome === 'denied')).toBe(true);
  });
});

describe('the PDF', () => {
  it('is a PDF whose extracted text keeps the Cyrillic, in the patient’s language by default', async () => {
    const { conclusion } = await finalised();
    const res = await pdf(conclusion.id, anna);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain(squash('Заключение по результатам консультации'));
    expect(text).toContain(squash('Петрова Анна Сергеевна'));
    expect(text).toContain(squash(`J06.9 — ${conclusion.diagnosis!.name.ru}`));
    expect(text).toContain('Парацетамол');
    expect(text).toContain(squash('Боль в горле, температура 38,2 °C второй день'));
    expect(text).toMatch(/LOINC/);
  });

  it('prints English labels on request and marks a corrected version', async () => {
    const { appt, conclusion } = await finalised();
    await correct(conclusion.id, 'Исправлена дозировка');
    await finalise(appt.id);
    const [v2] = await api.deps.database.db
      .select()
      .from(conclusions)
      .where(and(eq(conclusions.appointmentId, appt.id), eq(conclusions.version, 2)));
    const res = await pdf(v2!.id, anna, { locale: 'en' });
    expect(res.status).toBe(200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(squash('Consultation conclusion'));
    expect(text).toContain(squash('Anna Petrova'));
    expect(text).toMatch(/Version2,correctedon/);
    expect(text).toContain(squash('Исправлена дозировка'));
  });
});
