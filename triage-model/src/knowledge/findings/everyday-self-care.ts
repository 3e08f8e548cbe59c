import { defineFindings } from './define.js';

/**
 * Key features of everyday benign complaints that had no finding of their own, so they were forced onto a
 * look-alike that needs a doctor (bad breath onto a dry socket, a heel blister onto herpes, a corn onto arthritis).
 */
export const everydaySelfCareFindings = [
  ...defineFindings('general', 'symptom', [['hiccups', 'Hiccups', 'Икота', 0.01]]),
  ...defineFindings('mouth_teeth', 'symptom', [
    [
      'bad_breath',
      'Bad breath that others notice',
      'Неприятный запах изо рта, который замечают другие',
      0.02,
    ],
    [
      'jaw_clicking_aching',
      'Clicking, aching jaw joint in front of the ear, worse with chewing',
      'Щёлкает, ноет челюстной сустав перед ухом, хуже при жевании',
      0.01,
      { minAgeMonths: 144 },
    ],
    [
      'cracked_mouth_corners',
      'Sore, cracked corners of the mouth',
      'Трещины и болезненность в уголках рта («заеды»)',
      0.01,
    ],
  ]),
  ...defineFindings('skin', 'sign', [
    [
      'friction_blister',
      'A blister from rubbing (new shoes, a tool)',
      'Натёртый пузырь, водянка (от обуви, инструмента)',
      0.01,
    ],
    [
      'corn_callus',
      'Hard, thickened skin on the foot (corn, callus)',
      'Твёрдая утолщённая кожа на стопе (мозоль, натоптыш)',
      0.02,
      { minAgeMonths: 60 },
    ],
    [
      'pale_patches_skin',
      'Pale, slightly scaly patches on the chest and back that do not tan',
      'Светлые слегка шелушащиеся пятна на груди и спине, не загорают',
      0.005,
      { minAgeMonths: 120 },
    ],
    [
      'goosebump_bumps',
      'Tiny rough bumps like goosebumps on the upper arms, thighs',
      'Мелкие шершавые пупырышки как «гусиная кожа» на плечах, бёдрах',
      0.01,
    ],
    [
      'skin_writing',
      'Raised red lines where the skin was scratched',
      'Красные выпуклые полосы там, где почесали кожу',
      0.005,
    ],
    [
      'hair_shedding',
      'Much more hair than usual falling out all over the head',
      'Волосы выпадают гораздо больше обычного, равномерно по всей голове',
      0.01,
      { minAgeMonths: 144 },
    ],
  ]),
  ...defineFindings('paediatric', 'symptom', [
    [
      'night_terrors',
      'Wakes screaming soon after falling asleep, cannot be comforted, remembers nothing next morning',
      'Вскоре после засыпания просыпается с криком, не успокаивается, утром ничего не помнит',
      0.005,
      { minAgeMonths: 12, maxAgeMonths: 168 },
    ],
  ]),
  ...defineFindings('musculoskeletal', 'symptom', [
    [
      'night_leg_pains_child',
      'A child wakes at night with aching legs, and is well and active the next day',
      'Ребёнок просыпается ночью от боли в ногах, а днём здоров и активен',
      0.01,
      { minAgeMonths: 24, maxAgeMonths: 168 },
    ],
  ]),
  ...defineFindings('pregnancy', 'symptom', [
    [
      'weepy_after_birth',
      'Tearful, emotional and anxious in the first days after giving birth',
      'Плаксивость, эмоциональность и тревога в первые дни после родов',
      0.005,
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
    [
      'breasts_engorged',
      'Both breasts full, hard and tender as the milk comes in',
      'Обе груди переполнены, твёрдые и болезненные, когда приходит молоко',
      0.005,
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
  ]),
  ...defineFindings('urinary', 'history', [
    [
      'missed_pill',
      'Missed contraceptive pill',
      'Пропущена противозачаточная таблетка',
      0.005,
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
  ]),
  ...defineFindings('digestive', 'history', [
    [
      'usual_ibs_flare',
      'Known irritable bowel syndrome, and this is a usual flare',
      'Известный синдром раздражённого кишечника, обычное обострение',
      0.005,
      { minAgeMonths: 144 },
    ],
  ]),
];
