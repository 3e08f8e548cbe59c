import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };
type Question = { findingId: string; kind: 'boolean' | 'numeric'; text: { ru: string } };
type View = {
  id: string;
  status: string;
  recognized: { findingId: string; value: unknown }[];
  question: Question | null;
  result: null | {
    urgency: string;
    specialist: string;
    disclaimer: { ru: string; en: string };
    conditions: { id: string; icd10: string; probability: number }[];
    redFlags: { id: string }[];
  };
  booking: null | { mode: string; specialty: string | null; format: string | null };
};

let anna: TestSession;
let family: Family;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  family = (await (await api.request('/me/family', { session: anna })).json()) as Family;
});

const start = async (patientId: string, complaintText: string, locale: 'ru' | 'en' = 'ru') => {
  const res = await api.request('/anamnesis', {
    method: 'POST',
    session: anna,
    json: { patientId, complaintText, locale },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as View;
};

/** Answers every question the way a simple patient would: the listed findings yes, the rest no. */
async function finishInterview(view: View, yes: Record<string, 'yes' | number> = {}) {
  let current = view;
  for (let i = 0; current.question && i < 40; i++) {
    const q = current.question;
    const value = yes[q.findingId] ?? (q.kind === 'numeric' ? 'unknown' : 'no');
    const res = await api.request(`/anamnesis/${current.id}/answers`, {
      method: 'POST',
      session: anna,
      json: { answers: [{ findingId: q.findingId, value }] },
    });
    expect(res.status).toBe(200);
    current = (await res.json()) as View;
  }
  return current;
}

describe('symptom checker api', () => {
  it('publishes its vocabulary with ids, names in both languages and ICD-10 codes', async () => {
    const res = await api.request('/triage/vocabulary');
    const vocabulary = (await res.json()) as { findings: unknown[]; conditions: { icd10: string }[] };
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
    const doctors = (await (
      await api.request(`/doctors?specialty=therapist&patientId=${family.self.id}`, { session: anna })
    ).json()) as { items: { id: string; fullName: { en: string } }[] };
    const doctor = doctors.items.find((d) => d.fullName.en === 'Andrey Lebedev')!;
    const slots = (await (
      await api.request(`/doctors/${doctor.id}/slots?days=2&format=video`, { session: anna })
    ).json()) as {
      items: { id: string }[];
    };
    const booked = await api.request('/appointments', {
      method: 'POST',
      session: anna,
      json: { patientId: family.self.id, slotId: slots.items[6]!.id, format: 'video', anamnesisId: done.id },
    });
    expect(booked.status).toBe(201);
    const appointmentId = ((await booked.json()) as { id: string }).id;
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    const summary = await api.request(`/appointments/${appointmentId}/anamnesis`, { session: lebedev });
    expect(summary.status).toBe(200);
    expect(((await summary.json()) as View).id).toBe(done.id);
    // Another doctor sees nothing of it.
    const garipova = await api.login('dr.garipova@demo.telemed');
    expect((await api.request(`/anamnesis/${done.id}`, { session: garipova })).status).toBe(404);
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
    const res = await api.request('/anamnesis', {
      method: 'POST',
      session: ivan,
      json: { patientId: child, complaintText: 'кашель' },
    });
    expect(res.status).toBe(404);
    expect((await api.request(`/anamnesis/${view.id}`, { session: ivan })).status).toBe(404);
  });

  it('rejects an answer that makes no sense with a clear 400', async () => {
    const view = await start(family.self.id, 'headache', 'en');
    const unknown = await api.request(`/anamnesis/${view.id}/answers`, {
      method: 'POST',
      session: anna,
      json: { answers: [{ findingId: 'no_such_finding', value: 'yes' }] },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(/no_such_finding/);
  });

  it('stops on request and keeps the result', async () => {
    const view = await start(family.self.id, 'насморк');
    const res = await api.request(`/anamnesis/${view.id}/finish`, { method: 'POST', session: anna });
    const done = (await res.json()) as View;
    expect(done.status).toBe('completed');
    expect(done.result).not.toBeNull();
    const again = await api.request(`/anamnesis/${view.id}/answers`, {
      method: 'POST',
      session: anna,
      json: { answers: [{ findingId: 'fever', value: 'yes' }] },
    });
    expect(again.status).toBe(409);
  });
});
