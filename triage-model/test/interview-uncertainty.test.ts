import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urgencyRank } from '../src/knowledge/catalogue.js';
import { loadTriageEngine, type TriageEngine } from '../src/index.js';
import { runInterview } from './interview-driver.js';

let engine: TriageEngine;
beforeAll(async () => {
  engine = await loadTriageEngine();
});
afterAll(async () => {
  await engine?.close();
});

const ED = urgencyRank('emergency_department');

describe('uncertainty', () => {
  it('"don\'t know" to a danger sign leads to its re-ask, and a reassuring answer settles it', async () => {
    let state = engine.start({
      ageMonths: 30 * 12,
      sex: 'male',
      complaintIds: ['shortness_of_breath'],
      locale: 'en',
    });
    state = engine.answer(state, 'severe_breathlessness', 'unknown');
    const reask = engine.nextQuestion(state)!;
    expect(reask).toMatchObject({
      reason: 'reask',
      reaskOf: 'severe_breathlessness',
      findingId: 'can_speak_full_sentences',
    });
    state = engine.answer(state, reask.findingId, 'yes');
    const result = await engine.result(state);
    expect(result.redFlags.map((r) => r.id)).not.toContain('severe_breathing_difficulty');
    expect(result.reasons.filter((r) => r.kind === 'doubt')).toEqual([]);
  });

  it('doubt about breathing that the re-ask cannot settle calls an ambulance, saying why', async () => {
    let state = engine.start({
      ageMonths: 30 * 12,
      sex: 'male',
      complaintIds: ['shortness_of_breath'],
      locale: 'en',
    });
    state = engine.answer(state, 'severe_breathlessness', 'unknown');
    state = engine.answer(state, 'can_speak_full_sentences', 'unknown');
    expect(engine.nextQuestion(state)).not.toBeNull(); // doubt alone does not end the interview
    const result = await engine.result(state);
    expect(result.urgency).toBe('ambulance');
    expect(result.redFlags).toContainEqual(
      expect.objectContaining({ id: 'severe_breathing_difficulty', confirmed: false, urgency: 'ambulance' }),
    );
    expect(result.reasons[0]).toMatchObject({ kind: 'doubt', findingIds: ['severe_breathlessness'] });
  });

  it('other doubt raises the level to within 24 hours and names the answer that drove it', async () => {
    let state = engine.start({
      ageMonths: 44 * 12,
      sex: 'male',
      complaintText: 'hit my head an hour ago',
      locale: 'en',
    });
    for (const [id, value] of [
      ['vomiting', 'unknown'],
      ['confusion', 'no'],
      ['fainting', 'no'],
      ['seizure', 'no'],
    ] as const) {
      state = engine.answer(state, id, value);
    }
    const result = await engine.result(state);
    expect(result.urgency).toBe('within_24h');
    expect(result.redFlags).toContainEqual(
      expect.objectContaining({ id: 'head_injury_danger_signs', confirmed: false, urgency: 'within_24h' }),
    );
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ kind: 'doubt', findingIds: ['vomiting'] }),
    );
    expect(result.reasons.find((r) => r.kind === 'doubt')!.text.ru).toMatch(/не знаю/);
  });

  it('"don\'t know" to a danger sign that is implausible for this patient is not escalated', async () => {
    let state = engine.start({
      ageMonths: 22 * 12,
      sex: 'female',
      complaintIds: ['sore_throat'],
      locale: 'en',
    });
    state = engine.answer(state, 'unresponsive', 'unknown');
    expect(engine.nextQuestion(state)?.reason).not.toBe('reask');
    const result = await engine.result(state);
    expect(result.reasons.filter((r) => r.kind === 'doubt')).toEqual([]);
    expect(urgencyRank(result.urgency)).toBeLessThan(ED);
  });

  it('doubt about consciousness escalates when a relative answers, not when the patient answers for themselves', async () => {
    const after = async (complaintText: string, locale: 'en' | 'ru') => {
      let state = engine.start({ ageMonths: 78 * 12, sex: 'male', complaintText, locale });
      state = engine.answer(state, 'confusion', 'unknown');
      state = engine.answer(state, 'answers_normally', 'unknown');
      return engine.result(state);
    };
    for (const [text, locale] of [
      ['my dad has a high temperature and feels weak since yesterday', 'en'],
      ['у папы высокая температура и слабость со вчерашнего дня', 'ru'],
    ] as const) {
      const result = await after(text, locale);
      expect(urgencyRank(result.urgency)).toBeGreaterThanOrEqual(ED);
      expect(result.reasons).toContainEqual(
        expect.objectContaining({ kind: 'doubt', findingIds: ['confusion'] }),
      );
    }
    for (const [text, locale] of [
      ['I have a high temperature and feel weak since yesterday', 'en'],
      ['высокая температура и слабость со вчерашнего дня', 'ru'],
    ] as const) {
      expect(urgencyRank((await after(text, locale)).urgency)).toBeLessThan(ED);
    }
  });

  it('no information never means the emergency department', async () => {
    for (const ageMonths of [1, 5, 24, 8 * 12, 15 * 12, 30 * 12, 55 * 12, 80 * 12]) {
      for (const sex of ['female', 'male'] as const) {
        const result = await engine.result(engine.start({ ageMonths, sex, locale: 'en' }));
        expect([ageMonths, sex, urgencyRank(result.urgency) < ED]).toEqual([ageMonths, sex, true]);
        expect(result.disclaimer.en).toMatch(/not a diagnosis/);
      }
    }
  });

  it('a confirmed ambulance rule ends the interview; the result explains it with its findings', async () => {
    let state = engine.start({ ageMonths: 60 * 12, sex: 'male', complaintIds: ['chest_pain'], locale: 'en' });
    state = engine.answer(state, 'sweating', 'yes');
    expect(engine.nextQuestion(state)).toBeNull();
    const result = await engine.result(state);
    expect(result.urgency).toBe('ambulance');
    expect(result.reasons[0]).toMatchObject({ kind: 'red_flag' });
    expect(result.reasons[0]!.findingIds).toEqual(expect.arrayContaining(['chest_pain', 'sweating']));
  });

  it('"don\'t know" whether the reliever helps is no doubt for someone with no known asthma, and is for an asthmatic', async () => {
    const wheezyChild = (asthma: 'no' | 'yes') => {
      let state = engine.start({
        ageMonths: 6 * 12,
        sex: 'female',
        complaintText: 'coughing in fits for a week, wheezy at the end of the fit',
        locale: 'en',
      });
      for (const [id, value] of [
        ['asthma_history', asthma],
        ['reliever_not_helping', 'unknown'],
      ] as const)
        state = engine.answer(state, id, value);
      return engine.result(state);
    };
    const noAsthma = await wheezyChild('no');
    expect(noAsthma.redFlags.map((r) => r.id)).not.toContain('asthma_reliever_not_helping');
    const asthmatic = await wheezyChild('yes');
    expect(asthmatic.redFlags).toContainEqual(
      expect.objectContaining({ id: 'asthma_reliever_not_helping', confirmed: false }),
    );
  });
});

