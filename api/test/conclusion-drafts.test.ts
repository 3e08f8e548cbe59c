import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { conclusions } from '../src/db/schema/index.js';
import { annaAndSmirnova, insertAppointment, saveDraft } from './consultation-fixtures.js';
import { useTestApi, type TestSession, refused } from './harness.js';
import { familyOf } from './people.js';

// The editor autosaves each change as a partial draft; the catalogue keeps sex-specific tests to one sex.
const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let annaId: string;
let ivanId: string;
let smirnovaId: string;

/** A consultation in progress with Dr Smirnova. */
const consultation = async (patientId: string) =>
  (
    await insertAppointment(api, {
      patientId,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: -10,
      status: 'in_progress',
    })
  ).id;

const put = (id: string, json: Parameters<typeof saveDraft>[3], session = smirnova) =>
  saveDraft(api, session, id, json);
const read = async (id: string) =>
  (await parseResponse(api.client(smirnova).appointments[':id'].conclusion.$get({ param: { id } }))).current;

beforeAll(async () => {
  const cast = await annaAndSmirnova(api);
  ({ anna, smirnova, smirnovaId } = cast);
  annaId = cast.family.self.id;
  ivan = await api.login('ivan.sokolov@demo.telemed');
  lebedev = await api.login('dr.lebedev@demo.telemed');
  ivanId = (await familyOf(api, ivan)).self.id;
});

describe('autosave', () => {
  it('saves what was typed so far, moves the saved time on, and gives it back after a reload', async () => {
    const id = await consultation(annaId);
    const first = await put(id, { findings: 'Зев гиперемирован' });
    expect(first.status).toBe(200);
    const saved = await parseResponse(first);
    const second = await parseResponse(put(id, { findings: 'Зев гиперемирован, налётов нет' }));
    expect(second.id).toBe(saved.id);
    expect(Date.parse(second.updatedAt)).toBeGreaterThanOrEqual(Date.parse(saved.updatedAt));
    const reloaded = await read(id);
    expect(reloaded?.findings).toBe('Зев гиперемирован, налётов нет');
    expect(reloaded?.updatedAt).toBe(second.updatedAt);
  });

  it('is refused to another doctor, whose save changes nothing', async () => {
    const id = await consultation(annaId);
    expect((await put(id, { findings: 'Мой текст' })).status).toBe(200);
    expect((await put(id, { findings: 'Чужой текст' }, lebedev)).status).toBe(404);
    expect((await put(id, { findings: 'Текст пациента' }, anna)).status).toBe(403);
    const rows = await api.deps.database.db
      .select()
      .from(conclusions)
      .where(eq(conclusions.appointmentId, id));
    expect(rows.map((r) => r.findings)).toEqual(['Мой текст']);
  });
});

describe('sex-specific lab tests', () => {
  it('refuses PSA for a woman and hCG for a man, naming the field', async () => {
    const forAnna = await put(await consultation(annaId), { labTestCodes: ['psa', 'cbc'] });
    const problem = await refused(forAnna, 400, 'conclusion.lab_test_wrong_sex');
    expect(problem.errors?.map((e) => e.path)).toEqual(['labTestCodes']);
    expect((await put(await consultation(ivanId), { labTestCodes: ['hcg'] })).status).toBe(400);
  });

  it('orders them for the right sex, and a throat swab for anyone', async () => {
    const annas = await parseResponse(
      put(await consultation(annaId), { labTestCodes: ['hcg', 'strep-a-rapid'] }),
    );
    expect(annas.labTests.map((t) => t.code)).toEqual(['hcg', 'strep-a-rapid']);
    const ivans = await put(await consultation(ivanId), { labTestCodes: ['psa', 'strep-a-rapid'] });
    expect(ivans.status).toBe(200);
  });

  it('are marked in the catalogue the editor reads', async () => {
    const { items } = await parseResponse(api.client(smirnova).catalogue['lab-tests'].$get());
    const sexOf = (code: string) => items.find((t) => t.code === code)?.sex;
    expect([sexOf('psa'), sexOf('hcg'), sexOf('strep-a-rapid')]).toEqual(['male', 'female', undefined]);
  });
});
