import type { z } from '@hono/zod-openapi';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  answersBodySchema,
  answerValueSchema,
  startBodySchema,
} from '../src/domains/anamnesis/schemas.js';

import { useTestApi, type TestSession, problemOf } from './harness.js';
import { familyOf } from './people.js';

// The symptom checker's complaint pick-list, going back to change answers (corrections never use the question
// budget) and the re-ask after "don't know" to a danger sign.
const api = useTestApi();

let anna: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  family = await familyOf(api, anna);
});

const begin = (json: Omit<z.input<typeof startBodySchema>, 'patientId'>) =>
  api.client(anna).anamnesis.$post({ json: { patientId: family.self.id, ...json } });

const start = async (json: Omit<z.input<typeof startBodySchema>, 'patientId' | 'locale'>) => {
  const res = await begin({ locale: 'en', ...json });
  expect(res.status).toBe(201);
  return parseResponse(res);
};
type View = Awaited<ReturnType<typeof start>>;
type AnswerValue = z.input<typeof answerValueSchema>;

const answers = (id: string, json: z.input<typeof answersBodySchema>) =>
  api.client(anna).anamnesis[':id'].answers.$post({ param: { id }, json });

const answer = async (view: View, value: AnswerValue) => {
  const res = await answers(view.id, { answers: [{ findingId: view.question!.findingId, value }] });
  expect(res.status).toBe(200);
  return parseResponse(res);
};

/** Changes the answer to `findingId`, as `session`. */
const change = (id: string, findingId: string, value: AnswerValue, session = anna) =>
  api
    .client(session)
    .anamnesis[':id'].answers[':findingId'].$put({ param: { id, findingId }, json: { value } });

/** Answers the current question the way a patient with nothing alarming would. */
const reassure = (view: View) => answer(view, view.question!.kind === 'numeric' ? 'unknown' : 'no');

describe('presenting complaints', () => {
  it('publishes the pick-list in both languages, grouped, and filters it by the person’s age and sex', async () => {
    const complaints = (session?: TestSession, patientId?: string) =>
      api.client(session).triage.complaints.$get({ query: patientId ? { patientId } : {} });
    const all = await parseResponse(complaints());
    expect(all.items.length).toBeGreaterThanOrEqual(100);
    expect(all.items.every((c) => c.group && c.name.ru && c.name.en)).toBe(true);

    const forAnna = await parseResponse(complaints(anna, family.self.id));
    const mikhail = family.children.find((child) => child.fullName.en === 'Mikhail Petrov')!;
    const forMikhail = await parseResponse(complaints(anna, mikhail.id));
    expect(forAnna.items.some((c) => c.id === 'testicular_pain')).toBe(false);
    expect(forMikhail.items.some((c) => c.id === 'testicular_pain')).toBe(true);
    expect(forAnna.items.every((c) => c.sex !== 'male')).toBe(true);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const stranger = await complaints(ivan, family.self.id);
    expect(stranger.status).toBe(404);
  });

  it('starts from a picked complaint without any text', async () => {
    const view = await start({ complaintIds: ['sore_throat'] });
    expect(view.complaints.map((c) => c.id)).toContain('sore_throat');
    expect(view.complaints[0]!.name.en).toBeTruthy();
    expect(view.question).not.toBeNull();
  });

  it('refuses unknown and unsuitable complaints with a problem+json 400', async () => {
    const unknown = await begin({ complaintIds: ['no_such_complaint'] });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await problemOf(unknown)).errors!.some((e) => e.path.startsWith('complaintIds'))).toBe(true);

    const unsuitable = await begin({ complaintIds: ['testicular_pain'] });
    expect(unsuitable.status).toBe(400);
    expect(unsuitable.headers.get('content-type')).toContain('application/problem+json');
    expect((await problemOf(unsuitable)).detail).toMatch(/testicular_pain/);
  });
});

