import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_RULES } from '../src/red-flags/index.js';
import { fired } from './helpers.js';

describe('red-flag rules at their boundaries', () => {
  it('infant under 3 months: 37.9 °C does not fire, 38.0 °C does', () => {
    expect(fired(2, 'male', { temperature_c: 37.9 })).not.toContain('infant_under_3_months_fever');
    expect(fired(2, 'male', { temperature_c: 38.0 })).toContain('infant_under_3_months_fever');
    expect(fired(2, 'female', { fever: 'yes' })).toContain('infant_under_3_months_fever');
  });

  it('the under-3-months rule stops at 3 months; 3–6 months needs 39.0 °C', () => {
    expect(fired(3, 'male', { temperature_c: 38.5 })).not.toContain('infant_under_3_months_fever');
    expect(fired(4, 'male', { temperature_c: 38.9 })).not.toContain('infant_3_6_months_high_fever');
    expect(fired(4, 'male', { temperature_c: 39.0 })).toContain('infant_3_6_months_high_fever');
    expect(fired(6, 'male', { temperature_c: 39.5 })).not.toContain('infant_3_6_months_high_fever');
  });

  it('BP 179/119 with chest pain is not a hypertensive emergency, 180/120 is', () => {
    expect(fired(600, 'male', { chest_pain: 'yes', bp_systolic: 179, bp_diastolic: 119 })).toEqual([]);
    expect(fired(600, 'male', { chest_pain: 'yes', bp_systolic: 180, bp_diastolic: 120 })).toContain(
      'hypertensive_emergency',
    );
    // Either number alone reaching its threshold is enough.
    expect(fired(600, 'male', { breathlessness: 'yes', bp_systolic: 180, bp_diastolic: 100 })).toContain(
      'hypertensive_emergency',
    );
    expect(fired(600, 'male', { speech_difficulty: 'yes', bp_systolic: 150, bp_diastolic: 120 })).toContain(
      'hypertensive_emergency',
    );
  });

  it('BP 180/120 without symptoms asks for a same-day review, not an ambulance', () => {
    expect(fired(600, 'female', { bp_systolic: 180, bp_diastolic: 120 })).toEqual(['severe_hypertension']);
    expect(fired(600, 'female', { bp_systolic: 179, bp_diastolic: 119 })).toEqual([]);
  });

  it('chest pain alone is not a red flag; with breathlessness or sweating it is', () => {
    expect(fired(500, 'male', { chest_pain: 'yes' })).toEqual([]);
    expect(fired(500, 'male', { chest_pain: 'yes', breathlessness: 'yes' })).toContain(
      'chest_pain_with_danger_signs',
    );
    expect(fired(500, 'male', { chest_pain: 'yes', sweating: 'yes' })).toContain(
      'chest_pain_with_danger_signs',
    );
  });

  it('FAST signs and a thunderclap headache each call an ambulance', () => {
    for (const sign of ['face_droop', 'arm_weakness', 'speech_difficulty']) {
      expect(fired(800, 'female', { [sign]: 'yes' })).toContain('stroke_fast_signs');
    }
    expect(fired(400, 'female', { headache: 'yes' })).toEqual([]);
    expect(fired(400, 'female', { headache: 'yes', thunderclap_headache: 'yes' })).toContain(
      'thunderclap_headache',
    );
  });

  it('meningitis: a stiff neck needs fever; a non-blanching rash with fever fires', () => {
    expect(fired(240, 'male', { neck_stiffness: 'yes' })).not.toContain('meningitis_signs');
    expect(fired(240, 'male', { neck_stiffness: 'yes', temperature_c: 38.0 })).toContain('meningitis_signs');
    expect(fired(30, 'male', { non_blanching_rash: 'yes', fever: 'yes' })).toContain('meningitis_signs');
  });

  it('anaphylaxis needs skin/mucosal signs plus breathing or circulation problems', () => {
    expect(fired(300, 'female', { hives: 'yes' })).toEqual([]);
    expect(fired(300, 'female', { hives: 'yes', wheeze: 'yes' })).toContain('anaphylaxis');
    expect(fired(300, 'female', { lip_tongue_swelling: 'yes', bp_systolic: 90 })).toContain('anaphylaxis');
    expect(fired(300, 'female', { lip_tongue_swelling: 'yes', bp_systolic: 91 })).not.toContain(
      'anaphylaxis',
    );
  });

  it('suicidal thoughts go to the emergency department, with a plan to an ambulance', () => {
    expect(fired(300, 'male', { suicidal_thoughts: 'yes' })).toEqual(['suicidal_thoughts']);
    expect(fired(300, 'male', { suicidal_thoughts: 'yes', suicide_plan: 'yes' })).toEqual([
      'suicide_plan',
      'suicidal_thoughts',
    ]);
  });

  it('sepsis: 35.9 °C counts as an infection sign, 36.0 °C does not', () => {
    expect(fired(900, 'female', { temperature_c: 35.9, mottled_skin: 'yes' })).toContain('sepsis');
    expect(fired(900, 'female', { temperature_c: 36.0, mottled_skin: 'yes' })).not.toContain('sepsis');
  });

  it('a febrile seizure at 6 months–5 years is an ED case; other seizures call an ambulance', () => {
    expect(fired(24, 'male', { seizure: 'yes', fever: 'yes' })).toEqual(['febrile_seizure']);
    expect(fired(5, 'male', { seizure: 'yes', fever: 'yes' })).toContain('seizure');
    expect(fired(60, 'male', { seizure: 'yes', fever: 'yes' })).toContain('seizure');
    expect(fired(400, 'male', { seizure: 'yes' })).toContain('seizure');
  });

  it('every rule cites a guideline with a year in a code comment', () => {
    const dir = join(import.meta.dirname, '..', 'src', 'red-flags');
    const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const rule of RED_FLAG_RULES) {
      const file = sources.find((s) => s.includes(`id: '${rule.id}'`))!;
      const before = file.slice(0, file.indexOf(`id: '${rule.id}'`));
      // The nearest comment block above the rule (or the file's shared source comment) names guideline and year.
      const comments = [...before.matchAll(/\/\/[^\n]*/g)].map((m) => m[0]);
      expect(
        comments.some((c) => /(19|20)\d\d/.test(c)),
        rule.id,
      ).toBe(true);
    }
  });
});
