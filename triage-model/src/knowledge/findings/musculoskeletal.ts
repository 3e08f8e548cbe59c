import { defineFindings } from './define.js';

export const musculoskeletalFindings = defineFindings('musculoskeletal', 'symptom', [
  ['back_pain', 'Back pain', 'Боль в спине', 0.06],
  ['back_pain_leg_radiation', 'Back pain spreading down a leg', 'Боль в спине отдаёт в ногу', 0.02],
  [
    'back_pain_after_lifting',
    'Started after lifting or an awkward movement',
    'Началось после подъёма тяжести или неловкого движения',
    0.02,
  ],
  [
    'saddle_numbness_incontinence',
    'Numbness around the groin, or loss of bladder or bowel control',
    'Онемение в промежности или недержание мочи или кала',
    0.001,
  ],
  ['joint_pain', 'Joint pain', 'Боль в суставах', 0.04],
  ['neck_pain', 'Neck pain', 'Боль в шее', 0.04],
  ['trauma_fall', 'Recent fall or injury', 'Недавнее падение или травма', 0.02],
]);
