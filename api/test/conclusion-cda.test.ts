import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse } from 'hono/client';
import { accounts, auditEvents, conclusions, patients } from '../src/db/schema/index.js';
import { labTests } from '../src/domains/catalogue/lab-tests.js';
import { CDA_SCHEMA } from '../src/domains/conclusions/cda/schema.js';
import { escapeXml } from '../src/domains/conclusions/cda/xml.js';
import { annaAndSmirnova, finalise, insertAppointment, saveDraft } from './consultation-fixtures.js';
import { useTestApi, type TestSession, refused } from './harness.js';

const api = useTestApi();
const run = promisify(execFile);

let dir: string;
let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let annaId: string;
let smirnovaId: string;

/** Validates a document against the CDA schema with xmllint (libxml2); returns the exit code and messages. */
async function validate(xml: string) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  try {
    await run('xmllint', ['--noout', '--nonet', '--schema', CDA_SCHEMA, file]);
    return { code: 0, messages: '' };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, messages: err.stderr };
  }
}

/** One text node of the document, read back by libxml2 (so entities are decoded the way any reader does). */
async function xpath(xml: string, expression: string) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  const { stdout } = await run('xmllint', ['--xpath', expression, file]);
  return stdout.replace(/\n$/, '');
}
const el = (name: string) => `*[local-name()='${name}']`;

const TRICKY = `Боль <в горле> & "температура" 38 'с утра' ]]> <!-- не комментарий -->`;

const consultation = () =>
  insertAppointment(api, {
    patientId: annaId,
    practitionerId: smirnovaId,
    bookedBy: anna,
    startsInMinutes: -10,
    status: 'in_progress',
  });

/** Saves the draft and signs it, as Dr Smirnova; the signed conclusion. */
async function sign(appointmentId: string, draft: Parameters<typeof saveDraft>[3]) {
  const put = await saveDraft(api, smirnova, appointmentId, draft);
  expect(put.status, await put.clone().text()).toBe(200);
  const fin = await finalise(api, smirnova, appointmentId);
  expect(fin.status, await fin.clone().text()).toBe(200);
  return (await parseResponse(fin)).conclusion;
}

/** A first remote contact (order 193n): preliminary diagnosis, an in-person visit recommended, no prescriptions. */
async function finalised(complaints = 'Боль в горле второй день') {
  const appt = await consultation();
  const conclusion = await sign(appt.id, {
    diagnosisCode: 'J06.9',
    complaints,
    findings: 'Зев гиперемирован.\nНалётов нет.',
    recommendations: 'Тёплое питьё, полоскания.',
    labTestCodes: [labTests[0]!.code],
    followUp: { kind: 'suggest', specialtyCode: 'therapist', inDays: 7 },
    inPersonVisit: { urgency: 'planned', specialtyCode: 'therapist', withinDays: 3 },
  });
  return { appt, conclusion };
}

