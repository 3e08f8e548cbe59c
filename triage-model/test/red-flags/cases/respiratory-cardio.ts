import { ADULT, n, y, type Cases } from '../table.js';

/** Breathing, allergy and circulation. */
export const respiratoryCardioCases: Cases = {
  anaphylaxis: [
    [300, 'female', y('hives'), false],
    [300, 'female', y('hives', 'wheeze'), true],
    [300, 'female', { ...y('lip_tongue_swelling'), bp_systolic: 90 }, true],
    [300, 'female', { ...y('lip_tongue_swelling'), bp_systolic: 91 }, false],
  ],
  allergen_with_breathing_or_collapse: [
    [ADULT, 'male', y('insect_sting', 'fainting'), true],
    [ADULT, 'male', y('allergen_exposure', 'wheeze'), true],
    [ADULT, 'male', y('insect_sting', 'bite_site_swelling'), false],
    [ADULT, 'male', y('wheeze'), false],
  ],
  angioedema: [
    [ADULT, 'female', y('lip_tongue_swelling'), true],
    [ADULT, 'female', y('hives'), false],
  ],
  severe_breathing_difficulty: [
    [ADULT, 'male', y('severe_breathlessness'), true],
    [ADULT, 'male', y('blue_lips'), true],
    [23, 'male', y('grunting'), true],
    [ADULT, 'male', y('breathlessness'), false],
    [10, 'male', y('stridor', 'chest_recession'), true],
  ],
  upper_airway_narrowing: [
    [30, 'male', y('stridor'), true],
    [ADULT, 'male', y('drooling'), true],
    [ADULT, 'male', y('sore_throat'), false],
  ],
  infant_breathing_and_feeding: [
    [23, 'male', y('fast_breathing', 'poor_feeding'), true],
    [24, 'male', y('fast_breathing', 'poor_feeding'), false],
    [23, 'male', y('fast_breathing'), false],
  ],
  asthma_reliever_not_helping: [
    [120, 'male', y('asthma_history', 'reliever_not_helping'), true],
    [ADULT, 'female', y('wheeze', 'severe_breathlessness'), true],
    [ADULT, 'female', y('asthma_history', 'reliever_every_4_hours'), false],
    [ADULT, 'female', y('reliever_not_helping'), false],
  ],
  asthma_worsening: [
    [ADULT, 'female', y('asthma_history', 'reliever_every_4_hours'), true],
    [ADULT, 'female', { ...y('asthma_history'), ...n('reliever_every_4_hours') }, false],
  ],
  inhaled_foreign_body: [
    [24, 'male', y('choking_episode', 'cough'), true],
    [24, 'male', y('choking_episode'), false],
    [24, 'male', y('cough'), false],
  ],
  chest_pain_with_danger_signs: [
    [500, 'male', y('chest_pain'), false],
    [500, 'male', y('chest_pain', 'breathlessness'), true],
    [500, 'male', y('chest_pain', 'sweating'), true],
    [500, 'male', y('chest_pain', 'pain_radiates_arm'), true],
  ],
  hypertensive_emergency: [
    [600, 'male', { ...y('chest_pain'), bp_systolic: 179, bp_diastolic: 119 }, false],
    [600, 'male', { ...y('chest_pain'), bp_systolic: 180, bp_diastolic: 120 }, true],
    [600, 'male', { ...y('breathlessness'), bp_systolic: 180, bp_diastolic: 100 }, true],
    [600, 'male', { ...y('speech_difficulty'), bp_systolic: 150, bp_diastolic: 120 }, true],
    [600, 'male', { ...y('blurred_vision'), bp_systolic: 180, bp_diastolic: 110 }, true],
    [600, 'male', { ...y('blurred_vision'), bp_systolic: 179, bp_diastolic: 119 }, false],
    [600, 'male', { ...y('headache'), bp_systolic: 225, bp_diastolic: 130 }, false],
  ],
  severe_hypertension: [
    [600, 'female', { bp_systolic: 180, bp_diastolic: 120 }, true],
    [600, 'female', { bp_systolic: 179, bp_diastolic: 119 }, false],
  ],
  possible_pulmonary_embolism: [
    [ADULT, 'female', y('breathlessness', 'sudden_onset', 'pleuritic_pain'), true],
    [ADULT, 'female', y('breathlessness', 'pleuritic_pain'), false],
  ],
  possible_dvt: [
    [ADULT, 'female', y('leg_swelling_one', 'leg_pain_calf'), true],
    [ADULT, 'female', y('leg_swelling_one'), false],
  ],
  cardiac_syncope: [
    [ADULT, 'male', y('fainting', 'palpitations'), true],
    [ADULT, 'male', y('fainting'), false],
  ],
  aortic_dissection: [
    [700, 'male', y('chest_pain', 'pain_radiates_back', 'sudden_onset'), true],
    [700, 'male', y('abdominal_pain', 'pain_radiates_back', 'sudden_onset'), true],
    [700, 'male', y('chest_pain', 'pain_radiates_back'), false],
    [700, 'male', y('back_pain', 'pain_radiates_back', 'sudden_onset'), true],
    [700, 'male', y('back_pain', 'sudden_onset'), false],
    [599, 'male', y('back_pain', 'pain_radiates_back', 'sudden_onset'), false],
  ],
  possible_mesenteric_ischaemia: [
    [600, 'female', y('abdominal_pain', 'sudden_onset', 'heart_disease_history'), true],
    [599, 'female', y('abdominal_pain', 'sudden_onset', 'heart_disease_history'), false],
    [900, 'male', y('abdominal_pain', 'heart_disease_history'), false],
    [900, 'male', y('abdominal_pain', 'sudden_onset'), false],
  ],
  ruptured_aaa: [
    [599, 'male', y('abdominal_pain', 'sudden_onset', 'fainting'), false],
    [600, 'male', y('abdominal_pain', 'sudden_onset', 'fainting'), true],
    [800, 'male', y('back_pain', 'sudden_onset', 'pale_skin'), true],
    [800, 'male', y('back_pain', 'sudden_onset'), false],
  ],
  acute_limb_ischaemia: [
    [800, 'female', y('cold_pale_limb'), true],
    [800, 'female', y('leg_pain_calf'), false],
  ],
  pulmonary_embolism_likely: [
    // Wells > 4: DVT signs (3) plus a pulse over 100 or recent surgery (1.5 each); 4 or less stays silent.
    [ADULT, 'female', { ...y('breathlessness', 'leg_swelling_one'), heart_rate: 101 }, true],
    [ADULT, 'female', { ...y('breathlessness', 'leg_swelling_one'), heart_rate: 100 }, false],
    [ADULT, 'female', y('breathlessness', 'leg_swelling_one', 'recent_procedure'), true],
    [ADULT, 'female', y('breathlessness', 'leg_swelling_one', 'coughing_blood'), false],
    [ADULT, 'female', { ...y('breathlessness', 'recent_procedure', 'previous_clot'), heart_rate: 110 }, true],
    [ADULT, 'female', { ...y('leg_swelling_one', 'recent_procedure'), heart_rate: 110 }, false],
    [120, 'female', { ...y('breathlessness', 'leg_swelling_one'), heart_rate: 130 }, false],
  ],
};
