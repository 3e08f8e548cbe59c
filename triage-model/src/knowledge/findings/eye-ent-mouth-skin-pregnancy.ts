import { defineFindings } from './define.js';

/** Symptoms a child can only report once they talk about them. */
const VERBAL = { minAgeMonths: 36 } as const;
/** Subtle visual phenomena are reliably described only from school age. */
const SELF_REPORT = { minAgeMonths: 96 } as const;
const HAS_TEETH = { minAgeMonths: 6 } as const;
/** Pregnancy and the postnatal period: female, 12–55 years. */
const CHILDBEARING = { sex: 'female', minAgeMonths: 144, maxAgeMonths: 660 } as const;

const eyeFindings = [
  ...defineFindings('eye', 'symptom', [
    ['eyelid_lump', 'A lump on the eyelid', 'Уплотнение или шишка на веке', 0.005],
    ['eyelid_swelling', 'Swollen eyelid', 'Отёк века', 0.01],
    [
      'crusty_eyelids',
      'Crusts or flakes along the eyelashes',
      'Корочки или чешуйки у основания ресниц',
      0.01,
    ],
    [
      'gritty_eye',
      'Gritty feeling, as if something is in the eye',
      'Ощущение песка или соринки в глазу',
      0.02,
      VERBAL,
    ],
    [
      'halos_around_lights',
      'Coloured rings around lights',
      'Радужные круги вокруг источников света',
      0.002,
      SELF_REPORT,
    ],
    ['flashes_of_light', 'Flashes of light in one eye', 'Вспышки света в одном глазу', 0.003, SELF_REPORT],
    [
      'new_floaters',
      'New floaters or "flies" in the vision',
      'Новые «мушки» или плавающие точки перед глазом',
      0.005,
      SELF_REPORT,
    ],
    [
      'curtain_over_vision',
      'A shadow or curtain across part of the vision',
      'Тень или «занавеска», закрывающая часть поля зрения',
      0.001,
      SELF_REPORT,
    ],
    [
      'red_patch_white_of_eye',
      'A flat bright-red patch on the white of the eye',
      'Ярко-красное пятно (кровоизлияние) на белке глаза',
      0.003,
    ],
    ['pain_moving_eye', 'Pain when moving the eye', 'Боль при движении глазом', 0.003, VERBAL],
    ['bulging_eye', 'Eye bulging forward', 'Глаз выпячен вперёд', 0.0005],
  ]),
  ...defineFindings('eye', 'history', [
    [
      'eye_foreign_body',
      'Something got into the eye (dust, grit, metal)',
      'В глаз попало инородное тело (пыль, песок, металл)',
      0.005,
    ],
    ['eye_trauma', 'A blow or scratch to the eye', 'Удар или царапина глаза', 0.005],
    ['chemical_in_eye', 'A chemical splashed into the eye', 'В глаз попало химическое вещество', 0.001],
    ['contact_lens_wearer', 'Wears contact lenses', 'Носит контактные линзы', 0.08, { minAgeMonths: 96 }],
  ]),
];

const entFindings = [
  ...defineFindings('ent', 'symptom', [
    ['ear_itching', 'Itchy ear canal', 'Зуд в ухе', 0.01, VERBAL],
    ['tinnitus', 'Ringing or buzzing in the ear', 'Шум или звон в ухе', 0.02, VERBAL],
    [
      'sudden_hearing_loss',
      'Hearing in one ear dropped within hours',
      'Слух на одно ухо резко снизился за несколько часов',
      0.001,
      VERBAL,
    ],
    [
      'muffled_voice',
      'Muffled "hot potato" voice',
      'Голос сдавленный, «как с горячей картошкой во рту»',
      0.002,
    ],
    ['trismus', 'Cannot open the mouth fully', 'Не может полностью открыть рот', 0.002],
    [
      'one_sided_nasal_discharge',
      'Smelly discharge from one nostril only',
      'Выделения с неприятным запахом только из одной ноздри',
      0.002,
    ],
    [
      'nosebleed_prolonged',
      'Nosebleed not stopping after 20 minutes of pinching the nose',
      'Носовое кровотечение не останавливается после 20 минут прижатия',
      0.001,
    ],
    [
      'vertigo_constant',
      'Constant spinning for hours or days, even when still',
      'Постоянное головокружение часами или днями, даже в покое',
      0.002,
    ],
    [
      'swelling_behind_ear',
      'Red painful swelling behind the ear',
      'Красная болезненная припухлость за ухом',
      0.0005,
    ],
    [
      'something_stuck_throat',
      'Feels something stuck in the throat after eating',
      'Ощущение застрявшего в горле предмета после еды',
      0.003,
    ],
  ]),
  ...defineFindings('ent', 'history', [
    [
      'ear_injury',
      'Recent injury to the ear (blow, cotton bud, loud bang)',
      'Недавняя травма уха (удар, ватная палочка, громкий хлопок)',
      0.003,
    ],
    ['object_in_nose', 'An object was pushed into the nose', 'В нос засунут посторонний предмет', 0.001],
    ['object_in_ear', 'An object was pushed into the ear', 'В ухо засунут посторонний предмет', 0.001],
  ]),
];

