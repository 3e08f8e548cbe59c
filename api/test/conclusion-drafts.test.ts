import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, conclusions, practitioners } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

// The editor autosaves each change as a partial draft; the catalogue keeps sex-specific tests to one sex.
const api = useTestApi();

type Family = { self: { id: string } };
type View = { id: string; findings: string; updatedAt: string; labTests: { code: string }[] };
type Problem = { code?: string; errors?: { path: string }[] };

let anna: TestSession;
let ivan: TestSession;
let smirnova: TestSession;
let lebedev: TestSession;
let annaId: string;
let ivanId: string;
let smirnovaId: string;

/** A consultation in progress with Dr Smirnova. */
async function consultation(patientId: string) {
  const startsAt = new Date(Date.now() - 10 * 60_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId,
      practitionerId: smirnovaId,
      specialtyCode: 'therapist',
      format: 'video',
      urgency: 'planned',
      status: 'in_progress',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: anna.accountId,
    })
    .returning();
  return row!.id;
}

const put = (id: string, json: unknown, session = smirnova) =>
  api.request(`/appointments/${id}/conclusion/draft`, { method: 'PUT', json, session });
const read = async (id: string) =>
  (
    (await (await api.request(`/appointments/${id}/conclusion`, { session: smirnova })).json()) as {
      current: View | null;
    }
  ).current;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  smirnova = await api.login('dr.smirnova@demo.telemed');
  lebedev = await api.login('dr.lebedev@demo.telemed');
  const family = async (session: TestSession) =>
    ((await (await api.request('/me/family', { session })).json()) as Family).self.id;
  annaId = await family(anna);
  ivanId = await family(ivan);
  const [doctor] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.accountId, smirnova.accountId));
  smirnovaId = doctor!.id;
});

describe('autosave', () => {
  it('saves what was typed so far, moves the saved time on, and gives it back after a reload', async () => {
    const id = await consultation(annaId);
    const first = await put(id, { findings: 'Зев гиперемирован' });
    expect(first.status).toBe(200);
    const saved = (await first.json()) as View;
    const second = (await (await put(id, { findings: 'Зев гиперемирован, налётов нет' })).json()) as View;
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
    expect(forAnna.status).toBe(400);
    const problem = (await forAnna.json()) as Problem;
    expect(problem.code).toBe('conclusion.lab_test_wrong_sex');
    expect(problem.errors?.map((e) => e.path)).toEqual(['labTestCodes']);
    expect((await put(await consultation(ivanId), { labTestCodes: ['hcg'] })).status).toBe(400);
  });

  it('orders them for the right sex, and a throat swab for anyone', async () => {
    const annas = (await (
      await put(await consultation(annaId), { labTestCodes: ['hcg', 'strep-a-rapid'] })
    ).json()) as View;
    expect(annas.labTests.map((t) => t.code)).toEqual(['hcg', 'strep-a-rapid']);
    const ivans = await put(await consultation(ivanId), { labTestCodes: ['psa', 'strep-a-rapid'] });
    expect(ivans.status).toBe(200);
  });

  it('are marked in the catalogue the editor reads', async () => {
    const res = await api.request('/catalogue/lab-tests', { session: smirnova });
    const { items } = (await res.json()) as { items: { code: string; sex?: string }[] };
    const sexOf = (code: string) => items.find((t) => t.code === code)?.sex;
    expect([sexOf('psa'), sexOf('hcg'), sexOf('strep-a-rapid')]).toEqual(['male', 'female', undefined]);
  });
});
