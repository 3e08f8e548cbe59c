import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, SUBACUTE, lk } from './presets.js';

/** No teeth before about 6 months, so dental conditions are impossible in young infants. */
const WITH_TEETH = { infant_0_3m: 0, infant_3_12m: 0.1 } as const;

/**
 * Dental infection spreading towards the airway or the eye, or trismus, needs hospital care:
 * SDCEP Management of Acute Dental Problems 2013.
 */
const DENTAL_SPREAD = [
  { finding: 'floor_of_mouth_swelling', urgency: 'ambulance' },
  { finding: 'drooling', urgency: 'ambulance' },
  { finding: 'stridor', urgency: 'ambulance' },
  { finding: 'trismus', urgency: 'emergency_department' },
  { finding: 'eyelid_swelling', urgency: 'emergency_department' },
] as const;

export const mouthTeethConditions: Condition[] = [
  {
    id: 'aphthous_ulcers',
    name: { ru: 'Афтозный стоматит (афты)', en: 'Mouth ulcers (aphthous ulcers)' },
    icd10: 'K12.0',
    system: 'mouth_teeth',
    urgency: 'self_care',
    // Unexplained oral ulceration lasting > 3 weeks: suspected cancer pathway: NICE NG12 2015.
    urgencyIf: [
      { finding: 'mouth_ulcer_3_weeks', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'poor_feeding', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Афты обычно заживают сами за 1–2 недели. Полощите рот тёплой солёной водой или аптечным антисептическим ' +
          'раствором, используйте обезболивающий гель для дёсен, мягкую зубную щётку и пасту без лаурилсульфата натрия. ' +
          'Избегайте острой, кислой и твёрдой пищи.',
        en:
          'Mouth ulcers usually heal on their own within 1–2 weeks. Rinse with warm salty water or an antiseptic ' +
          'mouthwash, use a pain-relief oral gel, a soft toothbrush and toothpaste without sodium lauryl sulfate. ' +
          'Avoid spicy, acidic and hard foods.',
      },
      seekCareIf: {
        ru:
          'Язва не заживает 3 недели и дольше (нужен осмотр врача или стоматолога), язвы очень частые или крупные, ' +
          'есть высокая температура, ребёнок отказывается пить, или язвы появились также на половых органах или глазах.',
        en:
          'An ulcer has not healed after 3 weeks (see a doctor or dentist), ulcers are very frequent or large, you have a ' +
          'high fever, a child refuses to drink, or there are also sores on the genitals or eyes.',
      },
      source: 'NICE CKS Aphthous ulcer 2022; NICE NG12 Suspected cancer 2015',
    },
    specialist: 'dentist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, toddler_1_4y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`mouth_ulcers .98 mouth_ulcer_3_weeks .03 fever .04 sore_throat .1 painful_swallowing .1
        recent_stress .2 sore_gums .1`,
    },
  },
  {
    id: 'oral_thrush',
    name: { ru: 'Кандидоз полости рта (молочница)', en: 'Oral thrush' },
    icd10: 'B37.0',
    system: 'mouth_teeth',
    // Topical antifungal on prescription; in adults without an obvious cause look for immunosuppression or diabetes:
    // NICE CKS Candida - oral 2022.
    urgency: 'planned',
    urgencyIf: [{ finding: 'painful_swallowing', urgency: 'within_24h' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 3,
      infant_3_12m: 2,
      toddler_1_4y: 0.3,
      child_5_11y: 0.1,
      teen_12_17y: 0.1,
      elderly_65y: 1.5,
    },
    likelihoods: {
      cracked_mouth_corners: 0.2,
      ...SUBACUTE,
      ...lk`white_patches_mouth .95 mouth_ulcers .1 poor_feeding .25 irritability .2 painful_swallowing .1
        asthma_history .2 immunosuppressed .15 diabetes .15 bad_taste_mouth .3`,
    },
  },
  {
    id: 'cold_sores',
    name: { ru: 'Герпес на губах', en: 'Cold sores (herpes labialis)' },
    icd10: 'B00.1',
    system: 'mouth_teeth',
    urgency: 'self_care',
    // Eye involvement risks herpetic keratitis; immunocompromised people and infants need antivirals:
    // NICE CKS Herpes simplex - oral 2021.
    urgencyIf: [
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'red_eye', urgency: 'within_24h' },
      { finding: 'immunosuppressed', urgency: 'within_24h' },
      { finding: 'punched_out_sores', urgency: 'within_24h' },
    ],
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru:
          'Проходит само за 7–10 дней. Противовирусный крем (ацикловир) помогает, если начать при первом покалывании. ' +
          'Не трогайте и не выдавливайте пузырьки, мойте руки после нанесения крема, не целуйте детей и не делитесь ' +
          'посудой и полотенцем, пока не заживёт. При боли — парацетамол или ибупрофен.',
        en:
          'It clears on its own in 7–10 days. Antiviral cream (aciclovir) helps if started at the first tingle. ' +
          'Do not touch or burst the blisters, wash your hands after applying cream, and do not kiss babies or share ' +
          'cups and towels until healed. Paracetamol or ibuprofen for pain.',
      },
      seekCareIf: {
        ru:
          'Покраснел или заболел глаз, у вас ослаблен иммунитет, у ребёнка экзема и появились множественные язвочки, ' +
          'болеет младенец, или герпес не проходит за 10 дней.',
        en:
          'An eye becomes red or painful, your immunity is weakened, a child with eczema develops many sores, ' +
          'a baby is affected, or it has not healed after 10 days.',
      },
      source: 'NICE CKS Herpes simplex - oral 2021',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2 },
    likelihoods: {
      ...ACUTE,
      ...lk`lip_blisters .95 blisters .5 fever .08 rash .2 mouth_ulcers .1 swollen_lymph_nodes .1 recent_stress .2`,
    },
  },
  {
    id: 'herpetic_gingivostomatitis',
    name: {
      ru: 'Герпетический гингивостоматит',
      en: 'Herpes infection of the mouth and gums (gingivostomatitis)',
    },
    icd10: 'B00.2',
    system: 'mouth_teeth',
    // Usually supportive care; the main danger is dehydration in small children: NICE CKS Herpes simplex - oral 2021.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'emergency_department' },
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'immunosuppressed', urgency: 'within_24h' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: {
      infant_0_3m: 0.05,
      infant_3_12m: 1.5,
      toddler_1_4y: 3,
      child_5_11y: 1,
      teen_12_17y: 0.3,
      adult_18_39y: 0.2,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`mouth_ulcers .95 sore_gums .85 bleeding_gums .4 fever .8 high_fever .3 poor_feeding .6 irritability .5
        drooling .4 swollen_lymph_nodes .6 lip_blisters .4 bad_taste_mouth .3 hand_foot_mouth_spots .03`,
    },
  },
  {
    id: 'dental_abscess',
    name: { ru: 'Зубной абсцесс (периостит, «флюс»)', en: 'Dental abscess' },
    icd10: 'K04.7',
    system: 'mouth_teeth',
    // Needs drainage by a dentist within 24 hours: SDCEP Management of Acute Dental Problems 2013.
    urgency: 'within_24h',
    urgencyIf: DENTAL_SPREAD,
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: WITH_TEETH,
    likelihoods: {
      bad_breath: 0.3,
      ...SUBACUTE,
      ...lk`tooth_pain .95 tooth_pain_biting .7 facial_swelling .6 fever .35 high_fever .08 swollen_lymph_nodes .4
        bad_taste_mouth .4 sore_gums .4 tooth_pain_hot_cold .3 trismus .05`,
    },
  },
  {
    id: 'toothache_caries',
    name: { ru: 'Кариес, пульпит (зубная боль)', en: 'Toothache from decay (caries, pulpitis)' },
    icd10: 'K02.9',
    system: 'mouth_teeth',
    // Analgesia and a dental appointment; swelling or fever suggest abscess: SDCEP 2013.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'facial_swelling', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      ...DENTAL_SPREAD,
    ],
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 4,
    age: WITH_TEETH,
    likelihoods: {
      ...SUBACUTE,
      ...lk`tooth_pain .95 tooth_pain_hot_cold .85 tooth_pain_biting .3 facial_swelling .02 fever .02
        sleep_problems .2`,
    },
  },
  {
    id: 'avulsed_tooth',
    name: { ru: 'Выбитый постоянный зуб', en: 'Knocked-out adult tooth' },
    icd10: 'S03.2',
    system: 'mouth_teeth',
    // Replant (or keep in milk) and see a dentist within 60 minutes: IADT dental trauma guidelines 2020.
    urgency: 'emergency_department',
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 1.5,
      teen_12_17y: 2,
      elderly_65y: 0.3,
    },
    likelihoods: {
      ...HOURS,
      ...lk`tooth_knocked_out .97 trauma_fall .6 tooth_pain .5 head_injury .15 sudden_onset .8 tooth_broken .2`,
    },
  },
  {
    id: 'fractured_tooth',
    name: { ru: 'Скол или перелом зуба', en: 'Chipped or broken tooth' },
    icd10: 'S02.5',
    system: 'mouth_teeth',
    // Exposed pulp needs a dentist the same or next day: IADT dental trauma guidelines 2020.
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'head_injury', urgency: 'emergency_department' }],
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: WITH_TEETH,
    likelihoods: {
      ...HOURS,
      ...lk`tooth_broken .97 trauma_fall .5 tooth_pain .6 tooth_pain_hot_cold .5 tooth_pain_biting .4
        head_injury .05 sudden_onset .7`,
    },
  },
  {
    id: 'gingivitis',
    name: { ru: 'Гингивит (воспаление дёсен)', en: 'Gum inflammation (gingivitis)' },
    icd10: 'K05.1',
    system: 'mouth_teeth',
    urgency: 'self_care',
    // Fever with very painful bleeding gums suggests necrotising gingivitis: SDCEP Prevention and Treatment of
    // Periodontal Diseases in Primary Dental Care 2014; EFP S3 level clinical practice guideline 2020.
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'facial_swelling', urgency: 'within_24h' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Чистите зубы дважды в день 2 минуты мягкой щёткой и пастой с фтором, вдоль линии дёсен; ежедневно чистите ' +
          'межзубные промежутки нитью или ёршиками. Кровоточивость при правильной чистке уменьшается за 1–2 недели. ' +
          'Не курите. Запишитесь на профессиональную чистку к стоматологу.',
        en:
          'Brush twice a day for 2 minutes with a soft brush and fluoride toothpaste along the gum line; clean between ' +
          'the teeth daily with floss or interdental brushes. Bleeding usually settles within 1–2 weeks of good ' +
          'brushing. Do not smoke. Book a scale and polish with a dentist.',
      },
      seekCareIf: {
        ru:
          'Дёсны сильно болят, появились язвочки на дёснах, температура или отёк щеки, зубы шатаются, или ' +
          'кровоточивость не проходит за 2–3 недели.',
        en:
          'Gums become very painful, you see ulcers on the gums, develop a fever or cheek swelling, teeth feel loose, ' +
          'or bleeding has not settled after 2–3 weeks.',
      },
      source: 'SDCEP Prevention and Treatment of Periodontal Diseases 2014; EFP S3 guideline 2020',
    },
    specialist: 'dentist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: WITH_TEETH,
    likelihoods: {
      bad_breath: 0.5,
      ...CHRONIC,
      ...lk`bleeding_gums .95 sore_gums .7 bad_taste_mouth .4 tooth_pain .1 smoker .3 diabetes .1 fever .01`,
    },
  },
  {
    id: 'dry_socket',
    name: { ru: 'Альвеолит (сухая лунка)', en: 'Dry socket after a tooth extraction' },
    icd10: 'K10.3',
    system: 'mouth_teeth',
    // Dressing of the socket by the dentist: SDCEP Management of Acute Dental Problems 2013.
    urgency: 'within_24h',
    urgencyIf: DENTAL_SPREAD,
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, teen_12_17y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`recent_tooth_extraction .97 tooth_pain .9 bad_taste_mouth .6 fever .05 smoker .4 facial_swelling .1`,
    },
  },
  {
    id: 'pericoronitis',
    name: {
      ru: 'Перикоронит (воспаление у зуба мудрости)',
      en: 'Infected gum over a wisdom tooth (pericoronitis)',
    },
    icd10: 'K05.2',
    system: 'mouth_teeth',
    // Dentist irrigation; trismus, swelling or fever need urgent review: SDCEP 2013.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'facial_swelling', urgency: 'within_24h' },
      ...DENTAL_SPREAD,
    ],
    specialist: 'dentist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0,
      teen_12_17y: 0.8,
      adult_18_39y: 2,
      adult_40_64y: 0.4,
      elderly_65y: 0.1,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`gum_swelling_back_tooth .95 tooth_pain .7 bad_taste_mouth .5 trismus .3 painful_swallowing .3
        swollen_lymph_nodes .3 fever .15 facial_swelling .15 sore_gums .5`,
    },
  },
  {
    id: 'ludwigs_angina',
    name: {
      ru: 'Флегмона дна полости рта (ангина Людвига)',
      en: "Spreading infection under the tongue (Ludwig's angina)",
    },
    icd10: 'K12.2',
    system: 'mouth_teeth',
    // Rapid airway compromise: ambulance: SDCEP 2013; Resuscitation Council UK ABCDE approach 2021.
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, child_5_11y: 0.1 },
    likelihoods: {
      ...ACUTE,
      ...lk`floor_of_mouth_swelling .85 facial_swelling .7 drooling .6 trismus .6 painful_swallowing .8 fever .8
        high_fever .4 muffled_voice .5 tooth_pain .6 stridor .2 breathlessness .3 feeling_very_unwell .7
        swollen_lymph_nodes .5`,
    },
  },
];
