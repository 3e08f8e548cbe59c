import { defineFindings } from './define.js';

const UNDER_3M = { maxAgeMonths: 3 };
const UNDER_1 = { maxAgeMonths: 12 };
const UNDER_3 = { maxAgeMonths: 36 };
const SELF_REPORT = { minAgeMonths: 96 };
const TEEN_UP = { minAgeMonths: 144 };
const ADULT = { minAgeMonths: 216 };
const WOMAN = { sex: 'female', minAgeMonths: 144 } as const;
const MAN = { sex: 'male', minAgeMonths: 144 } as const;

const childrenFindings = defineFindings('paediatric', 'symptom', [
  [
    'long_crying_bouts',
    'Cries for hours at a time, mostly in the evening',
    'Плачет часами, чаще вечером',
    0.05,
    { maxAgeMonths: 6 },
  ],
  [
    'chewing_on_things',
    'Keeps chewing on fists and toys',
    'Постоянно грызёт кулачки и игрушки',
    0.1,
    UNDER_3,
  ],
  [
    'swollen_gum_tooth',
    'Red, swollen gum where a tooth is coming through',
    'Красная припухшая десна там, где режется зуб',
    0.05,
    UNDER_3,
  ],
  ['nappy_area_rash', 'Red rash in the nappy area', 'Красная сыпь в области подгузника', 0.05, UNDER_3],
  [
    'hungry_after_vomiting',
    'Wants to feed again straight after vomiting',
    'Сразу после рвоты снова просит есть',
    0.01,
    { maxAgeMonths: 6 },
  ],
  ['pale_stools', 'Pale, chalky stools', 'Светлый, обесцвеченный стул', 0.002],
  ['sleepy_feeding_poorly', 'Too sleepy to feed', 'Слишком сонный, чтобы есть', 0.005, UNDER_3M],
  ['red_cracked_lips', 'Red, dry, cracked lips', 'Красные, сухие, потрескавшиеся губы', 0.01],
  [
    'swollen_red_hands_feet',
    'Red, swollen hands and feet',
    'Покраснение и отёк кистей и стоп',
    0.002,
    { maxAgeMonths: 144 },
  ],
  ['peeling_fingertips', 'Skin peeling on the fingertips', 'Шелушение кожи на кончиках пальцев', 0.005],
  ['hard_stools', 'Hard, pellet-like stools', 'Твёрдый стул «комочками»', 0.04],
  ['painful_stools', 'Pain when passing stool', 'Боль при опорожнении кишечника', 0.02],
  [
    'stool_withholding',
    'Holds stool in, avoids the toilet',
    'Сдерживает стул, избегает туалета',
    0.02,
    { minAgeMonths: 12, maxAgeMonths: 144 },
  ],
  ['spitting_up_feeds', 'Brings up milk after feeds', 'Срыгивает молоко после кормлений', 0.2, UNDER_1],
  [
    'back_arching_feeds',
    'Arches the back, cries during feeds',
    'Выгибается, плачет во время кормления',
    0.03,
    UNDER_1,
  ],
  [
    'umbilical_moist_lump',
    'Moist pink lump in the belly button',
    'Влажный розовый бугорок в пупке',
    0.005,
    { maxAgeMonths: 6 },
  ],
  [
    'umbilical_redness',
    'Redness spreading around the belly button',
    'Покраснение вокруг пупка распространяется',
    0.002,
    UNDER_3M,
  ],
  [
    'umbilical_bulge',
    'Soft bulge at the belly button, bigger when crying',
    'Мягкое выпячивание в пупке, больше при плаче',
    0.02,
    { maxAgeMonths: 60 },
  ],
  [
    'cradle_cap_scales',
    "Greasy yellow scales on the baby's scalp",
    'Жирные жёлтые корочки на голове у малыша',
    0.1,
    { maxAgeMonths: 24 },
  ],
  [
    'sticky_eye_since_birth',
    'Watery, sticky eye since the first weeks of life',
    'Слезотечение, склеивание глаза с первых недель жизни',
    0.03,
    UNDER_1,
  ],
  ['limp', 'Walks with a limp', 'Хромает', 0.01, { minAgeMonths: 12 }],
  ['hip_pain', 'Hip pain', 'Боль в тазобедренном суставе', 0.02],
  [
    'breath_holding',
    'Holds breath when upset, then changes colour',
    'Задерживает дыхание при плаче, затем меняет цвет (синеет, бледнеет)',
    0.01,
    { minAgeMonths: 6, maxAgeMonths: 72 },
  ],
  ['smelly_urine', 'Foul-smelling urine', 'Моча с неприятным запахом', 0.03],
]);

