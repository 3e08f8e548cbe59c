import { ADULT, n, y, type Cases } from '../table.js';

/** Infants and children, stools and vomiting, jaundice, abdomen. */
export const childrenGutCases: Cases = {
  infant_under_3_months_fever: [
    [2, 'male', { temperature_c: 37.9 }, false],
    [2, 'male', { temperature_c: 38.0 }, true],
    [2, 'female', y('fever'), true],
    [3, 'male', { temperature_c: 38.5 }, false],
  ],
  infant_3_6_months_high_fever: [
    [4, 'male', { temperature_c: 38.9 }, false],
    [4, 'male', { temperature_c: 39.0 }, true],
    [3, 'male', { temperature_c: 39.0 }, true],
    [6, 'male', { temperature_c: 39.5 }, false],
  ],
  child_red_traffic_light: [
    [59, 'male', y('lethargy'), true],
    [60, 'male', y('lethargy'), false],
    [12, 'male', y('high_pitched_cry'), true],
  ],
  severe_dehydration: [
    [24, 'female', y('diarrhoea', 'sunken_eyes', 'no_tears'), true],
    [10, 'female', y('sunken_fontanelle'), true],
    [24, 'female', y('diarrhoea', 'sunken_eyes'), false],
  ],
  child_long_fever: [
    // The fever's own duration counts, not how long all symptoms have lasted.
    [36, 'male', { ...y('fever'), fever_days: 4 }, false],
    [36, 'male', { ...y('fever'), fever_days: 5 }, true],
    [36, 'male', { ...y('fever'), fever_days: 6 }, true],
    [36, 'male', { ...y('fever'), duration_days: 7, fever_days: 2 }, false],
    [36, 'male', { ...y('fever'), duration_days: 7 }, false],
    [60, 'male', { ...y('fever'), fever_days: 6 }, false],
    [59, 'male', { ...y('fever'), fever_days: 5 }, true],
  ],
  bloody_diarrhoea_little_urine: [
    [48, 'female', y('bloody_stool', 'diarrhoea', 'little_urine'), true],
    [ADULT, 'male', y('bloody_stool', 'diarrhoea', 'pale_skin'), true],
    [48, 'female', y('bloody_stool', 'diarrhoea'), false],
    [48, 'female', y('diarrhoea', 'little_urine'), false],
  ],
  redcurrant_jelly_stool: [
    [10, 'male', y('redcurrant_jelly_stool'), true],
    [71, 'male', y('redcurrant_jelly_stool'), true],
    [72, 'male', y('redcurrant_jelly_stool'), false],
  ],
  infant_any_bloody_stool: [
    [11, 'female', y('bloody_stool'), true],
    [12, 'female', y('bloody_stool'), false],
  ],
  infant_bloody_stool: [
    [35, 'male', y('bloody_stool', 'vomiting'), true],
    [36, 'male', y('bloody_stool', 'vomiting'), false],
    [24, 'male', y('bloody_stool'), false],
  ],
  child_bilious_vomiting: [
    [0, 'male', y('green_vomit'), true],
    [215, 'male', y('green_vomit'), true],
    [216, 'male', y('green_vomit'), false],
  ],
  infant_projectile_vomiting: [
    [1, 'male', y('projectile_vomiting'), true],
    [5, 'male', y('projectile_vomiting'), true],
    [6, 'male', y('projectile_vomiting'), false],
  ],
  newborn_low_temperature: [
    [0, 'female', { temperature_c: 35.9 }, true],
    [0, 'female', { temperature_c: 36.0 }, false],
    [1, 'female', { temperature_c: 35.9 }, false],
  ],
  newborn_jaundice_first_day: [
    [0, 'female', y('jaundice', 'jaundice_first_day'), true],
    [0, 'female', { ...y('jaundice'), ...n('jaundice_first_day') }, false],
  ],
  prolonged_newborn_jaundice: [
    [0, 'male', { ...y('jaundice'), newborn_age_days: 14 }, false],
    [0, 'male', { ...y('jaundice'), newborn_age_days: 15 }, true],
    [1, 'male', y('jaundice'), true],
    [2, 'male', y('jaundice'), true],
    [3, 'male', y('jaundice'), false],
    [0, 'male', { newborn_age_days: 20 }, false],
  ],
  infant_pale_stool: [
    [1, 'female', y('pale_stools'), true],
    [2, 'female', y('pale_stools'), true],
    [3, 'female', y('pale_stools'), false],
  ],
  jaundice_with_fever: [
    [ADULT, 'male', y('jaundice', 'fever'), true],
    [ADULT, 'male', { ...y('jaundice'), temperature_c: 37.9 }, false],
    [ADULT, 'male', { ...y('jaundice'), temperature_c: 38.0 }, true],
    [2, 'male', y('jaundice', 'fever'), false],
  ],
  jaundice_with_confusion: [
    [ADULT, 'male', y('jaundice', 'confusion'), true],
    [ADULT, 'male', y('jaundice'), false],
  ],
  new_jaundice: [
    [ADULT, 'female', y('jaundice'), true],
    [3, 'female', y('jaundice'), true],
    [2, 'female', y('jaundice'), false],
  ],
  gi_bleeding_unstable: [
    [ADULT, 'male', y('vomiting_blood', 'fainting'), true],
    [ADULT, 'male', y('vomiting_blood'), false],
  ],
  gi_bleeding: [
    [ADULT, 'male', y('black_stool'), true],
    [ADULT, 'male', y('abdominal_pain'), false],
  ],
  acute_abdomen: [
    [ADULT, 'male', y('rigid_abdomen'), true],
    [ADULT, 'male', y('right_lower_pain', 'fever'), true],
    [ADULT, 'male', y('right_lower_pain'), false],
  ],
  possible_ectopic_pregnancy: [
    [300, 'female', y('pregnant_possible', 'lower_abdominal_pain'), true],
    [300, 'female', y('lower_abdominal_pain'), false],
  ],
  testicular_pain: [
    [ADULT, 'male', y('testicular_pain'), true],
    [2, 'male', y('testicular_pain'), true],
    [ADULT, 'male', y('abdominal_pain'), false],
  ],
  bowel_obstruction: [
    [ADULT, 'female', y('abdominal_pain', 'vomiting', 'bowels_stopped'), true],
    [ADULT, 'female', y('cramping_pain', 'vomiting', 'green_vomit'), true],
    [ADULT, 'female', y('abdominal_pain', 'vomiting'), false],
    [ADULT, 'female', y('abdominal_pain', 'bowels_stopped'), false],
    [ADULT, 'female', y('bloating', 'bowels_stopped', 'vomiting'), true],
  ],
  possible_ovarian_torsion: [
    [ADULT, 'female', y('sudden_one_sided_pelvic_pain', 'vomiting'), true],
    [ADULT, 'female', y('sudden_one_sided_pelvic_pain', 'nausea'), true],
    [ADULT, 'female', y('sudden_one_sided_pelvic_pain'), false],
    [ADULT, 'female', y('lower_abdominal_pain', 'vomiting'), false],
  ],
  stuck_hernia: [
    [ADULT, 'male', y('hernia_stuck'), true],
    [ADULT, 'male', y('abdominal_pain'), false],
  ],
  urinary_retention: [
    [800, 'male', y('cannot_pass_urine'), true],
    [800, 'male', y('frequent_urination'), false],
  ],
  rectal_bleeding_unstable: [
    [ADULT, 'male', y('bloody_stool', 'near_fainting'), true],
    [144, 'female', y('bloody_stool', 'fainting'), true],
    [143, 'female', y('bloody_stool', 'fainting'), false],
    [ADULT, 'male', y('bloody_stool'), false],
    [ADULT, 'male', y('near_fainting'), false],
  ],
  visible_haematuria: [
    [800, 'male', y('blood_in_urine'), true],
    [60, 'female', y('blood_in_urine'), true],
    [800, 'male', n('blood_in_urine'), false],
    [800, 'male', { blood_in_urine: 'unknown' }, false],
  ],
  priapism: [
    [ADULT, 'male', y('priapism'), true],
    [ADULT, 'male', n('priapism'), false],
  ],
  heavy_vaginal_bleeding: [
    [ADULT, 'female', y('heavy_vaginal_bleeding'), true],
    [ADULT, 'female', y('vaginal_bleeding'), false],
  ],
  vaginal_bleeding_from_55: [
    [660, 'female', y('vaginal_bleeding'), true],
    [659, 'female', y('vaginal_bleeding'), false],
    [700, 'female', n('vaginal_bleeding'), false],
    [700, 'male', y('vaginal_bleeding'), false],
  ],
  food_bolus_obstruction: [
    [ADULT, 'male', y('something_stuck_throat', 'drooling'), true],
    [ADULT, 'male', { ...y('something_stuck_throat'), drooling: 'no' }, false],
    [ADULT, 'male', { ...y('something_stuck_throat'), drooling: 'unknown' }, false],
    [ADULT, 'male', y('drooling'), false],
  ],
  abdominal_injury_shock: [
    [120, 'female', y('trauma_fall', 'abdominal_pain', 'pale_skin'), true],
    [ADULT, 'male', { ...y('trauma_fall', 'abdominal_pain'), bp_systolic: 85 }, true],
    [120, 'female', y('trauma_fall', 'abdominal_pain'), false],
    [120, 'female', y('abdominal_pain', 'pale_skin'), false],
    [120, 'female', y('trauma_fall', 'pale_skin'), false],
  ],
};
