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
    'Flashing lights, zigzag lines before the headache',
    'Вспышки, зигзаги перед глазами перед головной болью',
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
    'Sudden weakness on one side of the body (arm, leg)',
    'Внезапная слабость в руке, ноге с одной стороны тела',
    0.002,
  ],
  [
    'one_sided_numbness',
    'Sudden numbness on one side of the body',
    'Внезапное онемение одной половины тела',
    0.002,
  ],
  ['speech_difficulty', 'Slurred, garbled speech', 'Невнятная, нарушенная речь', 0.001],
  ['vision_loss_sudden', 'Sudden loss of vision', 'Внезапная потеря зрения', 0.001],
  ['double_vision', 'Double vision', 'Двоение в глазах', 0.002],
  ['numbness_tingling', 'Pins and needles, numbness', 'Покалывание, онемение', 0.02],
  ['vertigo', 'Spinning sensation', 'Ощущение вращения', 0.01],
  ['head_injury', 'Recent head injury', 'Недавняя травма головы', 0.01],
  [
    'stress_related_headache',
    'Headache linked to stress, screen work, poor sleep',
    'Головная боль связана со стрессом, работой за экраном, недосыпом',
    0.03,
    VERBAL,
  ],
  ['recurrent_headaches', 'Similar headaches before', 'Похожие головные боли бывали раньше', 0.05, VERBAL],
]);
