import { defineFindings } from './define.js';

const VERBAL = { minAgeMonths: 36 };

export const neurologicalFindings = defineFindings('neurological', 'symptom', [
  ['headache', 'Headache', 'Головная боль', 0.06, VERBAL],
  [
    'thunderclap_headache',
    'Sudden, worst-ever headache',
    'Внезапная, самая сильная в жизни головная боль',
    0.001,
    VERBAL,
  ],
  [
    'one_sided_headache',
    'One-sided throbbing headache',
    'Односторонняя пульсирующая головная боль',
    0.01,
    VERBAL,
  ],
  [
    'band_headache',
    'Pressing headache on both sides, like a tight band',
    'Сдавливающая головная боль с двух сторон, как обруч',
    0.02,
    VERBAL,
  ],
  [
    'aura',
    'Flashing lights or zigzags before the headache',
    'Вспышки или зигзаги перед глазами перед головной болью',
    0.005,
    VERBAL,
  ],
  ['light_sensitivity', 'Light hurts the eyes', 'Светобоязнь', 0.02],
  [
    'neck_stiffness',
    'Stiff neck, cannot touch the chest with the chin',
    'Ригидность шеи: не может прижать подбородок к груди',
    0.003,
  ],
  ['face_droop', 'Face drooping on one side', 'Перекос лица, опущен угол рта', 0.001],
  [
    'arm_weakness',
    'Sudden weakness or numbness of an arm or leg on one side',
    'Внезапная слабость или онемение руки или ноги с одной стороны',
    0.002,
  ],
  ['speech_difficulty', 'Slurred or muddled speech', 'Невнятная или спутанная речь', 0.001],
  ['vision_loss_sudden', 'Sudden loss or doubling of vision', 'Внезапная потеря или двоение зрения', 0.001],
  ['numbness_tingling', 'Tingling or numbness', 'Покалывание или онемение', 0.02],
  ['vertigo', 'Spinning sensation', 'Ощущение вращения', 0.01],
  ['head_injury', 'Recent head injury', 'Недавняя травма головы', 0.01],
  [
    'stress_related_headache',
    'Headache linked to stress, screen work or poor sleep',
    'Головная боль связана со стрессом, работой за экраном или недосыпом',
    0.03,
    VERBAL,
  ],
  ['recurrent_headaches', 'Similar headaches before', 'Похожие головные боли бывали раньше', 0.05, VERBAL],
]);
