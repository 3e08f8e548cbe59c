import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conclusions } from '../src/db/schema/index.js';
import { matchesEstablished } from '../src/domains/conclusions/consultation-type.js';
import {
  annaAndSmirnova,
  finalise as finaliseAs,
  insertAppointment,
  saveDraft,
} from './consultation-fixtures.js';
import { useTestApi, type TestSession, problemOf, refused } from './harness.js';
import { familyOf } from './people.js';

// Order 193n (2025) / 323-FZ art. 36.2 part 3: a remote first contact gives a preliminary diagnosis, must
// recommend an in-person visit and prescribes nothing; a remote follow-up of a diagnosis established in person
// may correct its treatment.
const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let annaId: string;
let ivanId: string;
let smirnovaId: string;

const consultation = async (
  patientId: string,
  format: 'video' | 'chat' | 'in_person' = 'video',
  startsInMinutes = -10,
) =>
  (
    await insertAppointment(api, {
      patientId,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes,
      format,
      status: 'in_progress',
    })
  ).id;

const put = (id: string, json: Parameters<typeof saveDraft>[3], session = smirnova) =>
  saveDraft(api, session, id, json);
const finalise = (id: string, session = smirnova) => finaliseAs(api, session, id);
const candidates = (id: string, session = smirnova) =>
  api.client(session).appointments[':id'].conclusion['established-diagnoses'].$get({ param: { id } });
const pdf = async (id: string, query: { locale?: 'en' } = {}) =>
  new Uint8Array(
    await (await api.client(anna).conclusions[':id'].pdf.$get({ param: { id }, query })).arrayBuffer(),
  );

const paracetamol = [
  { drug: 'Парацетамол', dose: '500 мг', frequency: 'до 3 раз в день', duration: '3 дня' },
];
const amlodipine = [{ drug: 'Амлодипин', dose: '5 мг', frequency: '1 раз в день', duration: 'постоянно' }];
const enteredI10 = {
  source: 'entered' as const,
  code: 'I10',
  organisation: 'Городская поликлиника № 5',
  doctor: 'Терапевт Иванова Н. А.',
  date: '2026-03-12',
  document: 'Выписка из амбулаторной карты',
};
const planned = { urgency: 'planned' as const, specialtyCode: 'therapist', withinDays: 3 };

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
  const cast = await annaAndSmirnova(api);
  ({ anna, smirnova, smirnovaId } = cast);
  annaId = cast.family.self.id;
  ivan = await api.login('ivan.sokolov@demo.telemed');
  lebedev = await api.login('dr.lebedev@demo.telemed');
  ivanId = (await familyOf(api, ivan)).self.id;
});

