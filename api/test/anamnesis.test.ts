import type { z } from '@hono/zod-openapi';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { answersBodySchema } from '../src/domains/anamnesis/schemas.js';
import { book } from './booking-fixtures.js';

import { useTestApi, type TestSession, problemOf } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  family = await familyOf(api, anna);
});

const start = async (patientId: string, complaintText: string, locale: 'ru' | 'en' = 'ru') => {
  const res = await api.client(anna).anamnesis.$post({ json: { patientId, complaintText, locale } });
  expect(res.status).toBe(201);
  return parseResponse(res);
};
type View = Awaited<ReturnType<typeof start>>;

const answer = (id: string, json: z.input<typeof answersBodySchema>, session = anna) =>
  api.client(session).anamnesis[':id'].answers.$post({ param: { id }, json });

/** Answers every question the way a simple patient would: the listed findings yes, the rest no. */
async function finishInterview(view: View, yes: Record<string, 'yes' | number> = {}) {
  let current = view;
  for (let i = 0; current.question && i < 40; i++) {
    const q = current.question;
    const value = yes[q.findingId] ?? (q.kind === 'numeric' ? 'unknown' : 'no');
    const res = await answer(current.id, { answers: [{ findingId: q.findingId, value }] });
    expect(res.status).toBe(200);
    current = await parseResponse(res);
  }
  return current;
}

describe('symptom checker api', () => {
  it('publishes its vocabulary with ids, names in both languages and ICD-10 codes', async () => {
    const vocabulary = await parseResponse(api.client().triage.vocabulary.$get());
    expect(vocabulary.findings.length).toBeGreaterThanOrEqual(150);
    expect(vocabulary.conditions.length).toBeGreaterThanOrEqual(60);
    expect(vocabulary.conditions.every((c) => /^[A-Z]\d\d/.test(c.icd10))).toBe(true);
  });

  it('understands a Russian complaint, interviews, and offers the right booking with the questionnaire attached', async () => {
    const view = await start(family.self.id, 'болит горло и температура 38,5 третий день');
    const understood = Object.fromEntries(view.recognized.map((f) => [f.findingId, f.value]));
    expect(understood).toMatchObject({ sore_throat: 'yes' });
    expect(Object.values(understood)).toContain(38.5);
    expect(view.question).not.toBeNull();

    const done = await finishInterview(view);
    expect(done.status).toBe('completed');
    expect(done.result!.disclaimer.ru).toMatch(/не (является )?диагноз/i);
    expect(done.result!.conditions.length).toBeGreaterThan(0);
    expect(['urgent_queue', 'planned', 'self_care']).toContain(done.booking!.mode);
    expect(done.booking!.specialty).toBe('therapist');

    // Book the recommended consult with the questionnaire attached; the doctor then reads the summary.
    const { doctors } = api.client(anna);
    const list = await parseResponse(
      doctors.$get({ query: { specialty: 'therapist', patientId: family.self.id } }),
    );
    const doctor = list.items.find((d) => d.fullName.en === 'Andrey Lebedev')!;
    const slots = await parseResponse(
      doctors[':id'].slots.$get({ param: { id: doctor.id }, query: { days: '2', format: 'video' } }),
    );
    const booked = await book(api, anna, {
      patientId: family.self.id,
      slotId: slots.items[6]!.id,
      format: 'video',
      anamnesisId: done.id,
    });
    expect(booked.status).toBe(201);
    const appointmentId = (await parseResponse(booked)).id;
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    const summary = await api
      .client(lebedev)
      .appointments[':id'].anamnesis.$get({ param: { id: appointmentId } });
    expect(summary.status).toBe(200);
    expect((await parseResponse(summary)).id).toBe(done.id);
    // Another doctor sees nothing of it.
    const garipova = await api.login('dr.garipova@demo.telemed');
    expect((await api.client(garipova).anamnesis[':id'].$get({ param: { id: done.id } })).status).toBe(404);
  });

  it('never under-triages a red flag: chest pain with sweating is an ambulance, with no online booking', async () => {
    const view = await start(family.self.id, 'chest pain and sweating, short of breath', 'en');
    const done = await finishInterview(view);
    expect(done.result!.urgency).toBe('ambulance');
    expect(done.result!.redFlags.length).toBeGreaterThan(0);
    expect(done.booking).toMatchObject({ mode: 'emergency', specialty: null });
  });

  it('lets a parent answer for a child, and refuses another family', async () => {
    const child = family.children[0]!.id;
    const view = await start(child, 'кашель и насморк');
    expect(view.question).not.toBeNull();
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const res = await api
      .client(ivan)
      .anamnesis.$post({ json: { patientId: child, complaintText: 'кашель' } });
    expect(res.status).toBe(404);
    expect((await api.client(ivan).anamnesis[':id'].$get({ param: { id: view.id } })).status).toBe(404);
  });

  it('refuses to start without a complaint: no words (or only spaces) and nothing picked', async () => {
    for (const json of [{}, { complaintText: '   ' }, { complaintText: '', complaintIds: [] }]) {
      const res = await api.client(anna).anamnesis.$post({ json: { patientId: family.self.id, ...json } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await problemOf(res);
      expect(problem.errors?.[0]).toMatchObject({ path: 'complaintText', code: 'anamnesis.no_complaint' });
    }
  });

  it('rejects an answer that makes no sense with a clear 400', async () => {
    const view = await start(family.self.id, 'headache', 'en');
    const unknown = await answer(view.id, { answers: [{ findingId: 'no_such_finding', value: 'yes' }] });
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).detail).toMatch(/no_such_finding/);
  });

  it('stops on request and keeps the result', async () => {
    const view = await start(family.self.id, 'насморк');
    const done = await parseResponse(
      api.client(anna).anamnesis[':id'].finish.$post({ param: { id: view.id } }),
    );
    expect(done.status).toBe('completed');
    expect(done.result).not.toBeNull();
    const again = await answer(view.id, { answers: [{ findingId: 'fever', value: 'yes' }] });
    expect(again.status).toBe(409);
  });
});
