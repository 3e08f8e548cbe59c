import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi, type TestSession } from './harness.js';

// "Ask for a decoding" from a result page is one click: the results are the question, complaints optional.
const api = useTestApi();

type Family = { self: { id: string } };
type Problem = { status: number; errors?: { path: string }[] };

let anna: TestSession;
let ivan: TestSession;
let annaId: string;
let reportId: string;

const submit = (patientId: string, json: unknown, session = anna) =>
  api.request(`/patients/${patientId}/requests`, { method: 'POST', json, session });

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaId = ((await (await api.request('/me/family', { session: anna })).json()) as Family).self.id;
  const reports = (await (
    await api.request(`/patients/${annaId}/requests/lab-reports`, { session: anna })
  ).json()) as { items: { id: string }[] };
  reportId = reports.items[0]!.id;
});

describe('a decoding request', () => {
  it('is filed without complaints, and the doctor sees an empty question', async () => {
    const res = await submit(annaId, {
      kind: 'test_decoding',
      specialtyCode: 'therapist',
      labReportIds: [reportId],
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    const detail = (await (await api.request(`/requests/${created.id}`, { session: anna })).json()) as {
      complaints: string;
      labReports: { id: string }[];
    };
    expect(detail.complaints).toBe('');
    expect(detail.labReports.map((r) => r.id)).toEqual([reportId]);
  });

  it('still keeps the question when the patient writes one', async () => {
    const res = await submit(annaId, {
      kind: 'test_decoding',
      specialtyCode: 'therapist',
      labReportIds: [reportId],
      complaints: 'Холестерин растёт, что делать?',
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const detail = (await (await api.request(`/requests/${id}`, { session: anna })).json()) as {
      complaints: string;
    };
    expect(detail.complaints).toBe('Холестерин растёт, что делать?');
  });

  it('still needs something to decode', async () => {
    const res = await submit(annaId, { kind: 'test_decoding', specialtyCode: 'therapist' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain('fileIds');
  });

  it("is refused for another family's patient like a patient that does not exist", async () => {
    const res = await submit(
      annaId,
      { kind: 'test_decoding', specialtyCode: 'therapist', labReportIds: [reportId] },
      ivan,
    );
    expect(res.status).toBe(404);
  });
});

describe('a second opinion', () => {
  it('still needs the complaints', async () => {
    const res = await submit(annaId, {
      kind: 'second_opinion',
      specialtyCode: 'therapist',
      diagnosisGiven: 'Гипертоническая болезнь',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain('complaints');
  });
});
