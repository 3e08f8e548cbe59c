import { defineFindings } from './define.js';

const CHILDBEARING = { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 } as const;

/**
 * Key features of common presentations that had no finding of their own: lumps under the skin, finger and nail
 * injuries, overuse pains of tendons and muscles, and a few genital, breast and childhood signs.
 */
export const commonPresentationFindings = [
  ...defineFindings('general', 'symptom', [
    [
      'hangover',
      'Hangover: feeling rough the day after drinking alcohol',
      'Похмелье: плохое самочувствие на следующий день после алкоголя',
      0.01,
      { minAgeMonths: 144 },
    ],
  ]),
  ...defineFindings('musculoskeletal', 'symptom', [
    [
      'muscle_soreness_after_exercise',
      'Sore, stiff muscles 1–2 days after unaccustomed exercise',
      'Мышцы болят и «забиты» через день-два после непривычной нагрузки',
      0.02,
      { minAgeMonths: 60 },
    ],
    [
      'finger_injury',
      'Injured a finger (toe): knocked, jammed, crushed',
      'Травма пальца: ушиб, прищемил, придавил',
      0.005,
    ],
    [
      'blood_under_nail',
      'Dark blood under a nail after it was hit',
      'Тёмная кровь под ногтем после удара',
      0.002,
    ],
    [
      'finger_pain_throbbing',
      'Severe throbbing pain in an injured finger (toe)',
      'Сильная пульсирующая боль в травмированном пальце',
      0.002,
    ],
    [
      'fingertip_droop',
      'The tip of a finger droops and cannot be straightened on its own',
      'Кончик пальца свисает и сам не разгибается',
      0.0005,
    ],
    [
      'finger_catching',
      'A finger catches when bent, then clicks straight',
      'Палец застревает в согнутом положении и разгибается со щелчком',
      0.005,
      { minAgeMonths: 144 },
    ],
    [
      'thumb_wrist_pain_gripping',
      'Pain at the thumb side of the wrist on gripping and lifting',
      'Боль в запястье со стороны большого пальца при хвате и подъёме',
      0.005,
      { minAgeMonths: 144 },
    ],
    ['wrist_lump', 'A smooth, firm lump at the wrist', 'Гладкая плотная шишка на запястье', 0.003],
    [
      'bursa_swelling',
      'A soft squashy swelling over the point of the elbow, the kneecap',
      'Мягкая припухлость на локте, на коленной чашечке',
      0.003,
    ],
    [
      'shoulder_stiff',
      'Stiff shoulder that cannot be lifted, turned far even with help',
      'Плечо скованное: рука не поднимается и не отводится даже с помощью',
      0.005,
      { minAgeMonths: 216 },
    ],
    [
      'knee_locking',
      'The knee locks: gets stuck and will not fully straighten',
      'Колено «заклинивает»: застревает и не разгибается до конца',
      0.005,
    ],
    [
      'achilles_pain',
      'Pain, stiffness in the tendon above the heel',
      'Боль и скованность в ахилловом сухожилии над пяткой',
      0.01,
      { minAgeMonths: 144 },
    ],
    [
      'shin_pain_exercise',
      'Pain along the inner shin bone when running',
      'Боль вдоль внутреннего края голени при беге',
      0.01,
      { minAgeMonths: 60 },
    ],
  ]),
  ...defineFindings('skin', 'sign', [
    ['splinter', 'A splinter stuck in the skin', 'Заноза в коже', 0.005],
    ['lump_under_skin', 'A lump under the skin', 'Шишка, уплотнение под кожей', 0.02],
    [
      'lump_soft_painless',
      'Soft, painless lump that moves under the fingers',
      'Мягкая безболезненная шишка, смещается под пальцами',
      0.005,
    ],
    [
      'lump_central_dot',
      'Round lump with a small dark dot in the middle',
      'Круглая шишка с тёмной точкой в центре',
      0.003,
    ],
    [
      'buttock_crease_lump',
      'Painful swelling at the top of the buttock crease',
      'Болезненная припухлость вверху межъягодичной складки, над копчиком',
      0.002,
      { minAgeMonths: 120 },
    ],
    [
      'anal_pain_throbbing',
      'Constant throbbing pain beside the anus, worse on sitting',
      'Постоянная пульсирующая боль возле ануса, хуже сидя',
      0.003,
    ],
  ]),
  ...defineFindings('cardiovascular', 'sign', [
    ['varicose_veins', 'Bulging, twisted veins on the legs', 'Выпуклые извитые вены на ногах', 0.05],
    [
      'tender_vein_cord',
      'A red, tender, hard cord along a vein',
      'Красный болезненный плотный тяж по ходу вены',
      0.002,
    ],
  ]),
  ...defineFindings('urinary', 'symptom', [
    [
      'erection_problems',
      'Trouble getting an erection firm enough for sex',
      'Трудно добиться эрекции, достаточной для секса',
      0.02,
      { sex: 'male', minAgeMonths: 192 },
    ],
    [
      'penis_head_sore',
      'Red, sore head of the penis',
      'Покраснение и боль головки полового члена',
      0.005,
      { sex: 'male' },
    ],
    [
      'groin_bulge',
      'A bulge in the groin that comes out on standing, coughing',
      'Выпячивание в паху, появляется стоя, при кашле',
      0.005,
    ],
    [
      'empty_scrotum',
      'A testicle cannot be felt in the scrotum',
      'Яичко не прощупывается в мошонке',
      0.003,
      { sex: 'male' },
    ],
    [
      'puffy_face_morning',
      'Puffy eyelids and face, worst in the morning',
      'Одутловатое лицо, отёки век по утрам',
      0.005,
    ],
  ]),
  ...defineFindings('skin', 'symptom', [
    [
      'boil_large_or_many_heads',
      'A large boil with several heads (carbuncle)',
      'Большой фурункул с несколькими головками (карбункул)',
      0.005,
    ],
    [
      'genital_warts',
      'Small painless wart-like lumps in the genital area (anogenital warts)',
      'Мелкие безболезненные бугорки, как бородавки, в области половых органов (кондиломы)',
      0.005,
      { minAgeMonths: 144 },
    ],
  ]),
  ...defineFindings('urinary', 'history', [
    [
      'recurrent_thrush',
      'Thrush four or more times in the past year',
      'Молочница четыре раза и больше за последний год',
      0.01,
      { sex: 'female', minAgeMonths: 144 },
    ],
  ]),
  ...defineFindings('pregnancy', 'symptom', [
    [
      'sore_cracked_nipples',
      'Sore, cracked nipples',
      'Болезненные, потрескавшиеся соски',
      0.01,
      CHILDBEARING,
    ],
  ]),
  ...defineFindings('paediatric', 'sign', [
    [
      'baby_breast_swelling',
      'Swollen breast buds in a newborn baby',
      'Набухшие грудные железы у новорождённого',
      0.02,
      { maxAgeMonths: 6 },
    ],
    [
      'eyes_misaligned',
      'Eyes do not look in the same direction (squint)',
      'Глаза смотрят в разные стороны (косоглазие)',
      0.005,
    ],
  ]),
];