const cda = (id: string, session?: TestSession) =>
  api.client(session).conclusions[':id'].cda.$get({ param: { id } });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'telemed-cda-'));
  const cast = await annaAndSmirnova(api);
  ({ anna, smirnova, smirnovaId } = cast);
  annaId = cast.family.self.id;
  ivan = await api.login('ivan.sokolov@demo.telemed');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the CDA export of a conclusion', () => {
  it('is a valid CDA R2 document for a seeded finalised conclusion, read by its patient', async () => {
    const db = api.deps.database.db;
    const [seeded] = await db
      .select({ id: conclusions.id, email: accounts.email })
      .from(conclusions)
      .innerJoin(patients, eq(patients.id, conclusions.patientId))
      .innerJoin(accounts, eq(accounts.id, patients.accountId))
      .where(eq(conclusions.status, 'final'))
      .limit(1);
    expect(seeded).toBeDefined();
    const patient = await api.login(seeded!.email!);
    const res = await cda(seeded!.id, patient);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xml"$/);
    const xml = await res.text();
    expect(await validate(xml)).toEqual({ code: 0, messages: '' });
    expect(xml).toContain('<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>');
    expect(xml).toContain('code="11488-4"');
    expect(xml).toContain('<realmCode code="RU"/>');
    expect(xml).toContain('<languageCode code="ru-RU"/>');
    expect(xml).toContain('<versionNumber value="1"/>');
    expect(xml).toContain('codeSystem="1.2.643.5.1.13.13.11.1005"');
    expect(xml).not.toContain('<relatedDocument');
  });

  it('states the consultation type, a preliminary diagnosis and the recommended in-person visit (193n)', async () => {
    const { conclusion } = await finalised();
    const xml = await (await cda(conclusion.id, anna)).text();
    expect(await validate(xml)).toEqual({ code: 0, messages: '' });
    const qualifier = await xpath(
      xml,
      `string(//${el('observation')}[${el('code')}/@code='29308-4']/${el('value')}/${el('qualifier')}/${el('value')}/@code)`,
    );
    expect(qualifier).toBe('preliminary');
    expect(await xpath(xml, `string(//${el('value')}[@code='first_contact']/@code)`)).toBe('first_contact');
    expect(xml).toMatch(/<encounter classCode="ENC" moodCode="PRP">/);
    // The lab order and the findings' lines are there too.
    expect(xml).toContain(`moodCode="RQO"`);
    expect(xml).toContain('<paragraph>Налётов нет.</paragraph>');
  });

  it('on a follow-up of an in-person diagnosis, marks the diagnosis established and exports the prescriptions', async () => {
    const appt = await consultation();
    const conclusion = await sign(appt.id, {
      diagnosisCode: 'J06.9',
      establishedDiagnosis: {
        source: 'entered',
        code: 'J06.9',
        organisation: 'ГП № 12',
        doctor: 'Иванов И. И.',
        date: '2026-11-20',
        document: 'Протокол осмотра',
      },
      complaints: 'Кашель сохраняется',
      prescriptions: [{ drug: 'Амброксол', dose: '30 мг', frequency: '3 раза в день', duration: '5 дней' }],
    });

    const xml = await (await cda(conclusion.id, anna)).text();
    expect(await validate(xml)).toEqual({ code: 0, messages: '' });
    expect(await xpath(xml, `string(//${el('value')}[@code='follow_up']/@code)`)).toBe('follow_up');
    const qualifier = await xpath(
      xml,
      `string(//${el('observation')}[${el('code')}/@code='29308-4']/${el('value')}/${el('qualifier')}/${el('value')}/@code)`,
    );
    expect(qualifier).toBe('established');
    expect(xml).toContain('Протокол осмотра');
    expect(
      await xpath(
        xml,
        `string(//${el('substanceAdministration')}//${el('manufacturedLabeledDrug')}/${el('name')})`,
      ),
    ).toBe('Амброксол');
  });

  it('escapes text so that any reader gets back exactly what the doctor wrote', async () => {
    expect(escapeXml(`<&"'>`)).toBe('&lt;&amp;&quot;&apos;&gt;');
    // Characters XML 1.0 forbids become U+FFFD; other characters, emoji included, pass unchanged.
    expect(escapeXml('a\u0001b\u{1F600}')).toBe('a\uFFFDb\u{1F600}');
    const { conclusion } = await finalised(TRICKY);
    const xml = await (await cda(conclusion.id, anna)).text();
    expect(await validate(xml)).toEqual({ code: 0, messages: '' });
    expect(xml).not.toContain(TRICKY);
    const complaints = await xpath(
      xml,
      `string(//${el('section')}[${el('code')}/@code='10154-3']/${el('text')}/${el('paragraph')})`,
    );
    expect(complaints).toBe(TRICKY);
  });

  it('exports a correction as version 2 that replaces version 1, and version 1 stays exportable', async () => {
    const { appt, conclusion: v1 } = await finalised();
    const opened = await api.client(smirnova).conclusions[':id'].corrections.$post({
      param: { id: v1.id },
      json: { reason: 'Уточнены объективные данные' },
    });
    expect(opened.status).toBe(201);
    const v2 = await parseResponse(opened);

    // The draft correction is the doctor's working copy: not a medical document yet.
    const draft = await cda(v2.id, smirnova);
    await refused(draft, 409, 'conclusion.export_not_final');
    expect((await cda(v2.id, anna)).status).toBe(404);

    await saveDraft(api, smirnova, appt.id, { findings: 'Зев гиперемирован, миндалины не увеличены.' });
    expect((await finalise(api, smirnova, appt.id)).status).toBe(200);

    const xml2 = await (await cda(v2.id, anna)).text();
    expect(await validate(xml2)).toEqual({ code: 0, messages: '' });
    expect(await xpath(xml2, `string(/${el('ClinicalDocument')}/${el('versionNumber')}/@value)`)).toBe('2');
    expect(await xpath(xml2, `string(//${el('relatedDocument')}/@typeCode)`)).toBe('RPLC');
    expect(await xpath(xml2, `string(//${el('parentDocument')}/${el('id')}/@extension)`)).toBe(v1.id);
    expect(await xpath(xml2, `string(//${el('parentDocument')}/${el('versionNumber')}/@value)`)).toBe('1');
    expect(xml2).toContain('Уточнены объективные данные');

    const old = await cda(v1.id, anna);
    expect(old.status).toBe(200);
    const xml1 = await old.text();
    expect(await validate(xml1)).toEqual({ code: 0, messages: '' });
    const setId = (xml: string) => xpath(xml, `string(/${el('ClinicalDocument')}/${el('setId')}/@extension)`);
    expect(await setId(xml1)).toBe(appt.id);
    expect(await setId(xml2)).toBe(appt.id);
  });

  it('fails validation when the document is broken, so the check can catch a wrong export', async () => {
    const { conclusion } = await finalised();
    const xml = await (await cda(conclusion.id, anna)).text();
    // The title must come after the document code (POCD_MT000040.ClinicalDocument's order).
    const title = /<title>[^<]*<\/title>/.exec(xml)![0];
    const swapped = xml.replace(title, '').replace('<code code="11488-4"', `${title}<code code="11488-4"`);
    const broken = await validate(swapped);
    expect(broken.code).not.toBe(0);
    expect(broken.messages).toMatch(/title/);
    // A required part missing (the patient) fails too.
    const noPatient = xml.replace(/<recordTarget>.*<\/recordTarget>/s, '');
    expect((await validate(noPatient)).code).not.toBe(0);
    // And a timestamp in the wrong format.
    expect(
      (await validate(xml.replace(/<effectiveTime value="\d+/, '<effectiveTime value="2026-01-01'))).code,
    ).not.toBe(0);
  });

  it('is refused without a session (401) and to another patient (404), and every attempt is audited', async () => {
    const { conclusion } = await finalised();
    expect((await cda(conclusion.id)).status).toBe(401);
    expect((await cda(conclusion.id, ivan)).status).toBe(404);
    expect((await cda(conclusion.id, smirnova)).status).toBe(200);
    const rows = await api.deps.database.db
      .select({ actor: auditEvents.actorAccountId, outcome: auditEvents.outcome })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, conclusion.id), eq(auditEvents.action, 'conclusion.cda')));
    expect(rows).toEqual(
      expect.arrayContaining([
        { actor: ivan.accountId, outcome: 'denied' },
        { actor: smirnova.accountId, outcome: 'allowed' },
      ]),
    );
  });
});
