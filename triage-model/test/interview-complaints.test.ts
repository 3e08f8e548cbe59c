import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingById, isApplicable } from '../src/knowledge/catalogue.js';
import { PRESENTING_COMPLAINTS } from '../src/knowledge/complaints/index.js';
import { InterviewStateSchema, loadTriageEngine, type TriageEngine } from '../src/index.js';
import { runInterview } from './interview-driver.js';

let engine: TriageEngine;
beforeAll(async () => {
  engine = await loadTriageEngine();
});
afterAll(async () => {
  await engine?.close();
});

const STROKE_AND_PRESSURE = [
  'bp_systolic',
  'bp_diastolic',
  'face_droop',
  'speech_difficulty',
  'vision_loss_sudden',
];

describe('complaint-first interview', () => {
  it('a sore throat in a young adult: discriminators first, never blood pressure or stroke signs', () => {
    const start = engine.start({
      ageMonths: 22 * 12,
      sex: 'female',
      complaintIds: ['sore_throat'],
      locale: 'en',
    });
    expect(start.complaints).toEqual(['sore_throat']);
    expect(start.answers.sore_throat).toEqual({ value: 'yes', source: 'complaint' });
    const { asked, questions } = runInterview(engine, start, {});
    expect(questions[0]!.reason).toBe('discriminator');
    expect(asked.slice(0, 6)).toEqual(expect.arrayContaining(['drooling', 'stridor']));
    for (const id of STROKE_AND_PRESSURE) expect(asked).not.toContain(id);
    expect(asked.length).toBeLessThanOrEqual(engine.limits.maxQuestions);
  });

  it('the same sore throat recognised in Russian free text drives the same questions', () => {
    const start = engine.start({
      ageMonths: 22 * 12,
      sex: 'female',
      complaintText: 'болит горло',
      locale: 'ru',
    });
    expect(start.complaints).toContain('sore_throat');
    const { asked } = runInterview(engine, start, {});
    for (const id of STROKE_AND_PRESSURE) expect(asked).not.toContain(id);
  });

  it('a 5-month-old with a cough is never asked about heartburn', () => {
    const start = engine.start({ ageMonths: 5, sex: 'male', complaintIds: ['cough'], locale: 'ru' });
    const { asked } = runInterview(engine, start, { cough: 'yes' });
    expect(asked).not.toContain('heartburn');
    expect(asked).not.toContain('acid_regurgitation');
    expect(asked).toContain('temperature_c'); // under 5s are asked for the measured temperature
  });

  it('a teenager with mouth ulcers is never asked about testicular pain', () => {
    const start = engine.start({
      ageMonths: 15 * 12,
      sex: 'male',
      complaintIds: ['mouth_ulcers'],
      locale: 'en',
    });
    const { asked } = runInterview(engine, start, {});
    expect(asked).not.toContain('testicular_pain');
    for (const id of STROKE_AND_PRESSURE) expect(asked).not.toContain(id);
  });

  it('without any complaint it still works with general questions, and a complaint can be picked later', () => {
    const start = engine.start({ ageMonths: 40 * 12, sex: 'male', locale: 'en' });
    expect(start.complaints).toEqual([]);
    const first = engine.nextQuestion(start);
    expect(first).toMatchObject({ findingId: 'confusion', reason: 'discriminator' });
    const picked = engine.addComplaints(start, ['headache']);
    expect(picked.complaints).toEqual(['headache']);
    expect(picked.answers.headache).toEqual({ value: 'yes', source: 'complaint' });
    expect(() => engine.addComplaints(start, ['no_such_complaint'])).toThrow();
  });

  it('a complaint only inferred from a finding guides the questions but asserts none of its own findings', () => {
    // "Sweaty" belongs to the chest-pain chart’s questions; the child never said her chest hurts.
    const state = engine.start({
      ageMonths: 4 * 12,
      sex: 'female',
      complaintText: 'she woke up an hour after falling asleep all sweaty',
      locale: 'en',
    });
    expect(state.complaints).toEqual(['chest_pain']);
    expect(state.answers.sweating).toEqual({ value: 'yes', source: 'complaint' });
    expect(state.answers.chest_pain).toBeUndefined();
    // Picking the complaint from the list afterwards says it outright.
    expect(engine.addComplaints(state, ['chest_pain']).answers.chest_pain).toEqual({
      value: 'yes',
      source: 'complaint',
    });
    const named = engine.start({
      ageMonths: 50 * 12,
      sex: 'male',
      complaintText: 'pain in my chest',
      locale: 'en',
    });
    expect(named.answers.chest_pain).toEqual({ value: 'yes', source: 'complaint' });
  });

  it('complaints that do not apply to the patient are dropped', () => {
    const state = engine.start({
      ageMonths: 30 * 12,
      sex: 'male',
      complaintIds: ['vaginal_bleeding'],
      locale: 'en',
    });
    expect(state.complaints).toEqual([]);
  });

  it('never asks a question outside the patient’s age and sex, for every complaint', () => {
    const patients = [
      { ageMonths: 4, sex: 'female' as const },
      { ageMonths: 8 * 12, sex: 'male' as const },
      { ageMonths: 35 * 12, sex: 'female' as const },
      { ageMonths: 75 * 12, sex: 'male' as const },
    ];
    for (const complaint of PRESENTING_COMPLAINTS) {
      const patient = patients.find((p) => isApplicable(complaint, p.ageMonths, p.sex));
      if (!patient) continue;
      const start = engine.start({ ...patient, complaintIds: [complaint.id], locale: 'en' });
      const { asked } = runInterview(engine, start, {});
      for (const id of asked) {
        const f = findingById.get(id)!;
        if (f.kind === 'boolean')
          expect([complaint.id, id, isApplicable(f, patient.ageMonths, patient.sex)]).toEqual([
            complaint.id,
            id,
            true,
          ]);
      }
    }
  });

  it('states stored before complaints existed still parse', () => {
    const { complaints: _omitted, ...v1 } = engine.start({ ageMonths: 300, sex: 'male', locale: 'en' });
    expect(InterviewStateSchema.parse(v1).complaints).toEqual([]);
    expect(engine.nextQuestion(v1 as never)).not.toBeNull();
  });
});