describe('corrections', () => {
  it('fixing what was understood from the text does not use the question budget', () => {
    let state = engine.start({
      ageMonths: 27 * 12,
      sex: 'female',
      complaintText: 'кашель и насморк',
      locale: 'ru',
    });
    expect(state.extracted.map((f) => f.findingId)).toEqual(expect.arrayContaining(['cough', 'runny_nose']));
    state = engine.answer(state, 'runny_nose', 'no');
    expect(state.asked).toEqual([]);
    expect(state.answers.runny_nose).toEqual({ value: 'no', source: 'patient' });
    expect(engine.nextQuestion(state)!.number).toBe(1);
  });

  it('denying what named a complaint takes that complaint off the interview', () => {
    let state = engine.start({
      ageMonths: 4 * 12,
      sex: 'male',
      complaintText: 'fell off the swing and hit his head, cut on his chin',
      locale: 'en',
    });
    expect(state.complaints).toContain('head_injury');
    state = engine.answer(state, 'head_injury', 'no');
    expect(state.complaints).not.toContain('head_injury');
    expect(state.complaints.length).toBeGreaterThan(0);
  });

  it('going back to change an answer replaces it and does not count as a question', () => {
    let state = engine.start({ ageMonths: 27 * 12, sex: 'female', complaintIds: ['cough'], locale: 'en' });
    const first = engine.nextQuestion(state)!;
    state = engine.answer(state, first.findingId, first.kind === 'numeric' ? 'unknown' : 'no');
    const second = engine.nextQuestion(state)!;
    state = engine.answer(state, second.findingId, second.kind === 'numeric' ? 'unknown' : 'no');
    const corrected = engine.answer(state, first.findingId, first.kind === 'numeric' ? 37 : 'unknown');
    expect(corrected.asked).toEqual(state.asked);
    expect(corrected.answers[first.findingId]!.value).toBe(first.kind === 'numeric' ? 37 : 'unknown');
    expect(engine.nextQuestion(corrected)?.number ?? 3).toBe(3);
  });

  it('an interview with many corrections still gets its full budget of questions', () => {
    const start = engine.start({ ageMonths: 27 * 12, sex: 'female', complaintIds: ['cough'], locale: 'en' });
    const plain = runInterview(engine, start, {});
    let state = start;
    for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
      const value = q.kind === 'numeric' ? 'unknown' : 'no';
      state = engine.answer(state, q.findingId, q.kind === 'numeric' ? 'unknown' : 'yes');
      state = engine.answer(state, q.findingId, value); // changed their mind
    }
    expect(state.asked).toEqual(plain.asked);
  });
});