describe('changing an answer', () => {
  it('replaces the answer, keeps the question count and continues from the new state', async () => {
    let view = await start({ complaintText: 'headache' });
    view = await reassure(view);
    view = await reassure(view);
    const first = view.answered[0]!;
    const numberBefore = view.question!.number;

    const res = await change(view.id, first.findingId, first.kind === 'numeric' ? 'unknown' : 'yes');
    expect(res.status).toBe(200);
    const changed = await parseResponse(res);
    expect(changed.answered).toHaveLength(2);
    expect(changed.answered[0]).toMatchObject({
      findingId: first.findingId,
      value: first.kind === 'numeric' ? 'unknown' : 'yes',
    });
    // A correction is no new question: the next one keeps its number (or the result came).
    if (changed.question) expect(changed.question.number).toBe(numberBefore);
  });

  it('does not spend the question budget on correcting what the text said', async () => {
    const view = await start({ complaintText: 'sore throat and temperature 38.5' });
    const throat = view.recognized.find((f) => f.findingId === 'sore_throat');
    expect(throat).toBeDefined();
    const res = await change(view.id, 'sore_throat', 'no');
    expect(res.status).toBe(200);
    const fixed = await parseResponse(res);
    expect(fixed.recognized.find((f) => f.findingId === 'sore_throat')!.value).toBe('no');
    expect(fixed.answered).toHaveLength(0);
    expect(fixed.question?.number ?? 1).toBe(1);
    // The confirmation screen sends its corrections as answers: no budget either.
    const batch = await parseResponse(
      answers(view.id, { answers: [{ findingId: 'sore_throat', value: 'yes' }] }),
    );
    expect(batch.answered).toHaveLength(0);
    expect(batch.question?.number ?? 1).toBe(1);
  });

  it('refuses a change to an unanswered question, from another family, and once the interview is over', async () => {
    let view = await start({ complaintText: 'runny nose' });
    view = await reassure(view);
    const asked = view.answered[0]!.findingId;

    const notYet = await change(view.id, 'no_such_finding', 'yes');
    expect(notYet.status).toBe(400);
    expect(notYet.headers.get('content-type')).toContain('application/problem+json');
    // Sent raw: the typed client only takes the answers there are.
    const badValue = await api.request(`/anamnesis/${view.id}/answers/${asked}`, {
      method: 'PUT',
      session: anna,
      json: { value: 'maybe' },
    });
    expect(badValue.status).toBe(400);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await change(view.id, asked, 'yes', ivan)).status).toBe(404);
    const doctor = await api.login('dr.lebedev@demo.telemed');
    expect([403, 404]).toContain((await change(view.id, asked, 'yes', doctor)).status);

    const interview = api.client(anna).anamnesis[':id'];
    expect((await interview.finish.$post({ param: { id: view.id } })).status).toBe(200);
    const late = await change(view.id, asked, 'yes');
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toContain('application/problem+json');
    const unchanged = await parseResponse(interview.$get({ param: { id: view.id } }));
    expect(unchanged.answered[0]!.value).toBe(view.answered[0]!.value);
  });
});

/** Danger signs with a simpler re-ask whose reassuring answer is "yes" (triage-model/src/red-flags/doubt.ts). */
const REASKED = [
  'confusion',
  'unresponsive',
  'lethargy',
  'breathlessness',
  'severe_breathlessness',
  'blue_lips',
];

describe('uncertainty', () => {
  it('re-asks a danger sign more simply after "don’t know" instead of ending with an ambulance', async () => {
    // A parent answering for her son: his consciousness is hers to observe, so her doubt about it counts.
    const mikhail = family.children.find((child) => child.fullName.en === 'Mikhail Petrov')!;
    const res = await api
      .client(anna)
      .anamnesis.$post({ json: { patientId: mikhail.id, locale: 'en', complaintText: 'headache' } });
    expect(res.status).toBe(201);
    let view = await parseResponse(res);
    for (let i = 0; i < 15 && view.question && !REASKED.includes(view.question.findingId); i++) {
      view = await reassure(view);
    }
    const sign = view.question!;
    expect(REASKED).toContain(sign.findingId);
    view = await answer(view, 'unknown');
    expect(view.status).toBe('in_progress');
    expect(view.question).toMatchObject({ reason: 'reask', reaskOf: sign.findingId });
    view = await answer(view, 'yes');
    expect(view.status).toBe('in_progress');
    expect(view.question!.reason).not.toBe('reask');
  });

  it('a patient answering for herself shows she is conscious: her "don’t know" about confusion is not re-asked', async () => {
    let view = await start({ complaintText: 'headache' });
    for (let i = 0; i < 15 && view.question && view.question.findingId !== 'confusion'; i++) {
      view = await reassure(view);
    }
    expect(view.question).toMatchObject({ findingId: 'confusion' });
    view = await answer(view, 'unknown');
    expect(view.question?.reason).not.toBe('reask');
  });
});
