import { defineFindings } from './define.js';

export const musculoskeletalFindings = defineFindings('musculoskeletal', 'symptom', [
  ['back_pain', 'Back pain', 'Боль в спине', 0.06],
  ['back_pain_leg_radiation', 'Back pain spreading down a leg', 'Боль в спине отдаёт в ногу', 0.02],
  [
    'back_pain_after_lifting',
    'Pain began with a strain (lifting, an awkward movement)',
    'Боль началась после нагрузки на спину (подъём тяжести, неловкое движение)',
    0.02,
  ],
  [
    'saddle_numbness',
    'Numbness around the groin, buttocks (saddle area)',
    'Онемение в промежности, на ягодицах («зона седла»)',
    0.001,
  ],
  ['bladder_control_loss', 'New loss of bladder control', 'Впервые возникшее недержание мочи', 0.003],
  ['bowel_control_loss', 'New loss of bowel control', 'Впервые возникшее недержание кала', 0.001],
  ['joint_pain', 'Joint pain', 'Боль в суставах', 0.04],
  ['neck_pain', 'Neck pain', 'Боль в шее', 0.04],
  ['trauma_fall', 'Recent injury (including a fall)', 'Недавняя травма (в том числе падение)', 0.02],
]);
