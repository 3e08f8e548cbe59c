import { ADULT, n, y, type Cases } from '../table.js';

/** Pregnancy and mental-health crisis. */
export const pregnancyMentalCases: Cases = {
  postpartum_haemorrhage: [
    [ADULT, 'female', y('recently_gave_birth', 'heavy_vaginal_bleeding'), true],
    [ADULT, 'female', y('recently_gave_birth', 'vaginal_bleeding', 'near_fainting'), true],
    [ADULT, 'female', y('recently_gave_birth', 'vaginal_bleeding'), false],
    [ADULT, 'female', y('vaginal_bleeding', 'near_fainting'), false],
  ],
  pregnancy_bleeding_collapse: [
    [ADULT, 'female', y('pregnant', 'vaginal_bleeding', 'fainting'), true],
    [ADULT, 'female', y('pregnant', 'heavy_vaginal_bleeding'), true],
    [ADULT, 'female', y('pregnant', 'vaginal_bleeding'), false],
  ],
  pregnancy_bleeding: [
    [ADULT, 'female', y('pregnant', 'vaginal_bleeding'), true],
    [ADULT, 'female', y('vaginal_bleeding'), false],
    [ADULT, 'male', y('pregnant', 'vaginal_bleeding'), false],
  ],
  pre_eclampsia_signs: [
    [ADULT, 'female', y('pregnant', 'pregnancy_over_20_weeks', 'headache'), true],
    [ADULT, 'female', y('pregnant', 'pregnancy_over_20_weeks', 'face_hand_swelling'), true],
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 139, bp_diastolic: 89 },
      false,
    ],
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 140, bp_diastolic: 80 },
      true,
    ],
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 120, bp_diastolic: 90 },
      true,
    ],
    [ADULT, 'female', { ...y('pregnant', 'headache'), ...n('pregnancy_over_20_weeks') }, false],
  ],
  severe_pre_eclampsia: [
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 159, bp_diastolic: 109 },
      false,
    ],
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 160, bp_diastolic: 100 },
      true,
    ],
    [
      ADULT,
      'female',
      { ...y('pregnant', 'pregnancy_over_20_weeks'), bp_systolic: 150, bp_diastolic: 110 },
      true,
    ],
    [ADULT, 'female', y('pregnant', 'pregnancy_over_20_weeks', 'seizure'), true],
    [ADULT, 'female', { ...y('pregnant'), bp_systolic: 170, bp_diastolic: 115 }, false],
  ],
  reduced_fetal_movements: [
    [ADULT, 'female', y('pregnant', 'reduced_fetal_movements'), true],
    [ADULT, 'female', y('pregnant'), false],
  ],
  preterm_waters_broken: [
    [ADULT, 'female', { ...y('pregnant', 'waters_broken'), ...n('pregnancy_over_37_weeks') }, true],
    [ADULT, 'female', y('pregnant', 'waters_broken'), true],
    [ADULT, 'female', y('pregnant', 'waters_broken', 'pregnancy_over_37_weeks'), false],
  ],
  hyperemesis: [
    [ADULT, 'female', y('pregnant', 'repeated_vomiting'), true],
    [ADULT, 'female', y('pregnant', 'vomiting'), false],
    [ADULT, 'female', y('repeated_vomiting'), false],
    [ADULT, 'female', y('pregnant', 'vomiting', 'ketones_positive'), true],
    [ADULT, 'female', y('pregnant', 'nausea', 'little_urine'), true],
    [ADULT, 'female', y('pregnant', 'ketones_positive'), false],
    [ADULT, 'female', y('vomiting', 'ketones_positive'), false],
  ],
  suicide_plan: [
    [300, 'male', y('suicidal_thoughts', 'suicide_plan'), true],
    [300, 'male', y('suicidal_thoughts', 'suicide_intent'), true],
    [300, 'male', y('suicidal_thoughts'), false],
  ],
  suicidal_thoughts: [
    [300, 'male', y('suicidal_thoughts'), true],
    [300, 'male', y('self_harm_thoughts'), true],
    [300, 'male', n('suicidal_thoughts'), false],
  ],
  recent_self_harm: [
    [180, 'female', y('self_harm_recent'), true],
    [180, 'female', n('self_harm_recent'), false],
  ],
  intentional_overdose: [
    [180, 'female', y('overdose_intentional'), true],
    [180, 'female', y('took_overdose'), false],
  ],
  hiv_exposure: [
    [ADULT, 'male', y('hiv_exposure'), true],
    [ADULT, 'male', y('unprotected_sex'), false],
  ],
  recent_sexual_assault: [
    [ADULT, 'female', y('sexual_assault'), true],
    [ADULT, 'female', y('traumatic_event'), false],
  ],
  new_psychosis: [
    [ADULT, 'male', y('hearing_voices'), true],
    [ADULT, 'male', y('paranoid_beliefs'), true],
    [ADULT, 'male', y('worry'), false],
  ],
};
