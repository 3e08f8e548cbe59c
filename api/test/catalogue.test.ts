import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { findIcd10, icd10Codes, searchIcd10 } from '../src/domains/catalogue/icd10/index.js';
import { findLabTest, labTests, referenceRange } from '../src/domains/catalogue/lab-tests.js';
import { conclusionTemplates } from '../src/domains/catalogue/templates.js';
import { specialtySeed } from '../src/seed/demo-people.js';
import { withStatus } from './account-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();
const codes = (list: { code: string }[]) => list.map((c) => c.code);

/** LOINC's mod-10 check digit: Luhn over the digits before the dash (loinc.org, "LOINC Users' Guide" §12). */
function loincCheckDigitValid(loinc: string) {
  const match = /^(\d{1,7})-(\d)$/.exec(loinc);
  if (!match) return false;
  let sum = 0;
  [...match[1]!].reverse().forEach((digit, i) => {
    const doubled = i % 2 === 0 ? Number(digit) * 2 : Number(digit);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}

describe('the LOINC check digit itself', () => {
  it('accepts published codes and rejects a wrong digit or shape', () => {
    for (const known of ['718-7', '2345-7', '57021-8', '24331-1', '4548-4', '3016-3', '8480-6', '85354-9'])
      expect(loincCheckDigitValid(known), known).toBe(true);
    for (const wrong of ['718-8', '2345-1', '57021-0', '4548', 'LP1234-5', '12345678-9'])
      expect(loincCheckDigitValid(wrong), wrong).toBe(false);
  });
});

describe('ICD-10 catalogue', () => {
  it('has at least 320 unique, well-formed codes named in Russian and English', () => {
    expect(icd10Codes.length).toBeGreaterThanOrEqual(320);
    expect(new Set(codes([...icd10Codes])).size).toBe(icd10Codes.length);
    for (const entry of icd10Codes) {
      expect(entry.code).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
      expect(entry.name.ru.trim(), entry.code).toMatch(/[а-яё]/i);
      expect(entry.name.en.trim(), entry.code).toMatch(/[a-z]/i);
    }
  });

  it('covers the hypertension block, mental health, check-ups and paediatric codes', () => {
    for (const code of [
      'I10',
      'I11.9',
      'I12.9',
      'I13.9',
      'I15.9',
      'F41.1',
      'F32.0',
      'Z00.0',
      'Z00.1',
      'J06.9',
      'H66.0',
      'L20.8',
    ])
      expect(findIcd10(code), code).toBeDefined();
  });

  it('finds a code whatever its case and surrounding spaces, and nothing for unknown codes', () => {
    expect(findIcd10(' j06.9 ')?.name.en).toBe('Acute upper respiratory infection, unspecified');
    expect(findIcd10('Z99.99')).toBeUndefined();
  });

  it('searches by code prefix in code order, with or without the dot', () => {
    expect(codes(searchIcd10('J06'))).toEqual(['J06.0', 'J06.8', 'J06.9']);
    expect(codes(searchIcd10('j06.9'))).toEqual(['J06.9']);
    expect(codes(searchIcd10('j069'))).toEqual(['J06.9']);
    expect(codes(searchIcd10('I1', 50)).every((c) => c.startsWith('I1'))).toBe(true);
  });

  it('ranks the exact code before longer codes sharing its prefix', () => {
    const found = codes(searchIcd10('B08'));
    expect(found.length).toBeGreaterThan(1);
    expect(codes(searchIcd10('i10'))[0]).toBe('I10');
    expect(codes(searchIcd10('F41'))).toEqual(['F41.0', 'F41.1', 'F41.2', 'F41.9']);
  });

  it('searches Russian names by word prefix, case-insensitive, reading ё as е', () => {
    const hypertension = codes(searchIcd10('гипертен'));
    expect(hypertension).toContain('I10');
    expect(hypertension[0]).toBe('I10');
    expect(codes(searchIcd10('ГИПЕРТЕН'))).toEqual(hypertension);
    expect(codes(searchIcd10('тревожное расстр'))).toContain('F41.1');
    expect(codes(searchIcd10('пеленочный'))).toEqual(['L22']);
    expect(codes(searchIcd10('Пелёночный'))).toEqual(['L22']);
  });

  it('searches English names and needs every query word to start a word', () => {
    expect(codes(searchIcd10('migraine'))).toEqual(expect.arrayContaining(['G43.0', 'G43.1', 'G43.9']));
    expect(codes(searchIcd10('acute bronch'))).toEqual(
      expect.arrayContaining(['J20.5', 'J20.9', 'J21.0', 'J21.9']),
    );
    expect(codes(searchIcd10('acute bronch'))).not.toContain('J41.0');
    // A word must start with the query: "tension" is inside "hypertension" but does not start it.
    expect(codes(searchIcd10('tension'))).toContain('G44.2');
    expect(codes(searchIcd10('tension'))).not.toContain('I10');
  });

  it('knows the abbreviations doctors type', () => {
    expect(codes(searchIcd10('ОРВИ'))[0]).toBe('J06.9');
    expect(codes(searchIcd10('гэрб'))).toEqual(expect.arrayContaining(['K21.0', 'K21.9']));
  });

  it('mixes languages, honours the limit and returns nothing for an empty or unknown query', () => {
    expect(codes(searchIcd10('железодефицитная anaemia'))).toContain('D50.9');
    expect(searchIcd10('отит', 2)).toHaveLength(2);
    expect(searchIcd10('   ')).toEqual([]);
    expect(searchIcd10('qwertyuiop')).toEqual([]);
  });
});

describe('lab test catalogue', () => {
  const analytes = labTests.flatMap((t) => t.analytes.map((a) => ({ test: t.code, ...a })));

  it('has about 30 tests with unique slug codes and the common tests by name', () => {
    expect(labTests.length).toBeGreaterThanOrEqual(28);
    expect(new Set(codes([...labTests])).size).toBe(labTests.length);
    for (const t of labTests) expect(t.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const code of [
      'cbc',
      'glucose',
      'hba1c',
      'lipid-panel',
      'creatinine',
      'alt',
      'tsh',
      'ferritin',
      'inr',
      'crp',
      'strep-a-rapid',
      'urine-culture',
      'stool-occult-blood',
    ])
      expect(findLabTest(code), code).toBeDefined();
    expect(findLabTest('NOT-A-TEST')).toBeUndefined();
  });

  it('uses LOINC codes with a valid check digit for every test and analyte, and unique panel codes', () => {
    for (const t of labTests) {
      expect(loincCheckDigitValid(t.loinc), `${t.code} ${t.loinc}`).toBe(true);
      for (const a of t.analytes) expect(loincCheckDigitValid(a.loinc), `${t.code} ${a.loinc}`).toBe(true);
    }
    // The demo lab finds the ordered test by its LOINC code, so no two tests may share one.
    expect(new Set(labTests.map((t) => t.loinc)).size).toBe(labTests.length);
    expect(findLabTest('cbc')!.analytes.map((a) => a.loinc)).toEqual(
      expect.arrayContaining(['718-7', '789-8', '6690-2', '777-3', '4544-3', '4537-7']),
    );
  });

  it('names every test, specimen and analyte in both languages and gives each analyte a unit', () => {
    for (const t of labTests) {
      for (const text of [t.name, t.specimen]) expect(text.ru && text.en, t.code).toBeTruthy();
      expect(t.turnaroundDays).toBeGreaterThanOrEqual(1);
      expect(t.analytes.length, t.code).toBeGreaterThan(0);
    }
    for (const a of analytes) {
      expect(a.name.ru && a.name.en, a.loinc).toBeTruthy();
      expect(a.unit, a.loinc).not.toBe('');
      expect(Number.isInteger(a.decimals) && a.decimals >= 0, a.loinc).toBe(true);
    }
  });

  it('has sane reference ranges: low below high, ages ordered, a typical adult inside the range', () => {
    for (const a of analytes) {
      expect(a.reference.length, a.loinc).toBeGreaterThan(0);
      for (const r of a.reference) {
        expect(r.low !== undefined || r.high !== undefined, a.loinc).toBe(true);
        if (r.low !== undefined && r.high !== undefined) expect(r.low, a.loinc).toBeLessThan(r.high);
        if (r.low !== undefined) expect(r.low, a.loinc).toBeGreaterThanOrEqual(0);
        if (r.minAgeYears !== undefined && r.maxAgeYears !== undefined)
          expect(r.minAgeYears, a.loinc).toBeLessThanOrEqual(r.maxAgeYears);
      }
      // A qualitative finding is absent in health (0) and its range is "not detected".
      if (a.presence) expect([a.typical, a.reference], a.loinc).toEqual([{ mean: 0, sd: 0 }, [{ high: 0 }]]);
      else expect(a.typical.sd, a.loinc).toBeGreaterThan(0);
      for (const sex of ['female', 'male'] as const) {
        const { low, high } = referenceRange(a, { sex, ageYears: 40 });
        if (low !== undefined) expect(a.typical.mean, `${a.loinc} ${sex}`).toBeGreaterThanOrEqual(low);
        if (high !== undefined) expect(a.typical.mean, `${a.loinc} ${sex}`).toBeLessThanOrEqual(high);
      }
    }
  });

  it('picks the range by sex and age', () => {
    const hb = findLabTest('cbc')!.analytes.find((a) => a.loinc === '718-7')!;
    expect(referenceRange(hb, { sex: 'male', ageYears: 40 })).toEqual({ low: 130, high: 170 });
    expect(referenceRange(hb, { sex: 'female', ageYears: 40 })).toEqual({ low: 120, high: 150 });
    expect(referenceRange(hb, { sex: 'female', ageYears: 7 })).toEqual({ low: 115, high: 145 });
    const psa = findLabTest('psa')!.analytes[0]!;
    expect(referenceRange(psa, { sex: 'female', ageYears: 40 })).toEqual({});
    const ldl = findLabTest('lipid-panel')!.analytes.find((a) => a.loinc === '13457-7')!;
    expect(referenceRange(ldl, { sex: 'male', ageYears: 50 })).toEqual({ high: 3.0 });
  });
});

describe('conclusion templates', () => {
  const specialties = new Set<string>(specialtySeed.map((s) => s.code));

  it('cover the frequent cases with unique ids', () => {
    expect(conclusionTemplates.length).toBeGreaterThanOrEqual(12);
    expect(new Set(conclusionTemplates.map((t) => t.id)).size).toBe(conclusionTemplates.length);
    const diagnoses = conclusionTemplates.map((t) => t.diagnosisCode);
    for (const code of [
      'J06.9',
      'J02.9',
      'J20.9',
      'I10',
      'K21.9',
      'K58.9',
      'G44.2',
      'G43.0',
      'L20.8',
      'H66.0',
      'D50.9',
      'Z00.0',
      'F41.1',
    ])
      expect(diagnoses, code).toContain(code);
  });

  it('refer only to catalogued diagnoses, lab tests and seeded specialties', () => {
    for (const t of conclusionTemplates) {
      expect(findIcd10(t.diagnosisCode), `${t.id} ${t.diagnosisCode}`).toBeDefined();
      for (const code of t.labTestCodes) expect(findLabTest(code), `${t.id} ${code}`).toBeDefined();
      expect(t.specialtyCodes.length, t.id).toBeGreaterThan(0);
      for (const code of t.specialtyCodes) expect(specialties.has(code), `${t.id} ${code}`).toBe(true);
      if (t.followUp.kind === 'suggest') {
        expect(specialties.has(t.followUp.specialtyCode), t.id).toBe(true);
        expect(t.followUp.inDays, t.id).toBeGreaterThan(0);
      }
    }
  });

  it('have every text in both languages and complete prescriptions', () => {
    for (const t of conclusionTemplates) {
      for (const text of [t.title, t.findings, t.recommendations]) {
        expect(text.ru, t.id).toMatch(/[а-яё]/i);
        expect(text.en, t.id).toMatch(/[a-z]/i);
      }
      for (const p of t.prescriptions)
        for (const field of [p.drug, p.dose, p.frequency, p.duration])
          expect(field.trim(), t.id).not.toBe('');
    }
  });
});

describe('catalogue routes', () => {
  let doctor: TestSession;
  let assistant: TestSession;
  let patient: TestSession;

  beforeAll(async () => {
    doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    assistant = await api.login('nurse.orlova@demo.telemed', undefined, 'staff');
    patient = await api.login('anna.petrova@demo.telemed');
  });

  const catalogue = (session?: TestSession) => api.client(session).catalogue;

  it('refuse anonymous callers with 401', async () => {
    const anonymous = catalogue();
    for (const [path, res] of [
      ['icd10', await anonymous.icd10.$get({ query: { q: 'j06' } })],
      ['lab-tests', await anonymous['lab-tests'].$get()],
      ['conclusion-templates', await anonymous['conclusion-templates'].$get({ query: {} })],
    ] as const) {
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('search ICD-10 for any signed-in user, ranked and limited', async () => {
    for (const session of [patient, doctor]) {
      const body = await parseResponse(catalogue(session).icd10.$get({ query: { q: 'J06' } }));
      expect(codes(body.items)).toEqual(['J06.0', 'J06.8', 'J06.9']);
    }
    const body = await parseResponse(catalogue(doctor).icd10.$get({ query: { q: 'гипертен', limit: '3' } }));
    expect(body.items).toHaveLength(3);
    expect(body.items[0]!.code).toBe('I10');
  });

  it('reject a missing query or a limit out of bounds with a problem+json 400', async () => {
    for (const path of [
      '/catalogue/icd10',
      '/catalogue/icd10?q=j06&limit=0',
      '/catalogue/icd10?q=j06&limit=500',
    ]) {
      // Sent raw: the typed client would not send a search without its query.
      const res = await api.request(path, { session: doctor });
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('list lab tests for any signed-in user', async () => {
    const body = await parseResponse(catalogue(patient)['lab-tests'].$get());
    expect(codes(body.items)).toEqual(codes([...labTests]));
  });

  it('give templates to doctors and assistants, filtered by specialty, and refuse patients', async () => {
    const templates = (session: TestSession, query: { specialty?: string } = {}) =>
      catalogue(session)['conclusion-templates'].$get({ query });
    const all = await parseResponse(templates(doctor));
    expect(all.items).toHaveLength(conclusionTemplates.length);

    const body = await parseResponse(templates(assistant, { specialty: 'paediatrician' }));
    // Each template carries its diagnosis names, so the editor fills the field in one step.
    expect(body.items.every((t) => t.diagnosis.code === t.diagnosisCode)).toBe(true);
    expect(body.items.map((t) => t.id)).toEqual(
      expect.arrayContaining(['arvi-child', 'atopic-dermatitis-child', 'acute-otitis-media-child']),
    );
    expect(body.items.every((t) => t.specialtyCodes.includes('paediatrician'))).toBe(true);

    const unknown = await templates(doctor, { specialty: 'astrologer' });
    expect((await withStatus(unknown, 200).json()).items).toEqual([]);

    expect((await templates(patient)).status).toBe(403);
  });
});