const mouthFindings = [
  ...defineFindings('mouth_teeth', 'symptom', [
    ['tooth_pain', 'Toothache', 'Зубная боль', 0.02, HAS_TEETH],
    [
      'tooth_pain_hot_cold',
      'Tooth hurts with hot, cold or sweet food',
      'Зуб болит от горячего, холодного или сладкого',
      0.02,
      VERBAL,
    ],
    ['tooth_pain_biting', 'Tooth hurts on biting', 'Зуб болит при накусывании', 0.01, VERBAL],
    [
      'facial_swelling',
      'Swelling of the cheek or jaw on one side',
      'Отёк щеки или челюсти с одной стороны',
      0.003,
    ],
    ['bleeding_gums', 'Gums bleed when brushing', 'Дёсны кровоточат при чистке зубов', 0.05, HAS_TEETH],
    [
      'gum_swelling_back_tooth',
      'Sore swollen gum over a back tooth',
      'Болезненная отёчная десна над задним (зубом мудрости) зубом',
      0.005,
      { minAgeMonths: 144 },
    ],
    [
      'white_patches_mouth',
      'White patches in the mouth (tongue, cheeks, gums)',
      'Белый налёт во рту (на языке, щеках, дёснах)',
      0.01,
    ],
    ['lip_blisters', 'Tingling blisters on the lip', 'Пузырьки на губе с покалыванием', 0.01],
    ['bad_taste_mouth', 'Bad taste or smell from the mouth', 'Неприятный привкус или запах изо рта', 0.03],
    [
      'mouth_ulcer_3_weeks',
      'A mouth ulcer that has not healed for 3 weeks',
      'Язва во рту не заживает 3 недели и дольше',
      0.002,
    ],
    [
      'floor_of_mouth_swelling',
      'Swelling under the tongue, tongue pushed up',
      'Отёк под языком, язык приподнят',
      0.0005,
    ],
    ['sore_gums', 'Red, swollen, sore gums', 'Красные, отёчные, болезненные дёсны', 0.02],
  ]),
  ...defineFindings('mouth_teeth', 'history', [
    [
      'tooth_knocked_out',
      'A permanent tooth knocked out',
      'Выбит постоянный зуб',
      0.0005,
      { minAgeMonths: 72 },
    ],
    ['tooth_broken', 'A tooth chipped or broken', 'Зуб сколот или сломан', 0.002, HAS_TEETH],
    [
      'recent_tooth_extraction',
      'A tooth was taken out in the last week',
      'Удаление зуба в течение последней недели',
      0.005,
      HAS_TEETH,
    ],
  ]),
];