const mentalCrisisFindings = defineFindings('mental', 'symptom', [
  [
    'self_harm_acts',
    'Has hurt themselves on purpose (cutting, burning)',
    'Намеренно наносил(а) себе повреждения (порезы, ожоги)',
    0.005,
    SELF_REPORT,
  ],
  ['hopelessness', 'Feels hopeless about the future', 'Чувство безнадёжности', 0.02, SELF_REPORT],
  [
    'hearing_voices',
    'Hears voices that others cannot hear',
    'Слышит голоса, которых не слышат другие',
    0.002,
    SELF_REPORT,
  ],
  [
    'paranoid_beliefs',
    'Believes others are plotting against them',
    'Уверен(а), что против него (неё) что-то замышляют',
    0.003,
    SELF_REPORT,
  ],
  [
    'elated_mood',
    'Unusually elated, overactive mood for days',
    'Необычно приподнятое, возбуждённое настроение несколько дней',
    0.003,
    SELF_REPORT,
  ],
  [
    'little_need_for_sleep',
    'Sleeps very little without feeling tired',
    'Спит очень мало и не чувствует усталости',
    0.005,
    SELF_REPORT,
  ],
  [
    'stopped_eating_properly',
    'Has stopped eating and drinking properly',
    'Перестал(а) нормально есть и пить',
    0.01,
    SELF_REPORT,
  ],
  ['tremor', 'Shaking hands (tremor)', 'Дрожь в руках (тремор)', 0.02],
  [
    'restricting_food',
    'Eats very little on purpose to lose weight',
    'Намеренно очень мало ест, чтобы похудеть',
    0.01,
    SELF_REPORT,
  ],
  [
    'binge_eating',
    'Episodes of uncontrolled binge eating',
    'Приступы неконтролируемого переедания',
    0.02,
    SELF_REPORT,
  ],
  [
    'self_induced_vomiting',
    'Makes themselves sick after eating',
    'Вызывает у себя рвоту после еды',
    0.003,
    SELF_REPORT,
  ],
  [
    'flashbacks',
    'Flashbacks of a frightening event',
    'Навязчивые воспоминания о пугающем событии',
    0.01,
    SELF_REPORT,
  ],
  [
    'feeling_detached',
    'Feels numb, detached, unreal',
    'Ощущение оцепенения, нереальности происходящего',
    0.01,
    SELF_REPORT,
  ],
]);

const mentalCrisisHistory = defineFindings('mental', 'history', [
  [
    'traumatic_event',
    'Went through a frightening, traumatic event',
    'Пережил(а) пугающее, травмирующее событие',
    0.03,
  ],
  ['sexual_assault', 'Sexually assaulted in the past week', 'Сексуальное насилие в последние 7 дней', 0.001],
  [
    'cut_down_drinking',
    'Cut down heavy drinking in the last 3 days',
    'В последние 3 дня резко сократил(а) употребление алкоголя после запоя',
    0.005,
    ADULT,
  ],
]);

const chronicHistory = defineFindings('history', 'risk_factor', [
  ['insulin_treated', 'Uses insulin', 'Получает инсулин', 0.02],
  [
    'high_glucose_reading',
    'Blood sugar reading above 11 mmol/L',
    'Сахар крови по глюкометру выше 11 ммоль/л',
    0.02,
  ],
  [
    'low_glucose_reading',
    'Blood sugar reading below 4 mmol/L',
    'Сахар крови по глюкометру ниже 4 ммоль/л',
    0.005,
  ],
  ['ketones_positive', 'Ketones found on a ketone test', 'Кетоны обнаружены тест-полоской', 0.003],
  ['gout_history', 'Gout attacks before', 'Приступы подагры раньше', 0.03, ADULT],
  ['rheumatoid_history', 'Known rheumatoid arthritis', 'Ревматоидный артрит в анамнезе', 0.01, TEEN_UP],
  [
    'ibd_history',
    "Known inflammatory bowel disease (Crohn's, ulcerative colitis)",
    'Воспалительное заболевание кишечника (болезнь Крона, язвенный колит)',
    0.01,
  ],
  ['epilepsy_history', 'Known epilepsy', 'Эпилепсия в анамнезе', 0.01],
  [
    'missed_medication',
    'Missed doses of a regular medicine',
    'Пропускал(а) приём постоянного лекарства',
    0.05,
  ],
  ['sickle_cell_disease', 'Sickle cell disease', 'Серповидноклеточная анемия', 0.002],
  ['kidney_disease_history', 'Known kidney disease', 'Хроническая болезнь почек в анамнезе', 0.03],
  [
    'long_term_steroids',
    'Takes steroid tablets long term',
    'Длительно принимает гормоны (преднизолон) в таблетках',
    0.02,
  ],
  [
    'unprotected_sex',
    'Sex without a condom with a new partner',
    'Секс без презерватива с новым партнёром',
    0.05,
    TEEN_UP,
  ],
  [
    'hiv_exposure',
    'Exposed to HIV in the past 3 days (unprotected sex with someone with HIV, a used needle)',
    'Возможное заражение ВИЧ за последние 3 дня (секс без защиты с ВИЧ-положительным, укол чужой иглой)',
    0.001,
  ],
]);

