import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESENTING_COMPLAINTS } from '../src/knowledge/complaints/index.js';
import { inferFromDiscriminators } from '../src/knowledge/complaints/recognise.js';
import { modelUrgency } from '../src/model/urgency-decision.js';
import { CONDITIONS } from '../src/knowledge/catalogue.js';
import { loadTriageEngine, type TriageEngine } from '../src/index.js';
import { runInterview } from './interview-driver.js';

let engine: TriageEngine;
beforeAll(async () => {
  engine = await loadTriageEngine({ limits: { maxQuestions: 1 } });
});
afterAll(async () => {
  await engine?.close();
});

describe('interview v2: danger signs that fit the complaint', () => {
  it('asks a complaint danger sign even when the question budget is spent', () => {
    // With a budget of one question, the wheezy toddler is still asked about stridor (NICE CKS Croup 2023).
    const start = engine.start({ ageMonths: 24, sex: 'male', complaintIds: ['wheeze'], locale: 'en' });
    const { asked, state } = runInterview(engine, start, { stridor: 'yes', barking_cough: 'yes' });
    expect(asked).toContain('stridor');
    expect(Object.keys(state.answers)).toContain('stridor');
  });

  it('"both legs weak" in Russian is weakness of both legs, an emergency, not a stroke question', async () => {
    const start = engine.start({
      ageMonths: 52 * 12,
      sex: 'female',
      complaintText: 'слабость в ногах и онемение',
      locale: 'ru',
    });
    expect(start.complaints).toContain('leg_weakness_both');
    const result = await engine.result(runInterview(engine, start, {}).state);
    expect(result.urgency).toBe('emergency_department');
    expect(result.redFlags.map((f) => f.id)).toContain('progressive_weakness');
  });

  it('infers a complaint from a finding when the text names none', () => {
    const extracted = [
      {
        findingId: 'chest_pain_exertion',
        value: 'yes' as const,
        text: 'chest pain on stairs',
        start: 0,
        end: 20,
      },
    ];
    expect(inferFromDiscriminators(PRESENTING_COMPLAINTS, extracted)).toEqual(['chest_pain']);
    expect(inferFromDiscriminators(PRESENTING_COMPLAINTS, [{ ...extracted[0]!, value: 'no' }])).toEqual([]);
    // A background ("I'm breastfeeding") is no complaint, even where one complaint's chart asks about it.
    const background = {
      findingId: 'breastfeeding',
      value: 'yes' as const,
      text: 'кормлю грудью',
      start: 0,
      end: 13,
    };
    expect(inferFromDiscriminators(PRESENTING_COMPLAINTS, [background])).toEqual([]);
  });
});

describe('interview v2: self-care when nothing points to a doctor', () => {
  it('"planned" needs the answers to have raised its mass over the prior', () => {
    const K = CONDITIONS.length;
    const planned = CONDITIONS.map((c) => c.urgency === 'planned');
    const selfCare = CONDITIONS.map((c) => c.urgency === 'self_care');
    const nP = planned.filter(Boolean).length;
    const nS = selfCare.filter(Boolean).length;
    // Prior: half the mass on planned conditions. Posterior: 45 % planned, 55 % self-care.
    const spread = (share: number): Float64Array =>
      Float64Array.from({ length: K }, (_, k) =>
        planned[k] ? share / nP : selfCare[k] ? (1 - share) / nS : 0,
      );
    const adult = 30 * 12;
    expect(modelUrgency(spread(0.45), adult)).toBe('planned');
    const evidence = { yes: () => false, complaintKnown: true };
    expect(modelUrgency(spread(0.45), adult, { ...evidence, prior: spread(0.5) })).toBe('self_care');
    expect(modelUrgency(spread(0.45), adult, { ...evidence, prior: spread(0.4) })).toBe('planned');
    // Without a known complaint nothing was ruled out: see a doctor.
    expect(
      modelUrgency(spread(0.45), adult, { ...evidence, complaintKnown: false, prior: spread(0.5) }),
    ).toBe('planned');
  });
});
