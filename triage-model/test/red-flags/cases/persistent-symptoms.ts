import { ADULT, n, y, type Cases } from '../table.js';

/** Warning signs that are never self-care (NICE NG12 and CKS "see a GP if it lasts" thresholds). */
export const persistentSymptomCases: Cases = {
  chronic_cough: [
    [ADULT, 'female', { ...y('cough'), duration_days: 20 }, false],
    [ADULT, 'female', { ...y('cough'), duration_days: 21 }, true],
    [ADULT, 'female', { ...n('cough'), duration_days: 60 }, false],
    [ADULT, 'female', y('cough'), false],
    [72, 'male', { ...y('cough'), duration_days: 27 }, false],
    [72, 'male', { ...y('cough'), duration_days: 28 }, true],
  ],
  persistent_hoarseness: [
    [ADULT, 'male', { ...y('hoarse_voice'), duration_days: 20 }, false],
    [ADULT, 'male', { ...y('hoarse_voice'), duration_days: 21 }, true],
    [120, 'male', { ...y('hoarse_voice'), duration_days: 30 }, false],
  ],
  unhealed_mouth_ulcer: [
    [ADULT, 'female', y('mouth_ulcer_3_weeks'), true],
    [ADULT, 'female', { ...y('mouth_ulcers'), duration_days: 5 }, false],
  ],
  weight_loss_or_dysphagia: [
    [ADULT, 'male', y('weight_loss'), true],
    [ADULT, 'male', y('swallowing_difficulty'), true],
    [ADULT, 'male', n('weight_loss', 'swallowing_difficulty'), false],
    [120, 'male', y('weight_loss'), false],
  ],
  changing_mole: [
    [ADULT, 'female', y('changing_mole'), true],
    [ADULT, 'female', n('changing_mole'), false],
  ],
  fall_in_older_person: [
    [780, 'female', y('trauma_fall'), true],
    [779, 'female', y('trauma_fall'), false],
    [900, 'male', n('trauma_fall'), false],
  ],
  rectal_bleeding_from_50: [
    [600, 'male', y('bloody_stool'), true],
    [599, 'male', y('bloody_stool'), false],
    [600, 'male', n('bloody_stool'), false],
  ],
  fall_with_dark_urine: [
    [780, 'female', y('trauma_fall', 'dark_urine'), true],
    [779, 'female', y('trauma_fall', 'dark_urine'), false],
    [1000, 'female', y('trauma_fall'), false],
    [1000, 'female', y('dark_urine'), false],
  ],
};