describe('a remote first contact', () => {
  it('is the default: the diagnosis is preliminary', async () => {
    const id = await consultation(annaId);
    const res = await put(id, { diagnosisCode: 'J06.9' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      consultationType: 'first_contact',
      diagnosisPreliminary: true,
      establishedDiagnosis: null,
      inPersonVisit: null,
    });
  });

  it('refuses treatment prescriptions with a problem code, and saves nothing', async () => {
    const id = await consultation(annaId);
    const res = await put(id, { diagnosisCode: 'J06.9', prescriptions: paracetamol });
    const problem = await refused(res, 400, 'conclusion.first_contact_prescriptions');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'prescriptions', code: 'conclusion.first_contact_prescriptions' }),
    ]);
    const rows = await api.deps.database.db
      .select()
      .from(conclusions)
      .where(eq(conclusions.appointmentId, id));
    expect(rows).toHaveLength(0);
    // Symptomatic advice in the free-text recommendations is a recommendation, not a prescription.
    const advice = await put(id, {
      diagnosisCode: 'J06.9',
      recommendations: 'Тёплое питьё; при температуре выше 38,5 °C — парацетамол по инструкции.',
    });
    expect(advice.status).toBe(200);
  });

  it('cannot be signed without an in-person visit recommendation with urgency and specialty', async () => {
    const id = await consultation(annaId);
    expect((await put(id, { diagnosisCode: 'J06.9' })).status).toBe(200);
    await refused(await finalise(id), 400, 'conclusion.in_person_visit_required');

    // A planned visit says within how many days; an unknown specialty is refused by name.
    const noDays = await put(id, { inPersonVisit: { urgency: 'planned', specialtyCode: 'therapist' } });
    expect(noDays.status).toBe(400);
    expect((await problemOf(noDays)).errors?.[0]?.path).toBe('inPersonVisit.withinDays');
    const badSpecialty = await put(id, { inPersonVisit: { urgency: 'urgent', specialtyCode: 'astrologer' } });
    expect(badSpecialty.status).toBe(400);
    expect((await problemOf(badSpecialty)).errors?.[0]?.path).toBe('inPersonVisit.specialtyCode');

    // Urgent means within 24–48 hours: the number of days is not kept.
    const saved = await parseResponse(
      put(id, { inPersonVisit: { urgency: 'urgent', specialtyCode: 'therapist', withinDays: 9 } }),
    );
    expect(saved.inPersonVisit).toEqual({ urgency: 'urgent', specialtyCode: 'therapist', withinDays: null });
    expect(saved.inPersonVisitSpecialtyName?.en).toBeTruthy();
    const signed = await finalise(id);
    expect(signed.status).toBe(200);
    expect((await parseResponse(signed)).conclusion).toMatchObject({
      status: 'final',
      consultationType: 'first_contact',
      diagnosisPreliminary: true,
    });
  });

  it('prints the type, the preliminary diagnosis and the recommended visit in the PDF', async () => {
    const id = await consultation(annaId);
    await put(id, { diagnosisCode: 'J06.9', inPersonVisit: planned });
    const { conclusion } = await parseResponse(finalise(id));
    const ru = await pdfText(await pdf(conclusion.id));
    expect(ru).toContain(squash('Первичная дистанционная консультация'));
    expect(ru).toContain(squash('Предварительный (предполагаемый) диагноз'));
    expect(ru).toContain(squash('Рекомендован очный приём'));
    expect(ru).toContain(squash('планово — в течение 3 дн.'));
    expect(ru).toContain(squash('Лечение не назначается до очного осмотра'));
    const en = await pdfText(await pdf(conclusion.id, { locale: 'en' }));
    expect(en).toContain(squash('Preliminary (suspected) diagnosis'));
    expect(en).toContain(squash('In-person visit recommended'));
  });
});

describe('a remote follow-up of a diagnosis established in person', () => {
  it('accepts treatment correction with a doctor-entered source, and shows the source', async () => {
    const id = await consultation(annaId);
    const res = await put(id, {
      diagnosisCode: 'I10',
      establishedDiagnosis: enteredI10,
      prescriptions: amlodipine,
    });
    expect(res.status).toBe(200);
    const draft = await parseResponse(res);
    expect(draft).toMatchObject({
      consultationType: 'follow_up',
      diagnosisPreliminary: false,
      establishedDiagnosis: {
        code: 'I10',
        source: { kind: 'entered', organisation: 'Городская поликлиника № 5', date: '2026-03-12' },
      },
      prescriptions: [expect.objectContaining({ drug: 'Амлодипин' })],
    });
    // No in-person recommendation is needed to sign a follow-up.
    expect((await finalise(id)).status).toBe(200);
  });

  it('keeps the established diagnosis as the main one: a new one is refused, a more specific code is fine', async () => {
    const id = await consultation(annaId);
    const other = await put(id, { diagnosisCode: 'J06.9', establishedDiagnosis: enteredI10 });
    await refused(other, 400, 'conclusion.diagnosis_not_established');
    const withSecondary = await put(id, {
      diagnosisCode: 'I10',
      secondaryDiagnosisCodes: ['J06.9'],
      establishedDiagnosis: enteredI10,
    });
    expect(withSecondary.status).toBe(200);
    // A more specific code of an established category clarifies it; a sibling code is a new diagnosis.
    const entry = (code: string) => ({ code, name: { ru: code, en: code } });
    expect(matchesEstablished(entry('J06.9'), entry('J06'))).toBe(true);
    expect(matchesEstablished(entry('I10'), entry('I10'))).toBe(true);
    expect(matchesEstablished(entry('J06.0'), entry('J06.9'))).toBe(false);
    expect(matchesEstablished(entry('J060'), entry('J06'))).toBe(false);
  });

  it('validates the doctor-entered source: who, where, when and which document', async () => {
    const id = await consultation(annaId);
    const missing = await put(id, { establishedDiagnosis: { ...enteredI10, organisation: '' } });
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).errors?.[0]?.path).toBe('establishedDiagnosis.organisation');
    const { document: _document, ...noDocument } = enteredI10;
    // Sent raw: the typed client would not let a source without its document through.
    const raw = await api.request(`/appointments/${id}/conclusion/draft`, {
      method: 'PUT',
      json: { establishedDiagnosis: noDocument },
      session: smirnova,
    });
    expect(raw.status).toBe(400);
    const future = await put(id, { establishedDiagnosis: { ...enteredI10, date: '2099-01-01' } });
    await refused(future, 400, 'conclusion.established_source_invalid');
    const unknown = await put(id, { establishedDiagnosis: { ...enteredI10, code: 'Z99.99' } });
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).errors?.[0]?.path).toBe('establishedDiagnosis.code');
  });

  it('unlinking the diagnosis makes it a first contact again, refused while prescriptions remain', async () => {
    const id = await consultation(annaId);
    await put(id, { diagnosisCode: 'I10', establishedDiagnosis: enteredI10, prescriptions: amlodipine });
    const unlink = await put(id, { establishedDiagnosis: null });
    await refused(unlink, 400, 'conclusion.first_contact_prescriptions');
    const cleared = await parseResponse(put(id, { establishedDiagnosis: null, prescriptions: [] }));
    expect(cleared).toMatchObject({ consultationType: 'first_contact', establishedDiagnosis: null });
  });
});

