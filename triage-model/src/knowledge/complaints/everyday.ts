import { defineComplaints } from './define.js';

/** Everyday benign complaints with a chart of their own (see conditions/everyday-self-care.ts). */
export const everydayComplaints = [
  ...defineComplaints('general', [
    [
      'hiccups',
      'Hiccups',
      'Икота',
      ['hiccups'],
      ['chest_pain', 'breathlessness', 'vomiting', 'arm_weakness'],
    ],
  ]),
  ...defineComplaints('ent', [
    ['bad_breath', 'Bad breath', 'Запах изо рта', ['bad_breath'], ['fever', 'facial_swelling', 'tooth_pain']],
    [
      'jaw_pain_clicking',
      'Jaw clicking or aching',
      'Щёлкает или болит челюсть',
      ['jaw_clicking_aching'],
      ['trismus', 'facial_swelling', 'fever', 'chest_pain'],
      { minAgeMonths: 144 },
    ],
    [
      'sore_mouth_corners',
      'Sore cracked corners of the mouth',
      'Заеды в уголках рта',
      ['cracked_mouth_corners'],
      ['honey_crusts', 'fever', 'mouth_ulcers'],
    ],
  ]),
  ...defineComplaints('skin', [
    [
      'friction_blister',
      'Blister from rubbing',
      'Натёртый пузырь',
      ['friction_blister'],
      ['spreading_redness', 'red_streak', 'fever', 'diabetes', 'burn_injury'],
    ],
    [
      'corn_callus',
      'Corn or callus',
      'Мозоль, натоптыш',
      ['corn_callus'],
      ['diabetes', 'spreading_redness', 'pus_lump'],
      { minAgeMonths: 60 },
    ],
    [
      'pale_skin_patches',
      'Pale scaly patches that do not tan',
      'Светлые пятна на коже, не загорают',
      ['pale_patches_skin'],
      ['immunosuppressed', 'itchy_rash'],
      { minAgeMonths: 120 },
    ],
    [
      'goosebump_skin',
      'Rough goosebump skin',
      'Шершавая «гусиная кожа»',
      ['goosebump_bumps'],
      ['itchy_rash', 'pus_lump'],
    ],
    [
      'skin_writing',
      'Raised lines where the skin is scratched',
      'Полосы на коже от царапанья',
      ['skin_writing'],
      ['lip_tongue_swelling', 'throat_tightness', 'breathlessness'],
    ],
    [
      'hair_shedding',
      'Hair falling out',
      'Выпадают волосы',
      ['hair_shedding'],
      ['fatigue', 'recently_gave_birth', 'itchy_scalp'],
      { minAgeMonths: 144 },
    ],
  ]),
  ...defineComplaints('paediatric', [
    [
      'night_terrors',
      'Child waking up screaming at night',
      'Ребёнок ночью просыпается с криком',
      ['night_terrors'],
      ['jerking_while_unresponsive', 'seizure', 'apnoea', 'fever'],
      { minAgeMonths: 12, maxAgeMonths: 168 },
    ],
  ]),
  ...defineComplaints('musculoskeletal', [
    [
      'child_night_leg_pains',
      'Child waking at night with leg pains',
      'Ребёнок просыпается ночью от боли в ногах',
      ['night_leg_pains_child'],
      ['limp', 'fever', 'hot_swollen_joint', 'weight_loss', 'bruising', 'night_sweats'],
      { minAgeMonths: 24, maxAgeMonths: 168 },
    ],
  ]),
  ...defineComplaints('obstetric_gynaecology', [
    [
      'weepy_after_birth',
      'Weepy and emotional after giving birth',
      'Плаксивость после родов',
      ['weepy_after_birth'],
      ['self_harm_thoughts', 'hearing_voices', 'confusion', 'anhedonia', 'fever', 'heavy_vaginal_bleeding'],
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
    [
      'engorged_breasts',
      'Full, hard, sore breasts as the milk comes in',
      'Нагрубание груди, пришло молоко',
      ['breasts_engorged'],
      ['fever', 'breast_red_painful', 'pus_lump', 'mottled_skin'],
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
    [
      'missed_pill',
      'Missed contraceptive pill',
      'Пропустила противозачаточную таблетку',
      ['missed_pill'],
      ['vaginal_bleeding', 'lower_abdominal_pain', 'pregnant_possible'],
      { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 },
    ],
  ]),
  ...defineComplaints('gastrointestinal', [
    [
      'ibs_flare',
      'My usual irritable bowel flare',
      'Обычное обострение СРК',
      ['usual_ibs_flare'],
      ['bloody_stool', 'black_stool', 'weight_loss', 'fever', 'repeated_vomiting'],
      { minAgeMonths: 144 },
    ],
  ]),
];
