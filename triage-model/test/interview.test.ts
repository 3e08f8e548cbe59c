import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTriageEngine, type TriageEngine } from '../src/index.js';
import type { AnswerValue, InterviewState } from '../src/index.js';

let engine: TriageEngine;
beforeAll(async () => {
  engine = await loadTriageEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** Drives an interview the way the api will: each step goes through JSON, as if stored in the database. */
function interview(
  state: InterviewState,
  truth: Record<string, AnswerValue>,
): { state: InterviewState; asked: string[] } {
  const asked: string[] = [];
  for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
    asked.push(q.findingId);
    const value = truth[q.findingId] ?? (q.kind === 'numeric' ? 'unknown' : 'no');
    state = JSON.parse(JSON.stringify(engine.answer(state, q.findingId, value))) as InterviewState;
  }
  return { state, asked };
}

describe('adaptive interview', () => {
  it('sore throat and fever in Russian → a remote consult with a doctor, tonsillitis among the top conditions', async () => {
    const start = engine.start({
      ageMonths: 27 * 12,
      sex: 'female',
      complaintText: 'болит горло и температура 38,5 третий день',
      locale: 'ru',
    });
    expect(start.extracted.map((f) => [f.findingId, f.value])).toEqual([
      ['sore_throat', 'yes'],
      ['temperature_c', 38.5],
      ['duration_days', 3],
      ['fever_days', 3],
    ]);
    const { state, asked } = interview(start, {
      painful_swallowing: 'yes',
      tonsil_exudate: 'yes',
      swollen_lymph_nodes: 'yes',
      fatigue: 'yes',
    });
    // The complaint's own findings are not asked again; airway red flags for a sore throat are covered.
    expect(asked).not.toContain('sore_throat');
    expect(asked).toEqual(expect.arrayContaining(['stridor', 'drooling']));
    const result = await engine.result(state);
    // FeverPAIN 2 here (fever, seen within 3 days; NICE NG84, 2018): a doctor's remote consult, today or planned.
    expect(['within_24h', 'planned']).toContain(result.urgency);
    expect(result.redFlags).toEqual([]);
    expect(result.conditions.slice(0, 3).map((c) => c.id)).toContain('tonsillitis');
    expect(result.specialist).toBe('therapist');
    expect(result.consultFormat).toBe('video');
    expect(result.disclaimer.ru).toMatch(/не диагноз/);
    expect(result.modelVersion).toBe(engine.modelVersion);
    const tonsillitis = result.conditions.find((c) => c.id === 'tonsillitis')!;
    expect(tonsillitis.icd10).toBe('J03.9');
    expect(tonsillitis.drivers.length).toBeGreaterThan(0);
  });

  it('chest pain with sweating in English → ambulance from the red-flag rule, asked early', async () => {
    const start = engine.start({
      ageMonths: 58 * 12,
      sex: 'male',
      complaintText: 'chest pain for an hour',
      locale: 'en',
    });
    const { state, asked } = interview(start, { sweating: 'yes', chest_pain_pressing: 'yes' });
    // General discriminators (breathing first) and the complaint's own discriminators reach the danger signs fast.
    expect(asked[0]).toBe('breathlessness');
    expect(asked.length).toBeLessThanOrEqual(5);
    const result = await engine.result(state);
    expect(result.urgency).toBe('ambulance');
    expect(result.urgencySource).toBe('red_flag');
    expect(result.redFlags.map((r) => r.id)).toContain('chest_pain_with_danger_signs');
    expect(result.consultFormat).toBe('in_person');
    expect(result.conditions[0]!.id).toBe('acute_coronary_syndrome');
  });

  it('the model never lowers a red flag: a feverish 2-month-old with a cold goes to the ED', async () => {
    const start = engine.start({
      ageMonths: 2,
      sex: 'female',
      complaintText: 'насморк, температура 38,0',
      locale: 'ru',
    });
    const { state } = interview(start, { runny_nose: 'yes', sneezing: 'yes' });
    const result = await engine.result(state);
    expect(result.redFlags.map((r) => r.id)).toEqual(['infant_under_3_months_fever']);
    expect(result.urgency).toBe('emergency_department');
    expect(result.specialist).toBe('paediatrician');
  });

  it('a seizure in a toddler: the measured temperature decides between ambulance and emergency department', () => {
    let state = engine.start({
      ageMonths: 24,
      sex: 'male',
      complaintText: 'у ребенка были судороги',
      locale: 'ru',
    });
    expect(state.complaints).toContain('seizure');
    let q = engine.nextQuestion(state);
    for (; q && q.findingId !== 'temperature_c'; q = engine.nextQuestion(state)) {
      state = engine.answer(state, q.findingId, 'no');
    }
    // Under 5s are asked the measured temperature early, as a general discriminator.
    expect(q).toMatchObject({ findingId: 'temperature_c', reason: 'discriminator' });
    expect(state.asked.length).toBeLessThanOrEqual(3);
    expect(engine.nextQuestion(engine.answer(state, 'temperature_c', 36.6))).toBeNull();
    // With fever it is an ED case, but signs that would still call for an ambulance (meningitis) are checked.
    let febrile = engine.answer(state, 'temperature_c', 38.6);
    const asked: string[] = [];
    for (let next = engine.nextQuestion(febrile); next; next = engine.nextQuestion(febrile)) {
      asked.push(next.findingId);
      febrile = engine.answer(febrile, next.findingId, next.kind === 'numeric' ? 'unknown' : 'no');
    }
    expect(asked).toContain('neck_stiffness');
  });

  it('a seizure in known epilepsy: whether the person is back to normal is asked before an ambulance ends it', async () => {
    const start = engine.start({
      ageMonths: 300,
      sex: 'female',
      complaintText: 'у меня эпилепсия, сегодня был приступ',
      locale: 'ru',
    });
    // Another ambulance-level rule that nothing can withdraw (chest pain with sweating) still ends it at once.
    expect(
      engine.nextQuestion(
        engine.start({
          ageMonths: 600,
          sex: 'male',
          complaintText: 'у меня эпилепсия, был приступ; давит в груди, холодный пот',
          locale: 'ru',
        }),
      ),
    ).toBeNull();
    // Without epilepsy a seizure ends the interview at once.
    expect(
      engine.nextQuestion(
        engine.start({ ageMonths: 300, sex: 'female', complaintText: 'был приступ судорог', locale: 'ru' }),
      ),
    ).toBeNull();
    const first = engine.nextQuestion(start);
    expect(first).toMatchObject({ findingId: 'unresponsive', reason: 'red_flag', redFlagRuleId: 'seizure' });
    const recovered = interview(start, {});
    expect(recovered.asked.slice(0, 3)).toEqual(['unresponsive', 'confusion', 'head_injury']);
    expect((await engine.result(recovered.state)).urgency).toBe('within_24h');
    // Still confused: the ambulance stands, and the remaining checks are not asked.
    const confused = interview(start, { unresponsive: 'no', confusion: 'yes' });
    expect(confused.asked).toEqual(['unresponsive', 'confusion']);
    expect((await engine.result(confused.state)).urgency).toBe('ambulance');
  });

  it('asks diastolic pressure right after a measured systolic one', () => {
    let state = engine.start({
      ageMonths: 60 * 12,
      sex: 'female',
      complaintText: 'болит голова',
      locale: 'ru',
    });
    for (
      let q = engine.nextQuestion(state);
      q && q.findingId !== 'bp_systolic';
      q = engine.nextQuestion(state)
    ) {
      state = engine.answer(state, q.findingId, q.kind === 'numeric' ? 'unknown' : 'no');
    }
    state = engine.answer(state, 'bp_systolic', 185);
    expect(engine.nextQuestion(state)).toMatchObject({
      findingId: 'bp_diastolic',
      kind: 'numeric',
      reason: 'paired',
    });
  });

  it('rejects answers of the wrong kind and unknown findings', () => {
    const state = engine.start({ ageMonths: 300, sex: 'male', locale: 'en' });
    expect(() => engine.answer(state, 'temperature_c', 'yes')).toThrow();
    expect(() => engine.answer(state, 'temperature_c', 50)).toThrow();
    expect(() => engine.answer(state, 'cough', 3)).toThrow();
    expect(() => engine.answer(state, 'high_fever', 'yes')).toThrow();
    expect(() => engine.answer(state, 'no_such_finding', 'yes')).toThrow();
    expect(() => engine.nextQuestion({ ...state, ageMonths: -1 })).toThrow();
  });

  it('without a complaint it still asks, and every question is applicable to the patient', () => {
    const state = engine.start({ ageMonths: 8 * 12, sex: 'male', locale: 'en' });
    const { asked } = interview(state, {});
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).not.toContain('vaginal_discharge');
    expect(asked).not.toContain('missed_period');
  });
});