describe('established diagnoses in the card', () => {
  it('come from final conclusions of in-person visits, and a follow-up links one', async () => {
    // An in-person visit last week: its diagnosis is established; the rule does not apply to it.
    const visit = await consultation(ivanId, 'in_person', -7 * 24 * 60);
    const inPerson = await parseResponse(
      put(visit, {
        diagnosisCode: 'E11.9',
        secondaryDiagnosisCodes: ['I10'],
        prescriptions: amlodipine,
      }),
    );
    expect(inPerson).toMatchObject({ consultationType: 'in_person', diagnosisPreliminary: false });
    expect((await finalise(visit)).status).toBe(200);
    // A remote consultation's diagnosis is not established in person.
    const remote = await consultation(ivanId);
    await put(remote, { diagnosisCode: 'J06.9', inPersonVisit: planned });
    expect((await finalise(remote)).status).toBe(200);

    const now = await consultation(ivanId);
    const res = await candidates(now);
    expect(res.status).toBe(200);
    const { items } = await parseResponse(res);
    const found = items.filter((c) => c.conclusionId === inPerson.id);
    expect(found.map((c) => [c.code, c.secondary])).toEqual([
      ['E11.9', false],
      ['I10', true],
    ]);
    expect(items.some((c) => c.code === 'J06.9')).toBe(false);

    const linked = await put(now, {
      diagnosisCode: 'E11.9',
      establishedDiagnosis: { source: 'card', conclusionId: inPerson.id, code: 'E11.9' },
      prescriptions: [
        { drug: 'Метформин', dose: '1000 мг', frequency: '2 раза в день', duration: 'постоянно' },
      ],
    });
    expect(linked.status).toBe(200);
    expect(await linked.json()).toMatchObject({
      consultationType: 'follow_up',
      establishedDiagnosis: { code: 'E11.9', source: { kind: 'card', conclusionId: inPerson.id } },
    });
    // A code that conclusion did not establish is not in the card.
    const wrong = await put(now, {
      establishedDiagnosis: { source: 'card', conclusionId: inPerson.id, code: 'J45.9' },
    });
    await refused(wrong, 400, 'conclusion.established_not_found');
  });

  it('include a source entered at an earlier follow-up, offered once and kept as entered', async () => {
    const source = {
      ...enteredI10,
      organisation: 'ГКБ № 15, кардиологическое отделение',
      date: '2026-02-01',
    };
    for (let i = 0; i < 2; i++) {
      const earlier = await consultation(annaId);
      await put(earlier, { diagnosisCode: 'I10', establishedDiagnosis: source, prescriptions: amlodipine });
      expect((await finalise(earlier)).status).toBe(200);
    }
    const now = await consultation(annaId);
    const { items } = await parseResponse(candidates(now));
    const offered = items.filter((c) => c.kind === 'entered_source' && c.date === '2026-02-01');
    expect(offered).toEqual([
      expect.objectContaining({ code: 'I10', document: 'Выписка из амбулаторной карты', secondary: false }),
    ]);
    const linked = await parseResponse(
      put(now, {
        diagnosisCode: 'I10',
        establishedDiagnosis: { source: 'card', conclusionId: offered[0]!.conclusionId, code: 'I10' },
        prescriptions: amlodipine,
      }),
    );
    expect(linked).toMatchObject({
      consultationType: 'follow_up',
      establishedDiagnosis: {
        code: 'I10',
        source: { kind: 'entered', organisation: 'ГКБ № 15, кардиологическое отделение', date: '2026-02-01' },
      },
    });
  });

  it("are the consultation doctor's only; another patient's in-person conclusion cannot be linked", async () => {
    const visit = await consultation(ivanId, 'in_person', -3 * 24 * 60);
    const ivanConclusion = await parseResponse(put(visit, { diagnosisCode: 'K21.9' }));
    expect((await finalise(visit)).status).toBe(200);

    const annas = await consultation(annaId);
    expect((await candidates(annas, lebedev)).status).toBe(404);
    expect((await candidates(annas, anna)).status).toBe(403);
    const { items } = await parseResponse(candidates(annas));
    expect(items.some((c) => c.conclusionId === ivanConclusion.id)).toBe(false);
    const borrowed = await put(annas, {
      establishedDiagnosis: { source: 'card', conclusionId: ivanConclusion.id, code: 'K21.9' },
    });
    await refused(borrowed, 400, 'conclusion.established_not_found');
    // Another doctor's save is refused as before.
    expect((await put(annas, { establishedDiagnosis: enteredI10 }, lebedev)).status).toBe(404);
  });
});

