import type { Condition, FindingUrgency } from '../types.js';
import {
  ACUTE,
  ADULTS,
  CHRONIC,
  FEMALE_ONLY,
  HOURS,
  MALE_ONLY,
  SCHOOL_AGE_UP,
  SPREADING_INFECTION,
  SUBACUTE,
  WOMEN_OF_CHILDBEARING_AGE,
  lk,
} from './presets.js';

/** Signs of sepsis on top of a local infection: NICE NG51 Sepsis (2016, updated 2024). */
const SEPSIS_SIGNS: readonly FindingUrgency[] = [
  { finding: 'mottled_skin', urgency: 'ambulance' },
  { finding: 'confusion', urgency: 'ambulance' },
];
const NO_UNDER_5S = { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0 } as const;

/**
 * Common presentations that were forced onto look-alikes: a hangover, overuse pains, finger and nail injuries,
 * lumps under the skin, genital and groin problems, breastfeeding and pregnancy complaints, and a few childhood signs.
 */
export const commonPresentationConditions: Condition[] = [
  {
    id: 'hangover',
    name: { ru: 'Похмелье', en: 'Hangover' },
    icd10: 'F10.0',
    system: 'poisoning',
    urgency: 'self_care',
    // Settles within 24 hours; vomiting blood, confusion, being unable to keep fluids down, or blurred vision after
    // surrogate alcohol (methanol) are not a hangover: NHS Hangover cures (2023); TOXBASE Methanol (2023).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
      { finding: 'black_stool', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'drank_surrogate_alcohol', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'seizure', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: {
        ru:
          'Пейте воду или раствор для регидратации маленькими глотками, поешьте лёгкую пищу (хлеб, бульон, банан), ' +
          'выспитесь. От головной боли — ибупрофен после еды, если не болит желудок. «Опохмеляться» не нужно: это только ' +
          'откладывает похмелье. Не садитесь за руль, пока алкоголь может оставаться в крови. Обычно проходит за сутки.',
        en:
          'Sip water or an oral rehydration drink, eat something bland (toast, broth, a banana) and sleep. For the ' +
          'headache, ibuprofen after food if your stomach is not sore. "Hair of the dog" only delays the hangover. Do ' +
          'not drive while alcohol may still be in your blood. It usually passes within 24 hours.',
      },
      seekCareIf: {
        ru:
          'Рвота не прекращается и не удерживается даже вода, рвота с кровью или «кофейной гущей», чёрный стул, ' +
          'спутанность сознания, судороги, нечёткое зрение (особенно после самодельного или непонятного алкоголя — ' +
          'звоните 103/112), или плохо больше суток.',
        en:
          'Vomiting that will not stop so you cannot keep even water down, vomiting blood or "coffee grounds", black ' +
          'stools, confusion, a seizure, blurred vision (especially after home-made or unlabelled spirits — call ' +
          '112/999), or still unwell after a day.',
      },
      source: 'NHS Hangover cures (2023); TOXBASE Methanol (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...ADULTS, child_5_11y: 0, teen_12_17y: 0.2 },
    likelihoods: {
      ...HOURS,
      ...lk`hangover .95 drank_alcohol_heavily .8 alcohol_excess .3 headache .85 nausea .7 vomiting .3
        repeated_vomiting .03 fatigue .8 thirst .7 dry_mouth .6 dizziness .35 light_sensitivity .3 sleep_problems .3
        palpitations .15 tremor .1 upper_abdominal_pain .15 diarrhoea .15 worry .15 confusion .01 vomiting_blood .01
        drank_surrogate_alcohol .01 blurred_vision .02`,
    },
  },
  {
    id: 'delayed_onset_muscle_soreness',
    name: {
      ru: 'Крепатура (отсроченная боль в мышцах после нагрузки)',
      en: 'Delayed-onset muscle soreness after exercise',
    },
    icd10: 'M79.1',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Peaks at 24–72 hours and settles within a week; dark "cola" urine or little urine after exertion is exertional
    // rhabdomyolysis, which needs blood tests the same day: CHAMP Clinical practice guideline for exertional
    // rhabdomyolysis (2020); NHS Exercise - muscle soreness (2022).
    urgencyIf: [
      { finding: 'lasting_10_days', urgency: 'planned' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'dark_urine', urgency: 'emergency_department' },
      { finding: 'little_urine', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Это нормальная реакция мышц на непривычную нагрузку: боль максимальна на 2–3-й день и проходит за неделю. ' +
          'Лёгкое движение (ходьба, плавание, растяжка), тёплый душ или ванна, массаж, достаточно воды. При сильной ' +
          'боли — парацетамол или ибупрофен. Следующие тренировки наращивайте постепенно.',
        en:
          'This is the muscles’ normal response to unaccustomed exercise: it peaks on day 2–3 and settles within a ' +
          'week. Gentle movement (walking, swimming, stretching), a warm shower or bath, massage, plenty of water. ' +
          'Paracetamol or ibuprofen if it is very sore. Build up future training gradually.',
      },
      seekCareIf: {
        ru:
          'Моча тёмная, цвета колы или чая, или её стало очень мало (срочно в приёмное отделение), мышцы сильно отекли ' +
          'и очень болят, поднялась температура, или боль не проходит больше недели.',
        en:
          'Your urine is dark, cola- or tea-coloured, or you are passing very little (go to an emergency department ' +
          'now), the muscles are very swollen and extremely painful, you have a fever, or it lasts more than a week.',
      },
      source: 'CHAMP Clinical practice guideline for exertional rhabdomyolysis (2020); NHS Exercise (2022)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...SCHOOL_AGE_UP, toddler_1_4y: 0, child_5_11y: 0.3, teen_12_17y: 1.2, elderly_65y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`muscle_soreness_after_exercise .95 body_aches .45 fatigue .2 joint_pain .1 back_pain .15 neck_pain .05
        dark_urine .01 little_urine .01 fever .02 injury_swelling .03`,
    },
  },
  {
    id: 'subungual_haematoma',
    name: { ru: 'Подногтевая гематома', en: 'Blood under a nail (subungual haematoma)' },
    icd10: 'S60.1',
    system: 'injury',
    urgency: 'self_care',
    // A painful haematoma within 48 hours is released through the nail (trephination) the same day; a painless one
    // grows out. Swelling or deformity of the fingertip may be a tuft fracture, a cut nail bed needs repair:
    // BSSH Standards of care for hand trauma (2017); Patel, Pediatr Emerg Care: nail bed injuries and subungual
    // haematomas in the ED (2014).
    urgencyIf: [
      { finding: 'finger_pain_throbbing', urgency: 'within_24h' },
      { finding: 'injury_swelling', urgency: 'within_24h' },
      { finding: 'cut_wound', urgency: 'within_24h' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'limb_deformity', urgency: 'emergency_department' },
      { finding: 'wound_gaping', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Холод через ткань по 10–15 минут, держите палец поднятым, при боли — парацетамол или ибупрофен. ' +
          'Не прокалывайте ноготь сами. Небольшое безболезненное пятно отрастёт вместе с ногтем за несколько месяцев; ' +
          'ноготь может сойти, под ним вырастет новый. Носите свободную обувь, если пострадал палец ноги.',
        en:
          'A cold pack wrapped in cloth for 10–15 minutes, keep the finger raised, paracetamol or ibuprofen for pain. ' +
          'Do not pierce the nail yourself. A small painless mark grows out with the nail over a few months; the nail ' +
          'may come off and a new one grow underneath. Wear roomy shoes if it is a toe.',
      },
      seekCareIf: {
        ru:
          'Сильная пульсирующая боль в первые 2 суток (в травмпункте кровь выпустят через ноготь — боль сразу ' +
          'уменьшается), синяк больше четверти ногтя, палец отёк или деформирован, рана у ногтя, ноготь оторван, ' +
          'покраснение и гной, или тёмное пятно появилось без травмы.',
        en:
          'Severe throbbing pain in the first 2 days (urgent care can release the blood through the nail, which ' +
          'eases the pain at once), the bruise covers over a quarter of the nail, the finger is swollen or misshapen, ' +
          'there is a cut by the nail, the nail is torn off, redness or pus, or a dark mark appeared without injury.',
      },
      source: 'BSSH Standards of care for hand trauma (2017); Patel, Pediatr Emerg Care (2014)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`blood_under_nail .95 finger_injury .9 finger_pain_throbbing .6 trauma_fall .5 bruising .4
        injury_swelling .25 cut_wound .05 limb_deformity .02 cannot_bend_finger .05`,
    },
  },
  {
    id: 'mallet_finger',
    name: { ru: 'Молоткообразный палец (отрыв сухожилия разгибателя)', en: 'Mallet finger' },
    icd10: 'S66.3',
    system: 'injury',
    // The end joint is splinted straight, without a break, for 6–8 weeks; started within days, and an X-ray for a
    // fracture fragment: BSSH Standards of care for hand trauma (2017); NHS Mallet finger (2023).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'cut_wound', urgency: 'emergency_department' },
      { finding: 'wound_gaping', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...NO_UNDER_5S, child_5_11y: 0.3, teen_12_17y: 0.8, adult_40_64y: 1.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`fingertip_droop .95 finger_injury .9 cannot_bend_finger .8 injury_swelling .5 bruising .3 trauma_fall .5
        finger_pain_throbbing .2 blood_under_nail .05 cut_wound .03 limb_deformity .05`,
    },
  },
  {
    id: 'splinter',
    name: { ru: 'Заноза (инородное тело в коже)', en: 'Splinter (foreign body in the skin)' },
    icd10: 'T14.0',
    system: 'skin',
    urgency: 'self_care',
    // Small superficial splinters are removed at home; deep ones, glass or metal, those under a nail or near the eye,
    // and infected ones need a clinician: NHS Splinters (2023); UKHSA Green Book ch. 30 Tetanus (2023).
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'pus_lump', urgency: 'within_24h' },
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'wound_contaminated', urgency: 'within_24h' },
      { finding: 'eye_trauma', urgency: 'emergency_department' },
      { finding: 'eye_foreign_body', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Вымойте руки и кожу с мылом. Продезинфицированным пинцетом захватите торчащий конец и вытяните под тем же ' +
          'углом, под которым заноза вошла; если она под кожей — приподнимите кожу чистой иглой. Затем промойте, ' +
          'закройте пластырем. Крошечные занозы часто выходят сами за несколько дней. Проверьте прививку от столбняка.',
        en:
          'Wash your hands and the skin with soap. With clean tweezers grip the end that sticks out and pull it out at ' +
          'the angle it went in; if it is under the skin, lift the skin with a clean needle first. Then wash and cover ' +
          'with a plaster. Tiny splinters often work out by themselves in a few days. Check your tetanus vaccination.',
      },
      seekCareIf: {
        ru:
          'Заноза глубокая, большая, из стекла или металла, под ногтем, у глаза, не удаётся удалить; кожа вокруг ' +
          'покраснела, горячая, появился гной, красная полоса или температура; в рану попала земля, а прививки от ' +
          'столбняка не было больше 10 лет.',
        en:
          'It is deep, large, glass or metal, under a nail, near the eye, or you cannot get it out; the skin around ' +
          'becomes red, hot or full of pus, a red line or a fever appears; or soil got in and your last tetanus ' +
          'vaccine was over 10 years ago.',
      },
      source: 'NHS Splinters (2023); UKHSA Green Book ch. 30 Tetanus (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`splinter .95 wound_or_bite .6 cut_wound .15 finger_injury .2 red_hot_swollen_skin .1 pus_lump .05
        spreading_redness .02 red_streak .01 fever .01 wound_contaminated .15`,
    },
  },
  {
    id: 'lipoma',
    name: { ru: 'Липома (жировик)', en: 'Lipoma (fatty lump)' },
    icd10: 'D17.9',
    system: 'skin',
    // Harmless; a lump over 5 cm, growing fast, painful, hard or deep is imaged to rule out a sarcoma:
    // NICE NG12 Suspected cancer (2015, updated 2023); NHS Lipoma (2023).
    urgency: 'planned',
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.2, adult_18_39y: 0.7, adult_40_64y: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`lump_under_skin .95 lump_soft_painless .85 lump_central_dot .03 pus_lump .01 red_hot_swollen_skin .02
        wrist_lump .03 weight_loss .01 fever .01`,
    },
  },
  {
    id: 'epidermoid_cyst',
    name: { ru: 'Эпидермальная (атерома) киста кожи', en: 'Epidermoid (sebaceous) cyst' },
    icd10: 'L72.0',
    system: 'skin',
    // Left alone unless troublesome; an inflamed, red, painful cyst may need drainage or antibiotics:
    // BAD Epidermoid and pilar cysts patient information (2021).
    urgency: 'planned',
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, child_5_11y: 0.1, teen_12_17y: 0.7 },
    sex: { female: 0.7 },
    likelihoods: {
      ...CHRONIC,
      ...lk`lump_under_skin .95 lump_central_dot .55 lump_soft_painless .2 pus_lump .15 red_hot_swollen_skin .15
        spreading_redness .02 fever .02 wrist_lump .02`,
    },
  },
  {
    id: 'erectile_dysfunction',
    name: { ru: 'Эректильная дисфункция', en: 'Erectile dysfunction' },
    icd10: 'N48.4',
    system: 'urinary',
    // A marker of cardiovascular disease: assess blood pressure, lipids, glucose and smoking; chest pain on exertion
    // is looked into first: EAU Guidelines on Sexual and Reproductive Health (2024); NICE CKS Erectile dysfunction (2023).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'chest_pain_exertion', urgency: 'within_24h' },
      { finding: 'chest_pain_pressing', urgency: 'emergency_department' },
    ],
    specialist: 'urologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: {
      ...ADULTS,
      child_5_11y: 0,
      teen_12_17y: 0.02,
      adult_18_39y: 0.4,
      adult_40_64y: 1.5,
      elderly_65y: 2,
    },
    sex: MALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`erection_problems .95 diabetes .25 hypertension_history .35 smoker .35 high_cholesterol .3
        heart_disease_history .15 low_mood .2 worry .25 recent_stress .2 alcohol_excess .1 new_medication .08
        weak_urine_stream .15 night_urination .2 chest_pain_exertion .03`,
    },
  },
  {
    id: 'varicose_veins',
    name: { ru: 'Варикозное расширение вен ног', en: 'Varicose veins' },
    icd10: 'I83.9',
    system: 'cardiovascular',
    // Refer symptomatic veins to a vascular service; a bleeding vein is pressed and raised and needs urgent care;
    // a hot tender hard vein is phlebitis, a swollen calf a DVT: NICE CG168 Varicose veins (2013).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'tender_vein_cord', urgency: 'within_24h' },
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'bleeding_wont_stop', urgency: 'emergency_department' },
      { finding: 'leg_swelling_one', urgency: 'emergency_department' },
      { finding: 'fainting', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, teen_12_17y: 0.05, adult_18_39y: 0.6, adult_40_64y: 1.5, elderly_65y: 1.5 },
    sex: { female: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`varicose_veins .95 leg_swelling_both .35 dry_itchy_skin .2 leg_pain_calf .3 tender_vein_cord .03
        bleeding_wont_stop .02 leg_swelling_one .03 pregnant .05 fainting .002`,
    },
  },
  {
    id: 'undescended_testicle',
    name: { ru: 'Неопустившееся яичко (крипторхизм)', en: 'Undescended testicle' },
    icd10: 'Q53.9',
    system: 'paediatric',
    // Reviewed by 3 months and referred to a paediatric surgeon by 6 months, surgery by 12–18 months; a painful groin
    // lump may be torsion of the undescended testis: NHS Undescended testicles (2023); EAU Paediatric Urology guidelines (2024).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'testicular_pain', urgency: 'emergency_department' },
      { finding: 'hernia_stuck', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 2,
      infant_3_12m: 2,
      toddler_1_4y: 1,
      child_5_11y: 0.3,
      teen_12_17y: 0.05,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    sex: MALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`empty_scrotum .95 groin_bulge .15 lump_under_skin .05 testicular_pain .02 scrotal_swelling .03
        vomiting .02 hernia_stuck .005`,
    },
  },
  {
    id: 'pilonidal_abscess',
    name: { ru: 'Абсцесс эпителиального копчикового хода', en: 'Pilonidal abscess' },
    icd10: 'L05.0',
    system: 'skin',
    // An acute pilonidal abscess is incised and drained the same or next day; antibiotics alone do not cure it:
    // ASCRS Clinical practice guidelines for pilonidal disease (2019); NHS Pilonidal sinus (2023).
    urgency: 'within_24h',
    urgencyIf: [...SEPSIS_SIGNS, { finding: 'immunosuppressed', urgency: 'emergency_department' }],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: {
      ...NO_UNDER_5S,
      child_5_11y: 0.05,
      teen_12_17y: 1.5,
      adult_18_39y: 2,
      adult_40_64y: 0.4,
      elderly_65y: 0.1,
    },
    sex: { female: 0.4 },
    likelihoods: {
      ...ACUTE,
      ...lk`buttock_crease_lump .95 pus_lump .7 red_hot_swollen_skin .75 lump_under_skin .3 fever .25 back_pain .2
        anal_pain_throbbing .05 anal_lump .03 spreading_redness .08`,
    },
  },
  {
    id: 'perianal_abscess',
    name: { ru: 'Парапроктит (перианальный абсцесс)', en: 'Perianal abscess' },
    icd10: 'K61.0',
    system: 'digestive',
    // Drained surgically the same or next day; diabetes, weak immunity, urinary retention or sepsis need the
    // emergency department: ASCRS Clinical practice guidelines for anorectal abscess and fistula (2022).
    urgency: 'within_24h',
    urgencyIf: [
      ...SEPSIS_SIGNS,
      { finding: 'immunosuppressed', urgency: 'emergency_department' },
      { finding: 'cannot_pass_urine', urgency: 'emergency_department' },
      { finding: 'feeling_very_unwell', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { infant_0_3m: 0.3, infant_3_12m: 0.5, toddler_1_4y: 0.2, child_5_11y: 0.1, teen_12_17y: 0.5 },
    sex: { female: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`anal_pain_throbbing .9 anal_lump .7 red_hot_swollen_skin .6 pus_lump .45 fever .35 painful_stools .5
        constipation .2 diabetes .12 ibd_history .05 blood_on_toilet_paper .1 bloody_stool .03 buttock_crease_lump .03
        cannot_pass_urine .02 feeling_very_unwell .05`,
    },
  },
  {
    id: 'sore_cracked_nipples',
    name: {
      ru: 'Трещины и боль в сосках при кормлении грудью',
      en: 'Sore, cracked nipples when breastfeeding',
    },
    icd10: 'O92.1',
    system: 'pregnancy',
    urgency: 'self_care',
    // Nearly always a shallow latch, corrected with positioning support; a red, hot, painful area with fever is
    // mastitis: NICE CKS Breastfeeding problems (2022); ABM Clinical protocol #36 (2022).
    urgencyIf: [
      { finding: 'breast_red_painful', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
      { finding: 'lasting_10_days', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Главное — правильное прикладывание: живот малыша к вашему, нос напротив соска, рот широко открыт и захватывает ' +
          'большую часть ареолы, подбородок касается груди. Меняйте позы для кормления; чтобы отнять грудь, введите ' +
          'палец в уголок рта. После кормления смажьте сосок каплей молока и дайте высохнуть; можно крем с ланолином. ' +
          'Не мойте соски мылом. Продолжайте кормить, попросите консультанта по грудному вскармливанию проверить ' +
          'прикладывание и уздечку языка.',
        en:
          'The key is a good latch: baby’s tummy to yours, nose to nipple, a wide open mouth taking in much of the ' +
          'areola, chin touching the breast. Vary feeding positions; to take baby off, slip a finger into the corner of ' +
          'the mouth. After feeds rub in a drop of milk and let the nipple air-dry; a lanolin cream can help. Do not ' +
          'wash nipples with soap. Keep feeding and ask a breastfeeding supporter to check the latch and for tongue-tie.',
      },
      seekCareIf: {
        ru:
          'Появился красный горячий болезненный участок на груди, температура, озноб, гной из трещины; жгучая или ' +
          'стреляющая боль в груди после кормлений (возможна молочница); боль не уменьшается за несколько дней после ' +
          'исправления прикладывания.',
        en:
          'A red, hot, painful area on the breast, a fever or chills, pus from a crack; burning or shooting pain in the ' +
          'breast after feeds (possible thrush); or no better within a few days of fixing the latch.',
      },
      source: 'NICE CKS Breastfeeding problems (2022); ABM Clinical protocol #36 (2022)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      breasts_engorged: 0.2,
      ...SUBACUTE,
      ...lk`sore_cracked_nipples .95 breastfeeding .97 recently_gave_birth .95 breast_red_painful .05 fever .03
        pus_lump .02`,
    },
  },
  {
    id: 'pregnancy_ankle_swelling',
    name: { ru: 'Отёки ног при беременности', en: 'Swollen ankles in pregnancy (gestational oedema)' },
    icd10: 'O12.0',
    system: 'pregnancy',
    urgency: 'self_care',
    // Ankle swelling late in pregnancy is common and harmless; sudden swelling of the face or hands, headache,
    // visual disturbance or upper abdominal pain are signs of pre-eclampsia (same-day assessment), one swollen painful
    // calf a DVT: NICE NG133 Hypertension in pregnancy (2019, updated 2023); NHS Swollen ankles in pregnancy (2023).
    urgencyIf: [
      { finding: 'headache', urgency: 'emergency_department' },
      { finding: 'face_hand_swelling', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'upper_abdominal_pain', urgency: 'emergency_department' },
      { finding: 'bp_high', urgency: 'emergency_department' },
      { finding: 'leg_swelling_one', urgency: 'emergency_department' },
      { finding: 'breathlessness', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Не стойте подолгу, чаще отдыхайте с приподнятыми ногами, спите на левом боку. Носите удобную обувь и ' +
          'компрессионные чулки, делайте упражнения для стоп (сгибание, вращение), больше ходите и пейте достаточно ' +
          'воды. Отёки обычно усиливаются к вечеру и в жару и проходят после родов.',
        en:
          'Avoid standing for long, rest with your feet up when you can and sleep on your left side. Wear comfortable ' +
          'shoes and support stockings, do foot exercises (bending, circling), keep walking and drink plenty of water. ' +
          'Swelling is usually worse in the evening and in hot weather and goes after the birth.',
      },
      seekCareIf: {
        ru:
          'Внезапный отёк лица, рук или пальцев, сильная головная боль, «мушки» или нечёткость зрения, боль под рёбрами, ' +
          'высокое давление — сегодня в роддом или приёмное отделение. Отекла и болит одна нога — тоже срочно.',
        en:
          'Sudden swelling of the face, hands or fingers, a bad headache, flashing lights or blurred vision, pain below ' +
          'the ribs, or high blood pressure — go to the maternity unit today. One swollen, painful leg — also urgently.',
      },
      source:
        'NICE NG133 Hypertension in pregnancy (2023); NHS Swollen ankles, feet and fingers in pregnancy (2023)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pregnant .99 pregnancy_over_20_weeks .9 pregnancy_over_37_weeks .25 leg_swelling_both .95
        leg_swelling_one .03 face_hand_swelling .04 headache .08 blurred_vision .02 upper_abdominal_pain .02
        bp_high .04 breathlessness .05 varicose_veins .15 back_pain .3 pelvic_girdle_pain .1`,
    },
  },
  {
    id: 'meniscal_tear',
    name: { ru: 'Разрыв мениска', en: 'Torn meniscus (knee cartilage)' },
    icd10: 'S83.2',
    system: 'musculoskeletal',
    // A knee that is locked (cannot fully straighten) after a twist is seen within 24 hours for urgent MRI and
    // arthroscopy; a stable tear is managed with physiotherapy: NICE CKS Knee pain - assessment (2022);
    // BASK Meniscal lesions management pathway (2018).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'knee_locking', urgency: 'within_24h' },
      { finding: 'hot_swollen_joint', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'cannot_bear_weight', urgency: 'emergency_department' },
      { finding: 'limb_deformity', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      ...NO_UNDER_5S,
      child_5_11y: 0.1,
      teen_12_17y: 1,
      adult_18_39y: 1.5,
      adult_40_64y: 1.5,
      elderly_65y: 0.8,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`knee_pain .95 joint_pain .8 twisted_knee .8 knee_locking .35 injury_swelling .55 trauma_fall .3
        joint_creaking .3 limp .3 cannot_bear_weight .1 hot_swollen_joint .03 fever .01 limb_deformity .01`,
    },
  },
  {
    id: 'post_streptococcal_glomerulonephritis',
    name: {
      ru: 'Острый постстрептококковый гломерулонефрит',
      en: 'Acute post-streptococcal glomerulonephritis',
    },
    icd10: 'N00.9',
    system: 'urinary',
    // Cola-coloured urine, puffy eyes and high blood pressure 1–3 weeks after a sore throat: same-day urine test and
    // blood pressure; breathlessness, very high pressure or a seizure are emergencies: KDIGO Glomerular diseases
    // guideline (2021).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'little_urine', urgency: 'emergency_department' },
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'bp_very_high', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.05,
      toddler_1_4y: 0.5,
      child_5_11y: 2,
      teen_12_17y: 0.6,
      adult_18_39y: 0.1,
      adult_40_64y: 0.05,
      elderly_65y: 0.05,
    },
    sex: { female: 0.5 },
    likelihoods: {
      ...ACUTE,
      lasting_3_days: 0.6,
      ...lk`dark_urine .75 blood_in_urine .6 puffy_face_morning .8 eyelid_swelling .5 leg_swelling_both .35
        little_urine .35 bp_high .6 bp_very_high .1 headache .35 fatigue .4 loss_of_appetite .3 sore_throat .2
        fever .1 abdominal_pain .15 nausea .2 vomiting .15 breathlessness .08 confusion .01 seizure .01`,
    },
  },
  {
    id: 'neonatal_breast_enlargement',
    name: { ru: 'Нагрубание молочных желёз у новорождённого', en: 'Breast swelling in a newborn baby' },
    icd10: 'P83.4',
    system: 'paediatric',
    urgency: 'self_care',
    // Mother's hormones swell the breast buds of girls and boys in the first weeks; it settles over weeks to months.
    // Redness, heat or fever is neonatal mastitis, treated with antibiotics: AAP Caring for Your Baby and Young Child,
    // 7th ed. (2019); NICE NG143 Fever in under 5s (2019, updated 2021).
    urgencyIf: [
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Это нормальная реакция на гормоны мамы, бывает и у девочек, и у мальчиков; иногда выделяется капля молозива. ' +
          'Ничего не выдавливайте, не массируйте и не прикладывайте компрессы — это может занести инфекцию. Набухание ' +
          'проходит само за несколько недель, иногда месяцев.',
        en:
          'This is a normal response to the mother’s hormones, in girls and boys alike; a drop of milky fluid may leak. ' +
          'Do not squeeze, massage or put compresses on the breasts — that can cause an infection. The swelling goes ' +
          'by itself over a few weeks, sometimes months.',
      },
      seekCareIf: {
        ru:
          'Грудь покраснела, стала горячей и болезненной, появился гной, ребёнок плохо ест, вялый или у него ' +
          'температура 38 °C и выше (у малыша до 3 месяцев — сразу в приёмное отделение), или набухание держится дольше ' +
          'полугода.',
        en:
          'The breast turns red, hot or painful, pus appears, the baby feeds poorly, is drowsy or has a temperature of ' +
          '38 °C or more (under 3 months — go to an emergency department now), or the swelling lasts beyond 6 months.',
      },
      source: 'AAP Caring for Your Baby and Young Child, 7th ed. (2019); NICE NG143 Fever in under 5s (2021)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      infant_0_3m: 2,
      infant_3_12m: 0.2,
      toddler_1_4y: 0,
      child_5_11y: 0,
      teen_12_17y: 0,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`baby_breast_swelling .95 red_hot_swollen_skin .02 pus_lump .01 fever .01 poor_feeding .02`,
    },
  },
  {
    id: 'childhood_squint',
    name: { ru: 'Косоглазие у ребёнка', en: 'Squint (strabismus) in a child' },
    icd10: 'H50.9',
    system: 'eye',
    // A constant squint at any age, or any squint after 3 months, is referred to an orthoptist/ophthalmologist so a
    // lazy eye is treated early; a sudden squint with double vision or headache is seen the same day:
    // NICE CKS Squint in children (2022); NHS Squint (2023).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'double_vision', urgency: 'within_24h' },
      { finding: 'headache_on_waking', urgency: 'within_24h' },
      { finding: 'vomiting', urgency: 'within_24h' },
      { finding: 'head_injury', urgency: 'emergency_department' },
    ],
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0.3,
      infant_3_12m: 1.5,
      toddler_1_4y: 2,
      child_5_11y: 1.2,
      teen_12_17y: 0.3,
      adult_18_39y: 0.1,
      adult_40_64y: 0.05,
      elderly_65y: 0.05,
    },
    likelihoods: {
      ...CHRONIC,
      ...lk`eyes_misaligned .95 new_squint_or_clumsiness .45 blurred_vision .15 double_vision .05 headache .05
        headache_on_waking .01 vomiting .01 eye_pain .02 head_injury .01`,
    },
  },
  {
    id: 'inguinal_hernia',
    name: { ru: 'Паховая грыжа', en: 'Inguinal hernia' },
    icd10: 'K40.9',
    system: 'digestive',
    // A reducible hernia is repaired as a planned operation; one that becomes painful, tender and will not go back
    // (with vomiting) is incarcerated and needs emergency surgery: NHS Inguinal hernia repair (2023);
    // EHS/HerniaSurge International guidelines for groin hernia management (2018).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'hernia_stuck', urgency: 'emergency_department' },
      { finding: 'bowels_stopped', urgency: 'emergency_department' },
      { finding: 'green_vomit', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: {
      infant_0_3m: 1,
      infant_3_12m: 1,
      toddler_1_4y: 0.5,
      child_5_11y: 0.3,
      teen_12_17y: 0.3,
      elderly_65y: 1.5,
    },
    sex: { female: 0.15 },
    likelihoods: {
      ...CHRONIC,
      ...lk`groin_bulge .95 lump_under_skin .2 lower_abdominal_pain .25 abdominal_pain .15 scrotal_swelling .25
        testicular_pain .05 hernia_stuck .03 vomiting .03 repeated_vomiting .01 bowels_stopped .005 constipation .1`,
    },
  },
  {
    id: 'superficial_thrombophlebitis',
    name: { ru: 'Тромбофлебит поверхностных вен', en: 'Superficial thrombophlebitis' },
    icd10: 'I80.0',
    system: 'cardiovascular',
    // Ultrasound within 24 hours looks for a clot near the deep veins (a third have one); a swollen calf or
    // breathlessness is DVT or PE: NICE CKS Superficial vein thrombosis (2023); ESVS Venous thrombosis guidelines (2021).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'leg_swelling_one', urgency: 'emergency_department' },
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'chest_pain', urgency: 'ambulance' },
      { finding: 'coughing_blood', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0, teen_12_17y: 0.05, adult_40_64y: 1.5, elderly_65y: 1.5 },
    sex: { female: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`tender_vein_cord .95 varicose_veins .65 red_hot_swollen_skin .5 leg_pain_calf .35 leg_swelling_one .1
        fever .05 recent_immobility .1 hormonal_contraception .12 previous_clot .1 pregnant .03 breathlessness .01
        chest_pain .005`,
    },
  },
  {
    id: 'balanitis',
    name: { ru: 'Баланопостит', en: 'Balanitis (inflamed head of the penis)' },
    icd10: 'N48.1',
    system: 'urinary',
    // Hygiene, a mild steroid, antifungal or antibiotic by cause; a child (swollen foreskin, pain passing urine) is
    // seen the same day, and inability to pass urine needs the emergency department: NICE CKS Balanitis (2023);
    // EAU Paediatric Urology guidelines (2024).
    urgency: 'planned',
    urgencyOverrides: [{ maxAgeMonths: 144, urgency: 'within_24h' }],
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'cannot_pass_urine', urgency: 'emergency_department' },
    ],
    specialist: 'urologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.2, infant_3_12m: 0.6, toddler_1_4y: 1.5, teen_12_17y: 0.5, elderly_65y: 1.2 },
    sex: MALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`penis_head_sore .95 painful_urination .35 penile_discharge .3 rash .2 diabetes .12 unprotected_sex .1
        genital_sores .05 fever .04 cannot_pass_urine .02`,
    },
  },
  {
    id: 'ganglion_cyst',
    name: { ru: 'Гигрома (ганглий) запястья', en: 'Ganglion cyst' },
    icd10: 'M67.4',
    system: 'musculoskeletal',
    // Harmless and often resolves; aspiration or surgery only if painful or limiting: NHS Ganglion cyst (2023).
    urgency: 'planned',
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0.2, teen_12_17y: 0.6, elderly_65y: 0.5 },
    sex: { female: 2 },
    likelihoods: {
      ...CHRONIC,
      ...lk`wrist_lump .85 lump_under_skin .8 lump_soft_painless .25 joint_pain .25 numbness_tingling .05
        lump_central_dot .01 red_hot_swollen_skin .01`,
    },
  },
  {
    id: 'superficial_bursitis',
    name: { ru: 'Бурсит локтевой или препателлярной сумки', en: 'Elbow or kneecap bursitis' },
    icd10: 'M70.2',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Most olecranon and prepatellar bursitis settles with rest and avoiding pressure; redness, heat, a wound over it
    // or fever suggest septic bursitis (aspiration and antibiotics the same day): NICE CKS Bursitis (2023).
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'hot_swollen_joint', urgency: 'within_24h' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Не опирайтесь на локоть и не стойте на коленях (используйте мягкую подкладку), дайте суставу покой, но не ' +
          'обездвиживайте его. Холод через ткань по 10–15 минут несколько раз в день, эластичный бинт, при боли — ' +
          'ибупрофен или парацетамол. Не прокалывайте припухлость. Обычно проходит за несколько недель.',
        en:
          'Avoid leaning on the elbow or kneeling (use a soft pad), rest the joint without immobilising it. A cold pack ' +
          'wrapped in cloth for 10–15 minutes a few times a day, a compression bandage, ibuprofen or paracetamol for ' +
          'pain. Do not drain it yourself. It usually settles in a few weeks.',
      },
      seekCareIf: {
        ru:
          'Припухлость покраснела, стала горячей и болезненной, над ней есть ранка или царапина, поднялась температура ' +
          'или вы плохо себя чувствуете (возможна инфекция — к врачу в течение суток), или нет улучшения за 2–3 недели.',
        en:
          'The swelling turns red, hot and painful, there is a cut or graze over it, you have a fever or feel unwell ' +
          '(possible infection — see a doctor within 24 hours), or it is no better after 2–3 weeks.',
      },
      source: 'NICE CKS Bursitis (2023); NHS Bursitis (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0.1, teen_12_17y: 0.4 },
    sex: { female: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`bursa_swelling .95 joint_pain .3 knee_pain .3 red_hot_swollen_skin .2 hot_swollen_joint .1 fever .08
        wound_or_bite .1 trauma_fall .2 gout_history .05 spreading_redness .03`,
    },
  },
  {
    id: 'trigger_finger',
    name: { ru: 'Стенозирующий лигаментит («щелкающий палец»)', en: 'Trigger finger' },
    icd10: 'M65.3',
    system: 'musculoskeletal',
    // Splinting or a steroid injection, surgery if it persists; not urgent unless the finger is locked and painful:
    // NICE CKS Trigger finger (2021).
    urgency: 'planned',
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      ...ADULTS,
      toddler_1_4y: 0.1,
      child_5_11y: 0.05,
      adult_18_39y: 0.4,
      adult_40_64y: 2,
      elderly_65y: 1.5,
    },
    sex: { female: 2 },
    likelihoods: {
      ...CHRONIC,
      ...lk`finger_catching .95 joint_pain .4 lump_under_skin .15 morning_stiffness .2 diabetes .2
        rheumatoid_history .05 cannot_bend_finger .15 hand_tingling_night .1`,
    },
  },
  {
    id: 'de_quervain_tenosynovitis',
    name: { ru: 'Теносиновит де Кервена', en: "De Quervain's tenosynovitis" },
    icd10: 'M65.4',
    system: 'musculoskeletal',
    // Rest, a thumb splint and analgesia; a steroid injection if it persists; common in new mothers:
    // NICE CKS De Quervain's tenosynovitis (2021).
    urgency: 'planned',
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.2, adult_40_64y: 1.5, elderly_65y: 0.6 },
    sex: { female: 3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`thumb_wrist_pain_gripping .95 joint_pain .45 injury_swelling .1 recently_gave_birth .15 breastfeeding .1
        numbness_tingling .05 trauma_fall .05 wrist_lump .03`,
    },
  },
  {
    id: 'frozen_shoulder',
    name: { ru: 'Адгезивный капсулит («замороженное плечо»)', en: 'Frozen shoulder (adhesive capsulitis)' },
    icd10: 'M75.0',
    system: 'musculoskeletal',
    // Painful, then stiff, then thawing over 1–3 years; physiotherapy and a steroid injection in the painful phase;
    // shoulder pain with chest pain or breathlessness is cardiac until shown otherwise: NICE CKS Frozen shoulder (2022).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'chest_pain', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.02, child_5_11y: 0, adult_18_39y: 0.2, adult_40_64y: 2 },
    sex: { female: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`shoulder_stiff .9 shoulder_pain .95 pain_lifting_arm .8 sleep_problems .6 joint_pain .4 diabetes .2
        trauma_fall .05 fever .01 chest_pain .02`,
    },
  },
  {
    id: 'achilles_rupture',
    name: { ru: 'Разрыв ахиллова сухожилия', en: 'Achilles tendon rupture' },
    icd10: 'S86.0',
    system: 'injury',
    // A snap at the back of the heel and weak push-off: immobilised in equinus and seen the same day; a third are
    // missed at first: NICE CKS Achilles tendon disorders (2020).
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, child_5_11y: 0, teen_12_17y: 0.1, adult_40_64y: 1.5, elderly_65y: 0.5 },
    sex: { female: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`achilles_snap .9 achilles_pain .7 sudden_onset .8 limp .6 cannot_bear_weight .3 injury_swelling .5
        bruising .3 trauma_fall .3 twisted_ankle .1`,
    },
  },
  {
    id: 'achilles_tendinopathy',
    name: { ru: 'Тендинопатия ахиллова сухожилия', en: 'Achilles tendinopathy' },
    icd10: 'M76.6',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Load management and calf-strengthening (eccentric) exercises for 3 months; a sudden snap is a rupture:
    // NICE CKS Achilles tendon disorders (2020).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'achilles_snap', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Уменьшите нагрузку, вызывающую боль (бег, прыжки, подъём в гору), но продолжайте двигаться — ходьба, велосипед, ' +
          'плавание. Ежедневные упражнения для икроножных мышц (медленные подъёмы на носки и опускание пятки с края ' +
          'ступеньки), обувь с небольшим каблуком или подпяточником, холод после нагрузки, при боли — ибупрофен. ' +
          'Восстановление занимает 3–6 месяцев.',
        en:
          'Cut down the activities that hurt (running, jumping, hills) but keep moving — walking, cycling, swimming. Do ' +
          'calf exercises every day (slow heel raises and lowering the heel off a step), wear shoes with a small heel ' +
          'or a heel pad, ice after activity, ibuprofen for pain. Recovery takes 3–6 months.',
      },
      seekCareIf: {
        ru:
          'Внезапный щелчок или ощущение удара сзади по пятке, после которого не встать на носок (возможен разрыв — ' +
          'сегодня в травмпункт), сильный отёк, боль после приёма ципрофлоксацина или левофлоксацина, нет улучшения за ' +
          '3 недели.',
        en:
          'A sudden snap or a feeling of being kicked at the back of the heel, then you cannot stand on tiptoe (possible ' +
          'rupture — go to urgent care today), marked swelling, pain after taking ciprofloxacin or levofloxacin, or no ' +
          'better after 3 weeks.',
      },
      source: 'NICE CKS Achilles tendon disorders (2020)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0.05, teen_12_17y: 0.4, adult_40_64y: 1.5, elderly_65y: 0.7 },
    likelihoods: {
      ...CHRONIC,
      ...lk`achilles_pain .95 heel_pain_first_steps .3 morning_stiffness .1 limp .2 injury_swelling .1
        achilles_snap .01 new_medication .04`,
    },
  },
  {
    id: 'shin_splints',
    name: { ru: 'Синдром медиального большеберцового стресса («шинсплинт»)', en: 'Shin splints' },
    icd10: 'M76.8',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Relative rest and a gradual return to running; pain at rest, at night or at one tender spot may be a stress
    // fracture: NHS Shin splints (2023); NICE CKS Sprains and strains (2020).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'cannot_bear_weight', urgency: 'within_24h' },
      { finding: 'leg_swelling_one', urgency: 'emergency_department' },
      { finding: 'numbness_tingling', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Сделайте перерыв в беге и прыжках на 2–4 недели, замените их плаванием или велосипедом. Холод на голень по ' +
          '10–15 минут после нагрузки, при боли — ибупрофен или парацетамол. Возвращайтесь к бегу постепенно (не больше ' +
          '10% прибавки в неделю), на мягком покрытии, в подходящих беговых кроссовках; растягивайте икры.',
        en:
          'Take a 2–4 week break from running and jumping; swim or cycle instead. Ice the shin for 10–15 minutes after ' +
          'activity, ibuprofen or paracetamol for pain. Return to running gradually (add no more than 10% a week), on ' +
          'soft ground, in proper running shoes; stretch your calves.',
      },
      seekCareIf: {
        ru:
          'Боль в покое или ночью, боль в одной точке кости, отёк, не можете опереться на ногу (возможен стрессовый ' +
          'перелом), онемение стопы, голень отекла и напряжена во время нагрузки, нет улучшения за 2–3 недели отдыха.',
        en:
          'Pain at rest or at night, pain at one spot on the bone, swelling, you cannot put weight on the leg (possible ' +
          'stress fracture), a numb foot, the shin swells and feels tight during exercise, or no better after 2–3 weeks ' +
          'of rest.',
      },
      source: 'NHS Shin splints (2023); NICE CKS Sprains and strains (2020)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      ...SCHOOL_AGE_UP,
      toddler_1_4y: 0,
      child_5_11y: 0.2,
      teen_12_17y: 2,
      adult_18_39y: 2,
      adult_40_64y: 0.5,
      elderly_65y: 0.1,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`shin_pain_exercise .95 limp .1 injury_swelling .05 cannot_bear_weight .03 numbness_tingling .02
        leg_swelling_one .01 muscle_soreness_after_exercise .1`,
    },
  },
];
