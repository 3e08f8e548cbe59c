import { ADULT, n, y, type Cases } from '../table.js';

/** Brain, nerves, head injury and eyes. */
export const neuroEyeCases: Cases = {
  stroke_fast_signs: [
    [800, 'female', y('face_droop'), true],
    [800, 'female', y('arm_weakness'), true],
    [800, 'female', y('speech_difficulty'), true],
    [800, 'female', y('vision_loss_sudden'), true],
    [800, 'female', y('headache'), false],
  ],
  stroke_posterior_signs: [
    [800, 'male', y('sudden_onset', 'vertigo', 'double_vision'), true],
    [800, 'male', y('sudden_onset', 'dizziness', 'double_vision'), true],
    [800, 'male', y('vertigo', 'double_vision'), false],
    [800, 'male', y('sudden_onset', 'vertigo'), false],
  ],
  thunderclap_headache: [
    [400, 'female', y('headache'), false],
    [400, 'female', y('headache', 'thunderclap_headache'), true],
  ],
  meningitis_signs: [
    [240, 'male', y('neck_stiffness'), false],
    [240, 'male', { ...y('neck_stiffness'), temperature_c: 38.0 }, true],
    [240, 'male', { ...y('neck_stiffness'), temperature_c: 37.9 }, false],
    [30, 'male', y('non_blanching_rash', 'fever'), true],
    [6, 'male', y('bulging_fontanelle', 'fever'), true],
  ],
  seizure: [
    [5, 'male', y('seizure', 'fever'), true],
    [6, 'male', y('seizure', 'fever'), false],
    [59, 'male', y('seizure', 'fever'), false],
    [60, 'male', y('seizure', 'fever'), true],
    [24, 'male', { ...y('seizure'), ...n('fever') }, true],
    [400, 'male', y('seizure'), true],
    // Known epilepsy: back to normal (answered) → not an ambulance; any check positive or unanswered → still one.
    [
      400,
      'male',
      { ...y('seizure', 'epilepsy_history'), ...n('unresponsive', 'confusion', 'head_injury') },
      false,
    ],
    [
      400,
      'male',
      { ...y('seizure', 'epilepsy_history', 'confusion'), ...n('unresponsive', 'head_injury') },
      true,
    ],
    [400, 'male', { ...y('seizure', 'epilepsy_history'), ...n('unresponsive', 'confusion') }, true],
    [
      400,
      'female',
      { ...y('seizure', 'epilepsy_history', 'pregnant'), ...n('unresponsive', 'confusion', 'head_injury') },
      true,
    ],
  ],
  seizure_known_epilepsy: [
    [
      400,
      'male',
      { ...y('seizure', 'epilepsy_history'), ...n('unresponsive', 'confusion', 'head_injury') },
      true,
    ],
    [400, 'male', { ...y('epilepsy_history'), ...n('unresponsive', 'confusion', 'head_injury') }, false],
    [
      400,
      'male',
      { ...y('seizure', 'epilepsy_history', 'head_injury'), ...n('unresponsive', 'confusion') },
      false,
    ],
    [400, 'male', y('seizure', 'epilepsy_history'), false],
  ],
  febrile_seizure: [
    [5, 'male', y('seizure', 'fever'), false],
    [6, 'male', y('seizure', 'fever'), true],
    [59, 'male', y('seizure', 'fever'), true],
    [60, 'male', y('seizure', 'fever'), false],
  ],
  cauda_equina: [
    [ADULT, 'male', y('back_pain', 'saddle_numbness'), true],
    [ADULT, 'male', y('back_pain', 'bladder_control_loss'), true],
    [ADULT, 'male', y('back_pain'), false],
  ],
  giant_cell_arteritis: [
    [599, 'female', y('headache', 'scalp_tenderness'), false],
    [600, 'female', y('headache', 'scalp_tenderness'), true],
    [800, 'female', y('headache', 'jaw_pain_chewing'), true],
    [800, 'female', y('headache'), false],
  ],
  giant_cell_arteritis_vision: [
    [800, 'female', y('headache', 'jaw_pain_chewing', 'blurred_vision'), true],
    [600, 'female', y('headache', 'scalp_tenderness', 'vision_loss_sudden'), true],
    [599, 'female', y('headache', 'scalp_tenderness', 'blurred_vision'), false],
    [800, 'female', y('headache', 'jaw_pain_chewing'), false],
    [800, 'female', y('headache', 'blurred_vision'), false],
  ],
  progressive_weakness: [
    [ADULT, 'male', y('leg_weakness_both'), true],
    [ADULT, 'male', y('muscle_weakness_spreading'), true],
    [ADULT, 'male', y('back_pain'), false],
  ],
  head_injury_severe: [
    [ADULT, 'male', y('head_injury', 'seizure'), true],
    [ADULT, 'male', y('head_injury', 'unresponsive'), true],
    [ADULT, 'male', y('head_injury', 'vomiting'), false],
  ],
  head_injury_danger_signs: [
    [ADULT, 'male', y('head_injury'), false],
    [ADULT, 'male', y('head_injury', 'vomiting'), true],
    [ADULT, 'male', y('head_injury', 'knocked_out'), true],
    [ADULT, 'male', y('head_injury', 'amnesia_injury'), true],
    [ADULT, 'male', y('head_injury', 'takes_anticoagulants'), true],
    [ADULT, 'male', y('head_injury', 'clear_fluid_from_ear'), true],
    [ADULT, 'male', y('vomiting'), false],
  ],
  head_injury_young_child: [
    [59, 'male', y('head_injury', 'irritability'), true],
    [60, 'male', y('head_injury', 'irritability'), false],
    [11, 'female', y('head_injury', 'scalp_swelling_large'), true],
    [12, 'female', y('head_injury', 'scalp_swelling_large'), false],
    [30, 'female', y('head_injury'), false],
    [6, 'female', y('trauma_fall', 'scalp_swelling_large'), true],
    [12, 'female', y('trauma_fall', 'scalp_swelling_large'), false],
    [1, 'female', y('scalp_swelling_large'), false],
  ],
  chemical_eye_injury: [
    [ADULT, 'male', y('chemical_in_eye'), true],
    [ADULT, 'male', y('red_eye'), false],
  ],
  penetrating_eye_injury: [
    [ADULT, 'male', y('eye_penetrating_injury'), true],
    [ADULT, 'male', y('eye_trauma', 'blurred_vision'), true],
    [ADULT, 'male', y('eye_trauma'), false],
  ],
  acute_red_eye: [
    [ADULT, 'female', y('red_eye', 'eye_pain', 'halos_around_lights'), true],
    [ADULT, 'female', y('red_eye', 'eye_pain', 'blurred_vision'), true],
    [ADULT, 'female', y('red_eye', 'eye_pain'), false],
    [ADULT, 'female', y('red_eye', 'blurred_vision'), false],
  ],
  painful_red_eye: [
    [ADULT, 'female', y('red_eye', 'eye_pain'), true],
    [ADULT, 'female', y('red_eye', 'light_sensitivity'), true],
    [ADULT, 'female', y('red_eye', 'eye_discharge'), false],
  ],
  contact_lens_red_eye: [
    [ADULT, 'female', y('red_eye', 'eye_pain', 'contact_lens_wearer'), true],
    [ADULT, 'female', y('red_eye', 'contact_lens_wearer'), false],
  ],
  retinal_detachment_signs: [
    [ADULT, 'male', y('flashes_of_light'), true],
    [ADULT, 'male', y('curtain_over_vision'), true],
    [ADULT, 'male', y('blurred_vision'), false],
  ],
  orbital_cellulitis: [
    [60, 'male', y('eyelid_swelling', 'pain_moving_eye'), true],
    [60, 'male', y('eyelid_swelling', 'bulging_eye'), true],
    [60, 'male', y('eyelid_swelling'), false],
  ],
  headache_raised_pressure: [
    [120, 'male', y('headache', 'headache_on_waking', 'vomiting'), true],
    [120, 'male', y('headache', 'new_squint_or_clumsiness'), true],
    [ADULT, 'female', y('headache', 'double_vision'), true],
    [120, 'male', y('headache', 'headache_on_waking'), false],
    [120, 'male', y('headache', 'vomiting'), false],
  ],
  serotonin_toxicity: [
    [ADULT, 'female', y('serotonergic_medicine', 'muscle_jerks', 'fever'), true],
    [ADULT, 'female', y('serotonergic_medicine', 'muscle_jerks', 'sweating'), true],
    [ADULT, 'female', y('serotonergic_medicine', 'muscle_jerks'), false],
    [ADULT, 'female', y('muscle_jerks', 'fever', 'sweating'), false],
    [ADULT, 'female', y('serotonergic_medicine', 'tremor', 'fever'), false],
  ],
};
