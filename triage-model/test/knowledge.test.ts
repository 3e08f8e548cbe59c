import { describe, expect, it } from 'vitest';
import { CONDITIONS, FINDINGS } from '../src/knowledge/catalogue.js';
import { CONSULT_FORMATS, SPECIALISTS, URGENCY_LEVELS } from '../src/knowledge/types.js';
import { VIGNETTES } from '../src/evaluation/vignettes/index.js';

const ids = new Set(CONDITIONS.map((c) => c.id));

describe('knowledge base', () => {
  it('has at least 60 conditions and 150 findings, all named in Russian and English', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(60);
    expect(FINDINGS.length).toBeGreaterThanOrEqual(150);
    for (const x of [...CONDITIONS, ...FINDINGS]) {
      expect(x.name.ru, x.id).toMatch(/[а-яё]/i);
      expect(x.name.en, x.id).toMatch(/[a-z]/i);
    }
  });

  it('covers the conditions the issue lists, including the paediatric ones', () => {
    const required = [
      'common_cold',
      'influenza',
      'covid19',
      'tonsillitis',
      'acute_sinusitis',
      'otitis_media',
      'acute_bronchitis',
      'pneumonia',
      'asthma_exacerbation',
      'cystitis',
      'pyelonephritis',
      'viral_gastroenteritis',
      'food_poisoning',
      'reflux',
      'gastritis',
      'irritable_bowel',
      'appendicitis',
      'cholecystitis',
      'migraine',
      'tension_headache',
      'hypertension',
      'hypertensive_crisis',
      'acute_coronary_syndrome',
      'pulmonary_embolism',
      'stroke',
      'meningitis',
      'sepsis',
      'anaphylaxis',
      'urticaria',
      'atopic_dermatitis',
      'contact_dermatitis',
      'cellulitis',
      'back_pain',
      'anxiety_disorder',
      'depression',
      'conjunctivitis',
      'bronchiolitis',
      'croup',
      'fever_infant_under_3m',
      'dehydration',
      'hand_foot_mouth',
      'scarlet_fever',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every condition an ICD-10 code, urgency, specialist, consult format and remote suitability', () => {
    for (const c of CONDITIONS) {
      expect(c.icd10, c.id).toMatch(/^[A-Z]\d{2}(\.\d{1,2})?$/);
      expect(URGENCY_LEVELS).toContain(c.urgency);
      expect(SPECIALISTS).toContain(c.specialist);
      expect(CONSULT_FORMATS).toContain(c.consultFormat);
      // A condition that cannot be handled remotely is always booked in person.
      if (!c.remoteSuitable) expect(c.consultFormat, c.id).toBe('in_person');
    }
  });

  it('has at least 120 vignettes over all urgency levels, both languages, infants to elderly', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    expect(new Set(VIGNETTES.map((v) => v.expected.urgency))).toEqual(new Set(URGENCY_LEVELS));
    expect(new Set(VIGNETTES.map((v) => v.locale))).toEqual(new Set(['ru', 'en']));
    expect(VIGNETTES.some((v) => v.ageMonths < 3)).toBe(true);
    expect(VIGNETTES.some((v) => v.ageMonths >= 65 * 12)).toBe(true);
    const findingIds = new Set(FINDINGS.map((f) => f.id));
    for (const v of VIGNETTES) {
      expect(ids.has(v.expected.conditionId), v.id).toBe(true);
      for (const id of Object.keys(v.findings)) expect(findingIds.has(id), `${v.id}: ${id}`).toBe(true);
    }
  });
});
