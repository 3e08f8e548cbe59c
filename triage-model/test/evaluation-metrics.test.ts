import { describe, expect, it } from 'vitest';
import {
  buildAnswerKey,
  buildCaseKey,
  factMapFile,
  loadAnswerKey,
  readJson,
  sinceToDays,
  type FactMap,
} from '../src/evaluation/held-out/answer-key.js';
import { HELD_OUT_SETS, loadHeldOutCases, type HeldOutCase } from '../src/evaluation/held-out/cases.js';
import {
  LEVEL3,
  computeMetrics,
  confusionMatrix,
  icdMatches,
  median,
  percentile,
  type CaseOutcome,
} from '../src/evaluation/metrics.js';
import { patientReply } from '../src/evaluation/simulate.js';

const o = (expected: CaseOutcome['expected'], got: CaseOutcome['got'], extra: Partial<CaseOutcome> = {}) => ({
  expected,
  got,
  questions: 5,
  ...extra,
});

describe('evaluation metrics', () => {
  it('maps five urgency levels onto three', () => {
    expect(LEVEL3.ambulance).toBe('emergency');
    expect(LEVEL3.emergency_department).toBe('emergency');
    expect(LEVEL3.within_24h).toBe('doctor');
    expect(LEVEL3.planned).toBe('doctor');
    expect(LEVEL3.self_care).toBe('self_care');
  });

  it('median and percentile interpolate', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9.1);
  });

  it('counts the confusion matrix as expected → got', () => {
    const m = confusionMatrix([
      o('ambulance', 'within_24h'),
      o('ambulance', 'within_24h'),
      o('planned', 'planned'),
    ]);
    expect(m.ambulance.within_24h).toBe(2);
    expect(m.planned.planned).toBe(1);
    expect(m.self_care.self_care).toBe(0);
  });

  it('scores triage direction, lenient levels, self-care and top-k', () => {
    const m = computeMetrics([
      o('ambulance', 'emergency_department', { diagnosisRank: 0 }),
      o('emergency_department', 'within_24h', { acceptable: ['within_24h'], diagnosisRank: 2 }),
      o('within_24h', 'planned', { diagnosisRank: null }),
      o('self_care', 'within_24h'),
      o('self_care', 'self_care', { questions: 9 }),
    ]);
    expect(m.accuracy3).toBe(0.6);
    expect(m.accuracy5).toBe(0.2);
    expect(m.accuracy5Lenient).toBe(0.4);
    expect(m.emergencyRecall).toBe(0.5);
    expect([m.underTriage, m.underTriageLenient, m.overTriage]).toEqual([3, 2, 1]);
    expect(m.selfCareAccuracy).toBe(0.5);
    expect([m.diagnosable, m.top1, m.top3]).toEqual([3, 0.3333, 0.6667]);
    expect([m.questionsMedian, m.questionsP90]).toEqual([5, 7.4]);
  });

  it('matches ICD-10 codes by equal code or 3-character category', () => {
    expect(icdMatches('J45.9', 'J45.0')).toBe(true);
    expect(icdMatches('J36', 'J36')).toBe(true);
    expect(icdMatches('I21.9', 'I24.9')).toBe(false);
  });
});