describe('corrections and exports', () => {
  it('a correction keeps the type and the link', async () => {
    const id = await consultation(annaId);
    await put(id, { diagnosisCode: 'I10', establishedDiagnosis: enteredI10, prescriptions: amlodipine });
    const { conclusion } = await parseResponse(finalise(id));
    const draft = await parseResponse(
      api.client(smirnova).conclusions[':id'].corrections.$post({
        param: { id: conclusion.id },
        json: { reason: 'Уточнена доза' },
      }),
    );
    expect(draft).toMatchObject({
      consultationType: 'follow_up',
      establishedDiagnosis: { code: 'I10' },
      prescriptions: [expect.objectContaining({ drug: 'Амлодипин' })],
    });
  });

  it('the FHIR export marks a first contact provisional and a follow-up confirmed, and states the type', async () => {
    const first = await consultation(annaId);
    await put(first, {
      diagnosisCode: 'J02.9',
      inPersonVisit: { urgency: 'emergency', specialtyCode: 'therapist' },
    });
    const a = (await parseResponse(finalise(first))).conclusion;
    const follow = await consultation(annaId);
    await put(follow, {
      diagnosisCode: 'I10',
      secondaryDiagnosisCodes: ['J06.9'],
      establishedDiagnosis: enteredI10,
      prescriptions: amlodipine,
    });
    const b = (await parseResponse(finalise(follow))).conclusion;

    const res = await api.client(anna).patients[':id'].medcard.fhir.$get({ param: { id: annaId } });
    expect(res.status).toBe(200);
    const bundle = await parseResponse(res);
    const byId = new Map(bundle.entry.map((e) => [e.resource.id, e.resource]));
    const verification = (composition: string) => {
      const c = byId.get(composition) as unknown as {
        extension: { url: string; valueCoding: { code: string } }[];
        section: { title: string; entry?: { reference: string }[] }[];
      };
      const refs = c.section.find((s) => s.entry)!.entry!.map((e) => e.reference.replace('urn:uuid:', ''));
      return {
        type: c.extension.find((e) => e.url.includes('consultation-type'))!.valueCoding.code,
        statuses: refs.map((id) => {
          const condition = byId.get(id) as unknown as {
            code: { coding: { code: string }[] };
            verificationStatus: { coding: { code: string }[] };
          };
          return [condition.code.coding[0]!.code, condition.verificationStatus.coding[0]!.code];
        }),
      };
    };
    expect(verification(a.id)).toEqual({ type: 'first_contact', statuses: [['J02.9', 'provisional']] });
    expect(verification(b.id)).toEqual({
      type: 'follow_up',
      statuses: [
        ['I10', 'confirmed'],
        ['J06.9', 'provisional'],
      ],
    });
  });

  it('the archive flags a preliminary diagnosis for the patient', async () => {
    const id = await consultation(annaId);
    await put(id, { diagnosisCode: 'J06.9', inPersonVisit: planned });
    const { conclusion } = await parseResponse(finalise(id));
    const archive = await parseResponse(
      api.client(anna).patients[':id'].archive.$get({ param: { id: annaId } }),
    );
    expect(archive.conclusions.find((c) => c.id === conclusion.id)?.diagnosisPreliminary).toBe(true);
  });
});
