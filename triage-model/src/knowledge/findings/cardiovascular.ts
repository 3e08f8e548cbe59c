import { defineFindings } from './define.js';

// Chest pain and where it spreads are told by the patient; a parent cannot observe them in a child under 3.
const VERBAL = { minAgeMonths: 36 };

export const cardiovascularFindings = defineFindings('cardiovascular', 'symptom', [
  ['chest_pain', 'Chest pain', 'Боль в груди', 0.02, VERBAL],
  ['chest_pain_pressing', 'Pressing, squeezing chest pain', 'Давящая, сжимающая боль в груди', 0.005, VERBAL],
  ['pain_radiates_arm', 'Chest pain spreading into an arm', 'Боль из груди отдаёт в руку', 0.005, VERBAL],
  [
    'pain_radiates_jaw',
    'Chest pain spreading to the jaw, neck',
    'Боль из груди отдаёт в челюсть, шею',
    0.003,
    VERBAL,
  ],
  ['pain_radiates_back', 'Pain going through to the back', 'Боль отдаёт в спину', 0.005, VERBAL],
  [
    'chest_pain_exertion',
    'Chest pain brought on by exertion',
    'Боль в груди при физической нагрузке',
    0.005,
    VERBAL,
  ],
  [
    'chest_pain_reproducible',
    'Chest pain when pressing on the chest wall',
    'Боль в груди при надавливании на грудную клетку',
    0.01,
    VERBAL,
  ],
  ['chest_pain_burning', 'Burning pain behind the breastbone', 'Жгучая боль за грудиной', 0.02, VERBAL],
  [
    'palpitations',
    'Palpitations: heart racing, pounding, skipping beats',
    'Сердцебиение, перебои в работе сердца',
    0.03,
  ],
  ['leg_swelling_one', 'Swelling of one leg', 'Отёк одной ноги', 0.005],
  ['leg_swelling_both', 'Swollen ankles on both legs', 'Отёки обеих ног', 0.02],
  ['leg_pain_calf', 'Calf pain', 'Боль в икроножной мышце', 0.01],
  ['nosebleed', 'Nosebleed', 'Носовое кровотечение', 0.01],
]);