describe('held-out answer key and simulated patients', () => {
  const c: HeldOutCase = {
    id: 'x-1',
    locale: 'en',
    age: { years: 30 },
    sex: 'female',
    complaint: 'test',
    facts: [
      { finding: 'Fever', present: true, value: '38.0-38.6 °C', since: '2 days' },
      { finding: 'drinking well', present: true },
      { finding: 'blood pressure', present: true, value: '185/115 on repeat' },
      { finding: 'something new', present: false },
    ],
    expected: { urgency: 'within_24h', condition: { icd10: 'J06.9', en: '', ru: '' } },
  };

  it('translates facts, negations, numbers and duration', () => {
    const map = { fever: ['@temperature_c'], 'drinking well': ['!poor_feeding'], 'blood pressure': ['@bp'] };
    const key = buildCaseKey(c, map);
    expect(key.answers).toEqual([
      { fact: 0, findingId: 'duration_days', value: 2 },
      { fact: 0, findingId: 'temperature_c', value: 38.6 },
      { fact: 1, findingId: 'poor_feeding', value: 'no' },
      { fact: 2, findingId: 'bp_diastolic', value: 115 },
      { fact: 2, findingId: 'bp_systolic', value: 185 },
    ]);
    expect(key.unmapped).toEqual([{ fact: 3, finding: 'something new' }]);
    expect([sinceToDays('14 hours ago'), sinceToDays('3 weeks'), sinceToDays('always')]).toEqual([
      0,
      21,
      undefined,
    ]);
  });

  it('answers derived questions from numbers and falls back per patient', () => {
    const facts = { temperature_c: 38.6, cough: 'yes' } as const;
    const a = patientReply(facts, 'unknown');
    const b = patientReply(facts, 'no');
    expect([a('fever'), a('high_fever'), a('cough'), a('sore_throat'), a('bp_systolic')]).toEqual([
      'yes',
      'no',
      'yes',
      'unknown',
      'unknown',
    ]);
    expect([b('sore_throat'), b('bp_systolic')]).toEqual(['no', 'unknown']);
  });

  it('answers re-asks from the danger sign in the facts, else A does not know and B reassures', () => {
    const a = patientReply({ stridor: 'yes', confusion: 'no' }, 'unknown');
    const b = patientReply({}, 'no');
    expect([a('noisy_breathing_in_at_rest', 'stridor'), a('answers_normally', 'confusion')]).toEqual([
      'yes',
      'yes',
    ]);
    expect([a('can_speak_full_sentences', 'breathlessness'), a('lips_usual_colour')]).toEqual([
      'unknown',
      'unknown',
    ]);
    expect([b('can_speak_full_sentences', 'breathlessness'), b('noisy_breathing_in_at_rest')]).toEqual([
      'yes',
      'no',
    ]);
  });

  it('reads SpO₂, fever days, pregnancy weeks and burn size from fact values', () => {
    const facts: HeldOutCase['facts'] = [
      { finding: 'oxygen saturation', present: true, value: '89% (usual 93%)' },
      { finding: 'fever', present: true, since: '5 days' },
      { finding: 'pregnancy', present: true, value: '38 weeks' },
      { finding: 'burn area', present: true, value: 'about 20% of body surface' },
    ];
    const map = {
      'oxygen saturation': ['@oxygen_saturation'],
      fever: ['@temperature_c', '@fever_days'],
      pregnancy: ['@pregnancy_weeks'],
      'burn area': ['@burn_percent'],
    };
    const values = Object.fromEntries(
      buildCaseKey({ ...c, facts }, map).answers.map((a) => [a.findingId, a.value]),
    );
    expect(values).toEqual({
      oxygen_saturation: 89,
      duration_days: 5,
      fever: 'yes',
      fever_days: 5,
      pregnancy_over_20_weeks: 'yes',
      pregnancy_over_37_weeks: 'yes',
      burn_palms: 20,
    });
  });

  it("reads a baby's age in weeks or days", () => {
    const facts: HeldOutCase['facts'] = [{ finding: 'age', present: true, value: '3 weeks' }];
    expect(buildCaseKey({ ...c, facts }, { age: ['@age_days'] }).answers).toEqual([
      { fact: 0, findingId: 'newborn_age_days', value: 21 },
    ]);
  });

  it.each(HELD_OUT_SETS)('keeps the committed %s answer key in step with its fact map', async (set) => {
    const map = await readJson<FactMap>(factMapFile(set));
    expect(buildAnswerKey(await loadHeldOutCases(set), map)).toEqual(await loadAnswerKey(set));
  });
});
