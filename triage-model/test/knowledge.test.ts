import { describe, expect, it } from 'vitest';
import {
  CONDITIONS,
  FINDINGS,
  conditionUrgency,
  findingById,
  urgencyRank,
} from '../src/knowledge/catalogue.js';
import { CONSULT_FORMATS, SPECIALISTS, URGENCY_LEVELS } from '../src/knowledge/types.js';
import { VIGNETTES } from '../src/evaluation/vignettes/index.js';

const ids = new Set(CONDITIONS.map((c) => c.id));

describe('knowledge base', () => {
  it('has at least 250 conditions and 150 findings with unique ids, all named in Russian and English', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(250);
    expect(FINDINGS.length).toBeGreaterThanOrEqual(150);
    expect(ids.size).toBe(CONDITIONS.length);
    expect(new Set(FINDINGS.map((f) => f.id)).size).toBe(FINDINGS.length);
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
      // Children and infants, mental-health crisis and chronic-disease flares (issue 12).
      'infant_colic',
      'teething',
      'pyloric_stenosis',
      'neonatal_jaundice',
      'kawasaki_disease',
      'intussusception',
      'febrile_seizure',
      'child_uti',
      'viral_induced_wheeze',
      'suicidal_crisis',
      'self_harm',
      'acute_psychosis',
      'alcohol_withdrawal',
      'diabetic_ketoacidosis',
      'hypoglycaemia',
      'copd_exacerbation',
      'sickle_cell_crisis',
      'breakthrough_seizure',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every condition an ICD-10 code, urgency, specialist, consult format and remote suitability', () => {
    for (const c of CONDITIONS) {
      expect(c.icd10, c.id).toMatch(/^[A-Z]\d{2}(\.\d{1,2})?$/);
      expect(c.icd10, c.id).not.toMatch(/^U(?!07)/); // U codes are reserved, except U07.1 COVID-19
      expect(URGENCY_LEVELS).toContain(c.urgency);
      expect(SPECIALISTS).toContain(c.specialist);
      expect(CONSULT_FORMATS).toContain(c.consultFormat);
      // A condition that cannot be handled remotely is always booked in person.
      if (!c.remoteSuitable) expect(c.consultFormat, c.id).toBe('in_person');
    }
  });

  it('gives every condition that can be self-care concrete advice, when to seek care and a dated source', () => {
    const selfCareCapable = CONDITIONS.filter(
      (c) =>
        c.urgency === 'self_care' ||
        c.whenKnown?.urgency === 'self_care' ||
        (c.urgencyOverrides ?? []).some((o) => o.urgency === 'self_care'),
    );
    expect(selfCareCapable.length).toBeGreaterThanOrEqual(20);
    for (const c of selfCareCapable) {
      expect(c.selfCare, c.id).toBeDefined();
    }
    for (const c of CONDITIONS.filter((x) => x.selfCare)) {
      const { advice, seekCareIf, source } = c.selfCare!;
      for (const text of [advice, seekCareIf]) {
        expect(text.ru, c.id).toMatch(/[а-яё]{3}/i);
        expect(text.en, c.id).toMatch(/[a-z]{3}/i);
        expect(text.ru.length, c.id).toBeGreaterThan(40);
        expect(text.en.length, c.id).toBeGreaterThan(40);
      }
      expect(source, c.id).toMatch(/[A-Za-z].*\b(19|20)\d{2}\b/);
    }
  });

  it('names the crisis lines for suicidal thoughts', () => {
    const advice = CONDITIONS.find((c) => c.id === 'suicidal_crisis')?.selfCare?.advice;
    for (const line of ['8-800-2000-122', '112', '116 123']) {
      expect(advice?.ru).toContain(line);
      expect(advice?.en).toContain(line);
    }
  });

  it('raises urgency only through urgencyIf and lowers it only for a known condition as usual, with boolean findings', () => {
    for (const c of CONDITIONS) {
      for (const u of c.urgencyIf ?? []) {
        expect(findingById.get(u.finding)?.kind, `${c.id}: ${u.finding}`).toBe('boolean');
        expect(urgencyRank(u.urgency), `${c.id}: ${u.finding}`).toBeGreaterThan(urgencyRank(c.urgency));
      }
      if (c.whenKnown) {
        expect(findingById.get(c.whenKnown.finding)?.kind, c.id).toBe('boolean');
        expect(urgencyRank(c.whenKnown.urgency), c.id).toBeLessThan(urgencyRank(c.urgency));
      }
      for (const age of [1, 6, 36, 120, 200, 400, 900]) {
        const all = conditionUrgency(c, age, (id) => id !== c.whenKnown?.finding);
        expect(urgencyRank(all), c.id).toBeGreaterThanOrEqual(urgencyRank(conditionUrgency(c, age)));
      }
    }
  });

  it('makes a cold or a stomach bug more urgent when a finding says so', () => {
    const byId = (id: string) => CONDITIONS.find((c) => c.id === id)!;
    const yes =
      (...findings: string[]) =>
      (id: string) =>
        findings.includes(id);
    expect(conditionUrgency(byId('common_cold'), 300)).toBe('self_care');
    expect(conditionUrgency(byId('common_cold'), 300, yes('breathlessness'))).not.toBe('self_care');
    expect(conditionUrgency(byId('common_cold'), 30, yes('fast_breathing'))).not.toBe('self_care');
    expect(conditionUrgency(byId('viral_gastroenteritis'), 300, yes('little_urine'))).toBe('within_24h');
    expect(conditionUrgency(byId('viral_gastroenteritis'), 30, yes('lethargy'))).toBe('emergency_department');
    expect(conditionUrgency(byId('urticaria'), 300, yes('throat_tightness'))).toBe('ambulance');
  });

  it('leaves a known migraine in its usual form to the patient, and a first one to a doctor', () => {
    const migraine = CONDITIONS.find((c) => c.id === 'migraine')!;
    expect(conditionUrgency(migraine, 400)).toBe('planned');
    expect(conditionUrgency(migraine, 400, (id) => id === 'usual_migraine')).toBe('self_care');
  });

  it('has no lumped "A or B" findings', () => {
    // Thresholds ("38.0 °C or higher") are one fact; anything else joined by "or" must be split.
    const THRESHOLD = / or (higher|longer|below|more)\b/g;
    // Reviewed: each names one exposure, injury or sign in synonyms (a dog or cat bite, a bee or wasp sting).
    const ALLOWED = new Set([
      'recent_travel_tropics',
      'rodent_contact',
      'freshwater_exposure',
      'animal_bite',
      'wild_animal_bite',
      'insect_sting',
      'insect_bite',
      'drank_surrogate_alcohol',
      'ate_plant_or_berries',
      'combustion_source_indoors',
      'better_away_from_home',
      'heat_exposure',
      'cold_exposure',
      'choking_episode',
      'high_energy_injury',
      'burn_injury',
      'burn_face',
      'burn_deep',
      'burn_genitals',
      'smoke_inhalation',
      'skin_white_hard_after_cold',
      'amnesia_injury',
      'scalp_swelling_large',
      'limb_deformity',
      'cannot_bear_weight',
      'cannot_use_arm',
      'twisted_knee',
      'neck_jolt',
      'chest_wall_injury',
      'cut_wound',
      'wound_contaminated',
      'expanding_red_ring',
      'bite_site_swelling',
      'large_local_swelling',
      'burrows_between_fingers',
      'worms_seen',
      'rash_spreading_from_face',
      'itchy_mouth',
      'slow_breathing',
      'mouth_burns',
      'swallowing_difficulty',
      'muscle_weakness_spreading',
      'cold_pale_limb',
      'overdose_intentional',
      'eye_penetrating_injury',
      'responds_to_voice',
      'new_purple_spots',
      'jerking_while_unresponsive',
      'eyelid_lump',
      'crusty_eyelids',
      'gritty_eye',
      'new_floaters',
      'curtain_over_vision',
      'eye_trauma',
      'tinnitus',
      'vertigo_constant',
      'tooth_pain_hot_cold',
      'facial_swelling',
      'bad_taste_mouth',
      'tooth_broken',
      'pimples',
      'greasy_scales',
      'red_streak',
      'head_lice_seen',
      'changing_mole',
      'thick_discoloured_nail',
      'face_hand_swelling',
      'pelvic_girdle_pain',
      'penetrating_wound',
      'achilles_snap',
      'headache_on_waking',
      'new_squint_or_clumsiness',
      'muscle_jerks',
      'recent_procedure',
      'serotonergic_medicine',
      'cannot_bend_finger',
      'copd_history',
      'injection_site_reaction',
    ]);
    for (const f of FINDINGS) {
      if (ALLOWED.has(f.id)) continue;
      expect(f.name.en.replace(THRESHOLD, ''), f.id).not.toMatch(/ or /i);
      expect(f.name.ru, f.id).not.toMatch(/ или /i);
    }
  });

  it('asks about anti-inflammatory painkillers separately from paracetamol', () => {
    expect(findingById.get('nsaid_use')?.name.en).not.toMatch(/paracetamol/i);
    expect(findingById.get('nsaid_use')?.name.ru).not.toMatch(/парацетамол/i);
    expect(findingById.get('paracetamol_use')?.kind).toBe('boolean');
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
