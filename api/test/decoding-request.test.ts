import { type InferRequestType, parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../src/client.js';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

// "Ask for a decoding" from a result page is one click: the results are the question, complaints optional.
const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let annaId: string;
let reportId: string;

type Submission = InferRequestType<ApiClient['patients'][':id']['requests']['$post']>['json'];

const submit = (patientId: string, json: Submission, session = anna) =>
  api.client(session).patients[':id'].requests.$post({ param: { id: patientId }, header: {}, json });

const detailOf = (id: string) => parseResponse(api.client(anna).requests[':id'].$get({ param: { id } }));

/** A 400 naming the field at fault. */
const fieldError = (path: string) => ({
  errors: expect.arrayContaining([expect.objectContaining({ path })]),
});

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  annaId = (await familyOf(api, anna)).self.id;
  const reports = await parseResponse(
    api.client(anna).patients[':id'].requests['lab-reports'].$get({ param: { id: annaId } }),
  );
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
    const detail = await detailOf((await parseResponse(res)).id);
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
    const detail = await detailOf((await parseResponse(res)).id);
    expect(detail.complaints).toBe('Холестерин растёт, что делать?');
  });

  it('still needs something to decode', async () => {
    const res = await submit(annaId, { kind: 'test_decoding', specialtyCode: 'therapist' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject(fieldError('fileIds'));
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
    expect(await res.json()).toMatchObject(fieldError('complaints'));
  });
});
