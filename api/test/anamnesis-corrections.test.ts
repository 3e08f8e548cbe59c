import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi, type TestSession } from './harness.js';

// The symptom checker's complaint pick-list, going back to change answers (corrections never use the question
// budget) and the re-ask after "don't know" to a danger sign.
const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };
type Question = {
  findingId: string;
  kind: 'boolean' | 'numeric';
  reason: string;
  reaskOf?: string;
  number: number;
};
type View = {
  id: string;
  status: string;
  complaints: { id: string; name: { ru: string; en: string } }[];
  recognized: { findingId: string; value: unknown }[];
  answered: { findingId: string; kind: string; value: unknown }[];
  question: Question | null;
  result: null | { urgency: string };
};
type Complaint = { id: string; group: string; name: { ru: string; en: string }; sex?: string };

let anna: TestSession;
let family: Family;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  family = (await (await api.request('/me/family', { session: anna })).json()) as Family;
});

async function call(method: string, path: string, json?: unknown, session = anna) {
  const res = await api.request(path, { method, session, ...(json === undefined ? {} : { json }) });
  return { res, body: (await res.json()) as View & { detail: string; errors?: { path: string }[] } };
}

const start = async (json: Record<string, unknown>) => {
  const { res, body } = await call('POST', '/anamnesis', {
    patientId: family.self.id,
    locale: 'en',
    ...json,
  });
  expect(res.status).toBe(201);
  return body;
};

const answer = async (view: View, value: 'yes' | 'no' | 'unknown' | number) => {
  const { res, body } = await call('POST', `/anamnesis/${view.id}/answers`, {
    answers: [{ findingId: view.question!.findingId, value }],
  });
  expect(res.status).toBe(200);
  return body;
};

/** Answers the current question the way a patient with nothing alarming would. */
const reassure = (view: View) => answer(view, view.question!.kind === 'numeric' ? 'unknown' : 'no');

describe('presenting complaints', () => {
  it('publishes the pick-list in both languages, grouped, and filters it by the person’s age and sex', async () => {
    const all = (await (await api.request('/triage/complaints')).json()) as { items: Complaint[] };
    expect(all.items.length).toBeGreaterThanOrEqual(100);
    expect(all.items.every((c) => c.group && c.name.ru && c.name.en)).toBe(true);

    const forAnna = (await (
      await api.request(`/triage/complaints?patientId=${family.self.id}`, { session: anna })
    ).json()) as { items: Complaint[] };
    const mikhail = family.children.find((child) => child.fullName.en === 'Mikhail Petrov')!;
    const forMikhail = (await (
      await api.request(`/triage/complaints?patientId=${mikhail.id}`, { session: anna })
    ).json()) as { items: Complaint[] };
    expect(forAnna.items.some((c) => c.id === 'testicular_pain')).toBe(false);
    expect(forMikhail.items.some((c) => c.id === 'testicular_pain')).toBe(true);
    expect(forAnna.items.every((c) => c.sex !== 'male')).toBe(true);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const stranger = await api.request(`/triage/complaints?patientId=${family.self.id}`, { session: ivan });
    expect(stranger.status).toBe(404);
  });

  it('starts from a picked complaint without any text', async () => {
    const view = await start({ complaintIds: ['sore_throat'] });
    expect(view.complaints.map((c) => c.id)).toContain('sore_throat');
    expect(view.complaints[0]!.name.en).toBeTruthy();
    expect(view.question).not.toBeNull();
  });

  it('refuses unknown and unsuitable complaints with a problem+json 400', async () => {
    const unknown = await call('POST', '/anamnesis', {
      patientId: family.self.id,
      complaintIds: ['no_such_complaint'],
    });
    expect(unknown.res.status).toBe(400);
    expect(unknown.res.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.errors!.some((e) => e.path.startsWith('complaintIds'))).toBe(true);

    const unsuitable = await call('POST', '/anamnesis', {
      patientId: family.self.id,
      complaintIds: ['testicular_pain'],
    });
    expect(unsuitable.res.status).toBe(400);
    expect(unsuitable.res.headers.get('content-type')).toContain('application/problem+json');
    expect(unsuitable.body.detail).toMatch(/testicular_pain/);
  });
});

describe('changing an answer', () => {
  it('replaces the answer, keeps the question count and continues from the new state', async () => {
    let view = await start({ complaintText: 'headache' });
    view = await reassure(view);
    view = await reassure(view);
    const first = view.answered[0]!;
    const numberBefore = view.question!.number;

    const changed = await call('PUT', `/anamnesis/${view.id}/answers/${first.findingId}`, {
      value: first.kind === 'numeric' ? 'unknown' : 'yes',
    });
    expect(changed.res.status).toBe(200);
    expect(changed.body.answered).toHaveLength(2);
    expect(changed.body.answered[0]).toMatchObject({
      findingId: first.findingId,
      value: first.kind === 'numeric' ? 'unknown' : 'yes',
    });
    // A correction is no new question: the next one keeps its number (or the result came).
    if (changed.body.question) expect(changed.body.question.number).toBe(numberBefore);
  });

  it('does not spend the question budget on correcting what the text said', async () => {
    const view = await start({ complaintText: 'sore throat and temperature 38.5' });
    const throat = view.recognized.find((f) => f.findingId === 'sore_throat');
    expect(throat).toBeDefined();
    const fixed = await call('PUT', `/anamnesis/${view.id}/answers/sore_throat`, { value: 'no' });
    expect(fixed.res.status).toBe(200);
    expect(fixed.body.recognized.find((f) => f.findingId === 'sore_throat')!.value).toBe('no');
    expect(fixed.body.answered).toHaveLength(0);
    expect(fixed.body.question?.number ?? 1).toBe(1);
    // The confirmation screen sends its corrections as answers: no budget either.
    const batch = await call('POST', `/anamnesis/${view.id}/answers`, {
      answers: [{ findingId: 'sore_throat', value: 'yes' }],
    });
    expect(batch.body.answered).toHaveLength(0);
    expect(batch.body.question?.number ?? 1).toBe(1);
  });

  it('refuses a change to an unanswered question, from another family, and once the interview is over', async () => {
    let view = await start({ complaintText: 'runny nose' });
    view = await reassure(view);
    const asked = view.answered[0]!.findingId;

    const notYet = await call('PUT', `/anamnesis/${view.id}/answers/no_such_finding`, { value: 'yes' });
    expect(notYet.res.status).toBe(400);
    expect(notYet.res.headers.get('content-type')).toContain('application/problem+json');
    const badValue = await call('PUT', `/anamnesis/${view.id}/answers/${asked}`, { value: 'maybe' });
    expect(badValue.res.status).toBe(400);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const stranger = await call('PUT', `/anamnesis/${view.id}/answers/${asked}`, { value: 'yes' }, ivan);
    expect(stranger.res.status).toBe(404);
    const doctor = await api.login('dr.lebedev@demo.telemed');
    const byDoctor = await call('PUT', `/anamnesis/${view.id}/answers/${asked}`, { value: 'yes' }, doctor);
    expect([403, 404]).toContain(byDoctor.res.status);

    expect((await call('POST', `/anamnesis/${view.id}/finish`)).res.status).toBe(200);
    const late = await call('PUT', `/anamnesis/${view.id}/answers/${asked}`, { value: 'yes' });
    expect(late.res.status).toBe(409);
    expect(late.res.headers.get('content-type')).toContain('application/problem+json');
    const unchanged = await call('GET', `/anamnesis/${view.id}`);
    expect(unchanged.body.answered[0]!.value).toBe(view.answered[0]!.value);
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
    let view = await start({ complaintText: 'headache' });
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
});