const skinFindings = [
  ...defineFindings('skin', 'symptom', [
    [
      'scaly_plaques',
      'Thick red patches with silvery scales',
      'Плотные красные бляшки с серебристыми чешуйками',
      0.01,
    ],
    ['pimples', 'Pimples, blackheads or whiteheads', 'Прыщи, чёрные точки или белые угри', 0.05],
    ['honey_crusts', 'Golden-yellow crusts on sores', 'Медово-жёлтые корочки на ранках', 0.003],
    ['pus_lump', 'A painful lump filled with pus', 'Болезненный бугорок с гноем под кожей', 0.005],
    [
      'ring_shaped_rash',
      'A ring-shaped red patch with a clearer centre',
      'Красное кольцевидное пятно со светлым центром',
      0.005,
    ],
    [
      'itchy_peeling_toes',
      'Itchy, peeling skin between the toes',
      'Зуд и шелушение кожи между пальцами ног',
      0.03,
    ],
    ['wart', 'A rough raised skin growth (wart)', 'Шероховатый бугорок на коже (бородавка)', 0.02],
    [
      'pearly_bumps',
      'Small shiny bumps with a dimple in the centre',
      'Мелкие блестящие узелки с пупковидным вдавлением',
      0.003,
    ],
    [
      'herald_patch',
      'One larger oval patch appeared before many smaller ones',
      'Сначала появилось одно крупное овальное пятно, затем много мелких',
      0.001,
    ],
    [
      'greasy_scales',
      'Greasy yellowish flakes on the scalp, eyebrows or beside the nose',
      'Жирные желтоватые чешуйки на волосистой части головы, бровях, у носа',
      0.02,
    ],
    [
      'toenail_fold_swelling',
      'Painful red swelling beside a nail',
      'Болезненный красный отёк околоногтевого валика',
      0.005,
    ],
    [
      'red_streak',
      'A red line spreading from a wound or bite',
      'Красная полоса тянется от раны или укуса',
      0.001,
    ],
    [
      'punched_out_sores',
      'Clusters of painful punched-out sores on eczema',
      'Группы болезненных «выбитых» язвочек на участках экземы',
      0.0005,
    ],
    ['itch_worse_at_night', 'Itching worse at night', 'Зуд усиливается ночью', 0.02],
    ['head_lice_seen', 'Lice or nits seen in the hair', 'В волосах видны вши или гниды', 0.005],
    [
      'changing_mole',
      'A mole that is new, growing or changing',
      'Родинка новая, растёт или меняется',
      0.005,
      { minAgeMonths: 144 },
    ],
    [
      'thick_discoloured_nail',
      'Thick, yellow or crumbly nail',
      'Утолщённый, жёлтый или крошащийся ноготь',
      0.02,
    ],
    ['sunburnt_skin', 'Red, sore skin after sun exposure', 'Красная болезненная кожа после солнца', 0.01],
    ['facial_redness', 'Persistent redness of the cheeks and nose', 'Стойкое покраснение щёк и носа', 0.02],
  ]),
  ...defineFindings('skin', 'history', [
    ['insect_bite', 'Bitten or stung by an insect', 'Укус насекомого', 0.02],
  ]),
];

const pregnancyFindings = [
  ...defineFindings('pregnancy', 'history', [
    ['pregnant', 'Currently pregnant', 'Сейчас беременна', 0.04, CHILDBEARING],
    [
      'pregnancy_over_20_weeks',
      'More than 20 weeks pregnant',
      'Срок беременности больше 20 недель',
      0.02,
      CHILDBEARING,
    ],
    [
      'pregnancy_over_37_weeks',
      'More than 37 weeks pregnant',
      'Срок беременности больше 37 недель',
      0.005,
      CHILDBEARING,
    ],
    [
      'recently_gave_birth',
      'Gave birth within the past year',
      'Роды были в течение последнего года',
      0.03,
      CHILDBEARING,
    ],
    ['breastfeeding', 'Breastfeeding', 'Кормит грудью', 0.03, CHILDBEARING],
  ]),
  ...defineFindings('pregnancy', 'symptom', [
    [
      'reduced_fetal_movements',
      'Baby moving less than usual',
      'Ребёнок шевелится меньше обычного',
      0.002,
      CHILDBEARING,
    ],
    [
      'regular_contractions',
      'Regular painful tightenings of the womb',
      'Регулярные болезненные схватки (напряжение матки)',
      0.002,
      CHILDBEARING,
    ],
    [
      'waters_broken',
      'Fluid leaking from the vagina',
      'Подтекание жидкости (вод) из влагалища',
      0.002,
      CHILDBEARING,
    ],
    [
      'heavy_vaginal_bleeding',
      'Bleeding soaks a pad within an hour',
      'Кровотечение промачивает прокладку за час',
      0.002,
      CHILDBEARING,
    ],
    [
      'face_hand_swelling',
      'Sudden swelling of the face or hands',
      'Внезапный отёк лица или кистей рук',
      0.005,
    ],
    [
      'itchy_palms_soles',
      'Itching of the palms and soles without a rash',
      'Зуд ладоней и стоп без сыпи',
      0.003,
    ],
    [
      'breast_red_painful',
      'A red, hot, painful area on one breast',
      'Красный горячий болезненный участок на груди',
      0.003,
      CHILDBEARING,
    ],
    [
      'pelvic_girdle_pain',
      'Pain over the pubic bone or in the buttocks when walking',
      'Боль в области лобка или ягодиц при ходьбе',
      0.01,
      CHILDBEARING,
    ],
  ]),
];

export const eyeEntMouthSkinPregnancyFindings = [
  ...eyeFindings,
  ...entFindings,
  ...mouthFindings,
  ...skinFindings,
  ...pregnancyFindings,
];
