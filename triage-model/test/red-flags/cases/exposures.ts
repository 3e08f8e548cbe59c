import { ADULT, n, y, type Cases } from '../table.js';

/** Poisoning, injuries, burns, bites, infections, metabolic emergencies and rigidity. */
export const exposureCases: Cases = {
  poisoning_danger_signs: [
    [ADULT, 'male', y('took_opioids', 'pinpoint_pupils'), true],
    [ADULT, 'male', y('took_overdose', 'confusion'), true],
    [ADULT, 'male', y('took_overdose'), false],
  ],
  poisoning: [
    [ADULT, 'male', y('took_overdose'), true],
    [30, 'male', y('ate_plant_or_berries'), true],
    [ADULT, 'male', y('nausea'), false],
    [ADULT, 'male', y('took_opioids'), false],
  ],
  paracetamol_overdose: [
    [200, 'female', y('took_paracetamol_excess'), true],
    [200, 'female', y('paracetamol_use'), false],
  ],
  button_battery: [
    [24, 'male', y('ingested_button_battery'), true],
    [24, 'male', y('ingested_small_object'), false],
  ],
  swallowed_magnets: [
    [48, 'male', y('ingested_magnets'), true],
    [48, 'male', y('ingested_small_object'), false],
  ],
  caustic_ingestion: [
    [30, 'female', y('ingested_chemical'), true],
    [30, 'female', y('mouth_burns'), true],
    [30, 'female', y('vomiting'), false],
  ],
  carbon_monoxide: [
    [ADULT, 'male', y('headache', 'combustion_source_indoors'), true],
    [ADULT, 'male', y('dizziness', 'others_same_symptoms_home'), true],
    [ADULT, 'male', y('headache'), false],
    [ADULT, 'male', y('combustion_source_indoors'), false],
  ],
  carbon_monoxide_severe: [
    [ADULT, 'male', y('combustion_source_indoors', 'confusion'), true],
    [ADULT, 'male', y('combustion_source_indoors', 'headache'), false],
  ],
  burn_major: [
    // Child (under 16): 10 palms; adult: 15 palms.
    [191, 'male', { ...y('burn_large'), burn_palms: 9 }, false],
    [191, 'male', { ...y('burn_large'), burn_palms: 10 }, true],
    [192, 'male', { ...y('burn_large'), burn_palms: 10 }, false],
    [192, 'male', { ...y('burn_large'), burn_palms: 14 }, false],
    [192, 'male', { ...y('burn_large'), burn_palms: 15 }, true],
    [ADULT, 'male', { ...y('burn_large'), burn_palms: 16 }, true],
  ],
  burn_airway: [
    [ADULT, 'female', y('burn_face', 'hoarse_voice'), true],
    [ADULT, 'female', y('smoke_inhalation', 'cough'), true],
    [ADULT, 'female', y('burn_face'), false],
  ],
  burn_needs_hospital: [
    // Child (under 16): 2 palms; adult: 3 palms.
    [191, 'female', { ...y('burn_injury', 'burn_large'), burn_palms: 1 }, false],
    [191, 'female', { ...y('burn_injury', 'burn_large'), burn_palms: 2 }, true],
    [192, 'female', { ...y('burn_injury', 'burn_large'), burn_palms: 2 }, false],
    [192, 'female', { ...y('burn_injury', 'burn_large'), burn_palms: 3 }, true],
    [60, 'female', y('burn_injury', 'burn_large'), true],
    [ADULT, 'female', y('burn_injury', 'burn_large'), false],
    [ADULT, 'female', y('burn_injury', 'burn_hand'), true],
    [ADULT, 'female', y('burn_injury', 'burn_hand', 'blisters'), true],
    // Red without blisters on a hand: superficial epidermal, not referred; a deep one still is.
    [ADULT, 'female', { ...y('burn_injury', 'burn_hand'), ...n('blisters') }, false],
    [ADULT, 'female', { ...y('burn_injury', 'burn_hand', 'burn_deep'), ...n('blisters') }, true],
    [ADULT, 'female', y('burn_injury', 'burn_deep'), true],
    [ADULT, 'female', y('burn_injury'), false],
  ],
  electrical_injury: [
    [ADULT, 'male', y('electric_shock'), true],
    [ADULT, 'male', y('burn_injury'), false],
  ],
  chemical_burn: [
    [ADULT, 'male', y('chemical_on_skin'), true],
    [ADULT, 'male', y('burn_injury'), false],
  ],
  uncontrolled_bleeding: [
    [ADULT, 'male', y('cut_wound', 'bleeding_wont_stop'), true],
    [ADULT, 'male', y('cut_wound'), false],
  ],
  possible_fracture: [
    [ADULT, 'female', y('trauma_fall', 'cannot_bear_weight'), true],
    [ADULT, 'female', y('limb_deformity'), true],
    [ADULT, 'female', y('twisted_ankle', 'injury_swelling'), false],
  ],
  snake_bite: [
    [ADULT, 'male', y('snake_bite'), true],
    [ADULT, 'male', y('insect_bite'), false],
  ],
  snake_bite_systemic: [
    [ADULT, 'male', y('snake_bite', 'vomiting'), true],
    [ADULT, 'male', y('snake_bite'), false],
  ],
  animal_or_human_bite: [
    [ADULT, 'male', y('animal_bite'), true],
    [ADULT, 'male', y('wild_animal_bite'), true],
    [ADULT, 'male', y('insect_bite'), false],
  ],
  tick_bite_illness: [
    [ADULT, 'female', y('tick_bite', 'fever'), true],
    [ADULT, 'female', y('tick_bite', 'expanding_red_ring'), true],
    [ADULT, 'female', { ...y('tick_bite'), temperature_c: 37.9 }, false],
  ],
  fever_after_malaria_travel: [
    [ADULT, 'male', y('fever', 'malaria_area_travel_past_year'), true],
    [ADULT, 'male', y('chills', 'recent_travel_tropics'), true],
    [ADULT, 'male', { ...y('fever'), ...n('malaria_area_travel_past_year') }, false],
    [ADULT, 'male', y('malaria_area_travel_past_year'), false],
  ],
  fever_immunosuppressed: [
    [ADULT, 'female', { ...y('immunosuppressed'), temperature_c: 37.9 }, false],
    [ADULT, 'female', { ...y('immunosuppressed'), temperature_c: 38.0 }, true],
  ],
  spreading_skin_infection: [
    [ADULT, 'male', y('red_hot_swollen_skin', 'spreading_redness', 'fever'), true],
    [ADULT, 'male', y('red_streak', 'fever'), true],
    [ADULT, 'male', y('red_hot_swollen_skin', 'spreading_redness'), false],
  ],
  skin_infection_fever_diabetes: [
    [ADULT, 'male', y('diabetes', 'red_hot_swollen_skin', 'fever'), true],
    [ADULT, 'male', { ...y('diabetes', 'red_hot_swollen_skin'), temperature_c: 38.0 }, true],
    [ADULT, 'male', { ...y('diabetes', 'red_hot_swollen_skin'), temperature_c: 37.9 }, false],
    [ADULT, 'male', y('red_hot_swollen_skin', 'fever'), false],
  ],
  mastoiditis_signs: [
    [30, 'male', y('swelling_behind_ear'), true],
    [30, 'male', y('ear_pain'), false],
  ],
  child_limp_with_fever: [
    [191, 'male', y('fever', 'cannot_bear_weight'), true],
    [192, 'male', y('fever', 'cannot_bear_weight'), false],
    [60, 'male', y('cannot_bear_weight'), false],
    [24, 'male', y('fever', 'limp'), true],
  ],
  hypoglycaemia_not_responding: [
    [ADULT, 'male', { ...y('diabetes', 'hypo_not_improving'), blood_glucose_mmol: 3.9 }, true],
    [ADULT, 'male', { ...y('diabetes', 'hypo_not_improving'), blood_glucose_mmol: 4.0 }, false],
    [ADULT, 'male', { ...y('confusion'), blood_glucose_mmol: 2.5 }, true],
    [ADULT, 'male', { blood_glucose_mmol: 3.5 }, false],
    [ADULT, 'male', y('low_glucose_reading', 'hypo_not_improving'), true],
    [ADULT, 'male', { ...y('low_glucose_reading', 'hypo_not_improving'), blood_glucose_mmol: 5 }, false],
  ],
  severe_hypoglycaemia_recovered: [
    [ADULT, 'female', { blood_glucose_mmol: 2.9 }, true],
    [ADULT, 'female', { blood_glucose_mmol: 3.0 }, false],
  ],
  diabetic_ketoacidosis: [
    [120, 'male', { ...y('diabetes', 'vomiting'), blood_glucose_mmol: 11.0 }, false],
    [120, 'male', { ...y('diabetes', 'vomiting'), blood_glucose_mmol: 11.1 }, true],
    [120, 'male', { ...y('thirst', 'abdominal_pain'), blood_glucose_mmol: 20 }, true],
    [ADULT, 'male', { ...y('diabetes'), blood_glucose_mmol: 20 }, false],
    [ADULT, 'male', y('diabetes', 'repeated_vomiting'), true],
    [ADULT, 'male', y('diabetes', 'ketones_positive', 'abdominal_pain'), true],
    [ADULT, 'male', y('diabetes', 'high_glucose_reading', 'fruity_breath'), true],
    [ADULT, 'male', y('diabetes', 'high_glucose_reading'), false],
  ],
  child_new_diabetes_signs: [
    [215, 'female', y('thirst', 'frequent_urination'), true],
    [216, 'female', y('thirst', 'frequent_urination'), false],
    [60, 'female', y('thirst'), false],
    [60, 'female', y('thirst', 'frequent_urination', 'diabetes'), false],
  ],
  rigidity_with_fever: [
    [ADULT, 'female', y('muscle_rigidity', 'fever'), true],
    [ADULT, 'female', { ...y('muscle_rigidity'), temperature_c: 37.9 }, false],
    [ADULT, 'female', { ...y('muscle_rigidity'), temperature_c: 38.0 }, true],
  ],
  drug_induced_rigidity: [
    [200, 'male', y('muscle_rigidity', 'new_medication'), true],
    [200, 'male', y('muscle_rigidity'), false],
  ],
  tetanus_signs: [
    [ADULT, 'male', y('trismus', 'wound_contaminated'), true],
    [ADULT, 'male', y('muscle_rigidity', 'cut_wound'), true],
    [ADULT, 'male', y('trismus'), false],
  ],
  quinsy_signs: [
    [ADULT, 'female', y('sore_throat', 'trismus'), true],
    [ADULT, 'female', y('sore_throat', 'muffled_voice'), true],
    [ADULT, 'female', y('sore_throat'), false],
  ],
  spreading_dental_infection: [
    [ADULT, 'male', y('floor_of_mouth_swelling'), true],
    [ADULT, 'male', y('tooth_pain', 'facial_swelling', 'swallowing_difficulty'), true],
    [ADULT, 'male', y('tooth_pain', 'facial_swelling', 'trismus'), true],
    [ADULT, 'male', y('tooth_pain', 'facial_swelling', 'high_fever'), true],
    [ADULT, 'male', y('tooth_pain', 'facial_swelling'), false],
    [ADULT, 'male', y('facial_swelling', 'swallowing_difficulty'), false],
  ],
  tick_bite_fever_rash_or_headache: [
    [ADULT, 'male', y('tick_bite', 'fever', 'rash'), true],
    [ADULT, 'male', { ...y('tick_attached', 'headache'), temperature_c: 38.0 }, true],
    [ADULT, 'male', { ...y('tick_bite', 'headache'), temperature_c: 37.9 }, false],
    [ADULT, 'male', y('tick_bite', 'fever'), false],
    [ADULT, 'male', y('fever', 'rash', 'headache'), false],
  ],
  penetrating_trunk_wound: [
    [ADULT, 'male', y('penetrating_wound'), true],
    [ADULT, 'male', y('wound_or_bite', 'trauma_fall'), false],
    [ADULT, 'male', { ...y('wound_or_bite'), ...n('penetrating_wound') }, false],
  ],
  achilles_rupture: [
    [ADULT, 'male', y('achilles_snap'), true],
    [ADULT, 'male', y('trauma_fall', 'limp'), false],
    [ADULT, 'male', y('twisted_ankle', 'injury_swelling'), false],
  ],
  possible_scaphoid_fracture: [
    [ADULT, 'female', y('trauma_fall', 'wrist_pain_thumb_side'), true],
    [ADULT, 'female', y('trauma_fall', 'injury_swelling'), false],
  ],
  wound_infection: [
    [ADULT, 'female', y('recent_procedure', 'red_hot_swollen_skin'), true],
    [ADULT, 'male', y('wound_or_bite', 'pus_lump'), true],
    [ADULT, 'male', y('cut_wound'), false],
    [ADULT, 'male', y('red_hot_swollen_skin'), false],
    [ADULT, 'male', y('wound_or_bite', 'insect_bite', 'red_hot_swollen_skin'), false],
  ],
  marrow_suppression_warning: [
    [ADULT, 'female', y('immunosuppressed', 'mouth_ulcers'), true],
    [ADULT, 'female', y('immunosuppressed', 'sore_throat'), true],
    [ADULT, 'female', y('immunosuppressed'), false],
    [ADULT, 'female', y('sore_throat', 'mouth_ulcers'), false],
  ],
  fever_after_procedure: [
    [ADULT, 'male', y('fever', 'recent_procedure'), true],
    [ADULT, 'male', { ...y('recent_procedure'), temperature_c: 38.0 }, true],
    [ADULT, 'male', { ...y('recent_procedure'), temperature_c: 37.9 }, false],
    [ADULT, 'male', y('fever'), false],
  ],
  cut_nerve_or_tendon: [
    [ADULT, 'male', y('cut_wound', 'numbness_tingling'), true],
    [ADULT, 'male', y('cut_wound', 'cannot_bend_finger'), true],
    [ADULT, 'male', y('cut_wound'), false],
    [ADULT, 'male', y('numbness_tingling', 'cannot_bend_finger'), false],
  ],
  hot_joint_infection: [
    [ADULT, 'female', y('joint_replacement', 'red_hot_swollen_skin'), true],
    [ADULT, 'female', y('red_hot_swollen_skin', 'fever'), false],
    [ADULT, 'female', y('hot_swollen_joint', 'fever'), true],
    [ADULT, 'female', y('hot_swollen_joint', 'joint_replacement'), true],
    [ADULT, 'female', { ...y('hot_swollen_joint'), temperature_c: 37.9 }, false],
    [ADULT, 'female', y('hot_swollen_joint', 'gout_history'), false],
    [ADULT, 'female', y('joint_replacement', 'fever'), false],
  ],
  necrotising_otitis_externa: [
    [ADULT, 'male', { ...y('ear_pain', 'ear_discharge', 'diabetes'), duration_days: 7 }, true],
    [ADULT, 'male', { ...y('ear_pain', 'ear_discharge', 'immunosuppressed'), duration_days: 21 }, true],
    [ADULT, 'male', { ...y('ear_pain', 'ear_discharge', 'diabetes'), duration_days: 6 }, false],
    [ADULT, 'male', { ...y('ear_pain', 'ear_discharge'), duration_days: 21 }, false],
    [ADULT, 'male', { ...y('ear_pain', 'diabetes'), duration_days: 21 }, false],
  ],
  infected_human_bite: [
    [ADULT, 'male', y('human_bite', 'red_hot_swollen_skin'), true],
    [ADULT, 'male', y('human_bite', 'spreading_redness'), true],
    [ADULT, 'male', y('human_bite'), false],
    [ADULT, 'male', y('animal_bite', 'red_hot_swollen_skin'), false],
  ],
  possible_spinal_infection: [
    [ADULT, 'male', y('back_pain', 'fever', 'pus_lump'), true],
    [ADULT, 'male', { ...y('back_pain', 'diabetes'), temperature_c: 38.2 }, true],
    [ADULT, 'male', { ...y('back_pain', 'diabetes'), temperature_c: 37.9 }, false],
    [ADULT, 'male', y('back_pain', 'fever'), false],
    [ADULT, 'male', y('back_pain', 'pus_lump'), false],
  ],
  eczema_herpeticum_signs: [
    [36, 'male', y('dry_itchy_skin', 'punched_out_sores'), true],
    [36, 'male', y('punched_out_sores'), false],
    [36, 'male', y('dry_itchy_skin', 'blisters'), false],
  ],
  possible_septal_haematoma: [
    [180, 'male', y('trauma_fall', 'nosebleed', 'blocked_nose'), true],
    [180, 'male', y('trauma_fall', 'nosebleed'), false],
    [180, 'male', y('nosebleed', 'blocked_nose'), false],
  ],
  penile_entrapment: [
    [60, 'male', y('penis_caught_in_zip'), true],
    [ADULT, 'male', y('foreskin_stuck_back'), true],
    [ADULT, 'male', y('penis_head_sore'), false],
  ],
};
