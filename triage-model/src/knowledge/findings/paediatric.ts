import { defineFindings } from './define.js';

const UNDER_5 = { maxAgeMonths: 60 };
const UNDER_2 = { maxAgeMonths: 24 };

export const paediatricFindings = [
  ...defineFindings('paediatric', 'symptom', [
    [
      'poor_feeding',
      'Takes less than half of the usual feeds and drinks',
      'Ест и пьёт меньше половины обычного',
      0.02,
      UNDER_5,
    ],
    ['lethargy', 'Unusually drowsy, hard to wake', 'Необычно сонный, вялый, трудно разбудить', 0.003],
    [
      'irritability',
      'Unusually irritable, cannot be settled',
      'Необычно раздражителен, не успокаивается',
      0.02,
      UNDER_5,
    ],
    ['sunken_eyes', 'Sunken eyes', 'Запавшие глаза', 0.003],
    ['dry_mouth', 'Dry mouth and lips', 'Сухость во рту и губ', 0.02],
    ['no_tears', 'No tears when crying', 'Плачет без слёз', 0.005, UNDER_5],
    ['sunken_fontanelle', 'Sunken soft spot on the head', 'Запавший родничок', 0.002, { maxAgeMonths: 18 }],
    [
      'bulging_fontanelle',
      'Bulging soft spot on the head',
      'Выбухающий родничок',
      0.001,
      { maxAgeMonths: 18 },
    ],
    ['apnoea', 'Pauses in breathing', 'Остановки дыхания', 0.001, UNDER_2],
    ['grunting', 'Grunting with each breath', 'Кряхтящее дыхание', 0.002, UNDER_2],
    [
      'high_pitched_cry',
      'Abnormal cry: weak, high-pitched, non-stop',
      'Необычный плач: слабый, пронзительный, непрерывный',
      0.002,
      UNDER_2,
    ],
  ]),
  ...defineFindings('paediatric', 'history', [
    [
      'sick_contacts',
      'Others around them (home, nursery, school) are ill with similar symptoms',
      'Окружающие (дома, в саду, в школе) болеют с похожими симптомами',
      0.1,
    ],
  ]),
];