const chronicSymptoms = defineFindings('general', 'symptom', [
  ['fruity_breath', 'Breath smells of acetone (pear drops)', 'Запах ацетона изо рта', 0.002],
  ['hot_swollen_joint', 'A hot, red, swollen joint', 'Горячий, красный, отёчный сустав', 0.01],
  ['big_toe_pain', 'Pain at the base of the big toe', 'Боль у основания большого пальца стопы', 0.01],
  [
    'morning_stiffness',
    'Joints stiff for more than an hour after waking',
    'Скованность в суставах больше часа после пробуждения',
    0.02,
  ],
  ['itching_all_over', 'Itching all over the body', 'Зуд по всему телу', 0.02],
  ['cold_intolerance', 'Feels cold when others do not', 'Зябнет, когда другим тепло', 0.03],
  [
    'heat_intolerance',
    'Feels hot, sweaty when others do not',
    'Жарко и потливо, когда другим нормально',
    0.03,
  ],
  ['weight_gain', 'Unexplained weight gain', 'Необъяснимая прибавка веса', 0.03],
  ['bone_pain', 'Severe pain in the bones', 'Сильная боль в костях', 0.005],
]);

const musculoskeletalMore = defineFindings('musculoskeletal', 'symptom', [
  ['knee_pain', 'Knee pain', 'Боль в колене', 0.04],
  ['joint_creaking', 'Creaking, grating in the joint', 'Хруст, скрип в суставе', 0.03],
  ['outer_elbow_pain', 'Pain on the outer side of the elbow', 'Боль с наружной стороны локтя', 0.01],
  [
    'heel_pain_first_steps',
    'Heel pain with the first steps in the morning',
    'Боль в пятке при первых шагах утром',
    0.02,
  ],
  [
    'hand_tingling_night',
    'Tingling fingers that wake you at night',
    'Покалывание в пальцах будит ночью',
    0.02,
  ],
  ['shoulder_pain', 'Shoulder pain', 'Боль в плече', 0.04],
  ['pain_lifting_arm', 'Pain when lifting the arm overhead', 'Боль при поднятии руки вверх', 0.02],
  [
    'shoulder_girdle_stiffness',
    'Aching stiffness of both shoulders in the morning',
    'Утренняя скованность и ломота в обоих плечах',
    0.005,
    { minAgeMonths: 480 },
  ],
  ['left_lower_pain', 'Pain in the lower left abdomen', 'Боль внизу живота слева', 0.01],
  ['blood_on_toilet_paper', 'Bright red blood on the toilet paper', 'Алая кровь на туалетной бумаге', 0.02],
  ['anal_lump', 'A lump at the anus', 'Шишка в области заднего прохода', 0.01],
]);

const genitourinaryMore = defineFindings('urinary_reproductive', 'symptom', [
  ['penile_discharge', 'Discharge from the penis', 'Выделения из полового члена', 0.005, MAN],
  [
    'genital_sores',
    'Painful sores on the genitals',
    'Болезненные язвочки на половых органах',
    0.005,
    TEEN_UP,
  ],
  [
    'fishy_discharge',
    'Thin grey discharge with a fishy smell',
    'Жидкие серые выделения с «рыбным» запахом',
    0.02,
    WOMAN,
  ],
  ['hot_flushes', 'Hot flushes', 'Приливы жара', 0.03, { sex: 'female', minAgeMonths: 432 }],
  ['irregular_periods', 'Irregular periods', 'Нерегулярные менструации', 0.04, WOMAN],
  ['vaginal_dryness', 'Vaginal dryness', 'Сухость во влагалище', 0.02, { sex: 'female', minAgeMonths: 432 }],
  ['night_urination', 'Getting up at night to pass urine', 'Встаёт ночью помочиться', 0.06, ADULT],
  ['weak_urine_stream', 'Weak, slow urine stream', 'Слабая, вялая струя мочи', 0.03, MAN],
  ['scrotal_swelling', 'Swelling of the scrotum', 'Отёк мошонки', 0.003, { sex: 'male' }],
  ['perineal_pain', 'Pain between the genitals and the anus', 'Боль в промежности', 0.005, TEEN_UP],
  ['pain_during_sex', 'Pain during sex', 'Боль во время полового акта', 0.02, TEEN_UP],
  ['bleeding_after_sex', 'Bleeding after sex', 'Кровянистые выделения после полового акта', 0.005, WOMAN],
  ['heavy_periods', 'Very heavy periods with clots', 'Очень обильные менструации со сгустками', 0.04, WOMAN],
  [
    'premenstrual_symptoms',
    'Symptoms in the week before each period that ease when it starts',
    'Симптомы за неделю до менструации, проходящие с её началом',
    0.05,
    WOMAN,
  ],
  [
    'sudden_one_sided_pelvic_pain',
    'Sudden one-sided pain low in the abdomen',
    'Внезапная односторонняя боль внизу живота',
    0.005,
    WOMAN,
  ],
]);

/** Findings for children and infants, mental-health crises, chronic-disease flares and the extra MSK/GU conditions. */
export const childrenMentalChronicFindings = [
  ...childrenFindings,
  ...mentalCrisisFindings,
  ...mentalCrisisHistory,
  ...chronicHistory,
  ...chronicSymptoms,
  ...musculoskeletalMore,
  ...genitourinaryMore,
];
