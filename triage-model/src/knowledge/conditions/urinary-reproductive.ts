import type { Condition } from '../types.js';
import {
  ACUTE,
  ADULTS,
  FEMALE_ONLY,
  HOURS,
  MALE_ONLY,
  SUBACUTE,
  WOMEN_OF_CHILDBEARING_AGE,
  lk,
} from './presets.js';

export const urinaryReproductiveConditions: Condition[] = [
  {
    id: 'cystitis',
    name: { ru: 'Цистит (инфекция мочевого пузыря)', en: 'Bladder infection (cystitis)' },
    icd10: 'N30.0',
    system: 'urinary_reproductive',
    urgency: 'within_24h',
    // Vomiting that stops oral antibiotics working needs hospital treatment: NICE NG109 Lower UTI (2018).
    urgencyIf: [{ finding: 'repeated_vomiting', urgency: 'emergency_department' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3, toddler_1_4y: 0.5, child_5_11y: 0.6, teen_12_17y: 0.8 },
    sex: { female: 4, male: 0.4 },
    likelihoods: {
      ...ACUTE,
      ...lk`painful_urination .9 frequent_urination .85 urgency_urination .8 lower_abdominal_pain .5
        cloudy_urine .6 blood_in_urine .2 fever .1 high_fever .02 flank_pain .05`,
    },
  },
  {
    id: 'pyelonephritis',
    name: { ru: 'Острый пиелонефрит', en: 'Kidney infection (pyelonephritis)' },
    icd10: 'N10',
    system: 'urinary_reproductive',
    urgency: 'within_24h',
    // Infants with a suspected urinary infection need same-day hospital assessment: NICE NG224 UTI under 16s (2022).
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'emergency_department' }],
    // Vomiting, confusion or low blood pressure mean admission: NICE NG111 Pyelonephritis (acute) antimicrobial prescribing (2018).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'bp_low', urgency: 'emergency_department' },
    ],
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    sex: { female: 3 },
    likelihoods: {
      ...ACUTE,
      ...lk`flank_pain .85 fever .9 high_fever .6 chills .75 painful_urination .6 frequent_urination .5
        nausea .55 vomiting .4 cloudy_urine .4 blood_in_urine .2 feeling_very_unwell .5 back_pain .4`,
    },
  },
  {
    id: 'kidney_stone',
    name: { ru: 'Почечная колика (мочекаменная болезнь)', en: 'Kidney stone (renal colic)' },
    icd10: 'N20.0',
    system: 'urinary_reproductive',
    urgency: 'emergency_department',
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.1 },
    sex: { male: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`flank_pain .95 sudden_onset .7 blood_in_urine .5 nausea .6 vomiting .45 lower_abdominal_pain .35
        frequent_urination .3 painful_urination .25 fever .08 back_pain .5`,
    },
  },
  {
    id: 'vaginal_candidiasis',
    name: { ru: 'Вагинальный кандидоз (молочница)', en: 'Vaginal thrush (candidiasis)' },
    icd10: 'B37.3',
    system: 'urinary_reproductive',
    // Thrush is treated from the pharmacy unless she is under 16 or over 60, pregnant, has diabetes or weak
    // immunity, or has other symptoms: NICE CKS Candida – female genital (2023).
    urgency: 'self_care',
    urgencyOverrides: [
      { maxAgeMonths: 192, urgency: 'planned' },
      { minAgeMonths: 720, urgency: 'planned' },
    ],
    urgencyIf: [
      { finding: 'pregnant', urgency: 'planned' },
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'fishy_discharge', urgency: 'planned' },
      { finding: 'lower_abdominal_pain', urgency: 'planned' },
      // Four or more episodes a year: confirm by culture, look for a cause and treat for months (NICE CKS Candida -
      // female genital 2023).
      { finding: 'recurrent_thrush', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru: 'Противогрибковая свеча или крем (клотримазол) либо таблетка флуконазола из аптеки. Носите хлопковое бельё, не пользуйтесь ароматизированным мылом и спринцеваниями. Партнёра лечить не нужно, если у него нет симптомов.',
        en: 'An antifungal pessary or cream (clotrimazole) or a fluconazole tablet from the pharmacy. Wear cotton underwear and avoid perfumed soaps and douching. A partner without symptoms needs no treatment.',
      },
      seekCareIf: {
        ru: 'Это впервые, не прошло за 7–14 дней лечения, больше двух раз за полгода, вы беременны, есть диабет, боль в животе, температура, язвочки или выделения с неприятным запахом.',
        en: 'It is the first time, it has not cleared after 7–14 days of treatment, it has happened more than twice in 6 months, you are pregnant or have diabetes, or there is tummy pain, a fever, sores or a bad-smelling discharge.',
      },
      source: 'NICE CKS Candida – female genital (2023)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...WOMEN_OF_CHILDBEARING_AGE, adult_40_64y: 0.8, elderly_65y: 0.2 },
    sex: FEMALE_ONLY,
    likelihoods: {
      ...ACUTE,
      ...lk`vaginal_itching .9 vaginal_discharge .85 painful_urination .25 new_medication .2 diabetes .1
        recurrent_thrush .15`,
    },
  },
  {
    id: 'ectopic_pregnancy',
    name: { ru: 'Внематочная беременность', en: 'Ectopic pregnancy' },
    icd10: 'O00.9',
    system: 'urinary_reproductive',
    urgency: 'emergency_department',
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      missed_pill: 0.1,
      ...HOURS,
      ...lk`missed_period .85 pregnant_possible .9 lower_abdominal_pain .9 pelvic_pain .7 vaginal_bleeding .7
        abdominal_pain .9 dizziness .35 fainting .15 near_fainting .3 pale_skin .2 nausea .3`,
    },
  },
  {
    id: 'dysmenorrhoea',
    name: { ru: 'Болезненные менструации (дисменорея)', en: 'Period pain (dysmenorrhoea)' },
    icd10: 'N94.6',
    system: 'urinary_reproductive',
    urgency: 'self_care',
    // Possible pregnancy (ectopic), fever (PID) or bleeding between periods are not primary dysmenorrhoea:
    // NICE CKS Dysmenorrhoea (2024).
    urgencyIf: [
      { finding: 'vaginal_discharge', urgency: 'planned' },
      { finding: 'pregnant_possible', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Противовоспалительное обезболивающее (ибупрофен, напроксен) с первого дня менструации, грелка на низ живота, тёплая ванна и лёгкая физическая активность. Если противовоспалительные не подходят — парацетамол.',
        en: 'An anti-inflammatory painkiller (ibuprofen, naproxen) taken from the start of the period, a heat pad on the lower abdomen, a warm bath and gentle exercise. Paracetamol if anti-inflammatories do not suit you.',
      },
      seekCareIf: {
        ru: 'Боль не снимается обезболивающими, впервые появилась после 25 лет или бывает между менструациями, кровотечение между менструациями или после секса, необычные выделения, температура, возможна беременность.',
        en: 'Pain not eased by painkillers, pain that is new after 25 or between periods, bleeding between periods or after sex, unusual discharge, fever, or you could be pregnant.',
      },
      source: 'NICE CKS Dysmenorrhoea (2024)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      ...HOURS,
      ...lk`painful_periods .95 lower_abdominal_pain .85 pelvic_pain .5 cramping_pain .8 nausea .25 back_pain .35
        headache .2 pregnant_possible .02 missed_period .02`,
    },
  },
  {
    id: 'pelvic_inflammatory_disease',
    name: { ru: 'Воспалительные заболевания органов малого таза', en: 'Pelvic inflammatory disease' },
    icd10: 'N73.9',
    system: 'urinary_reproductive',
    urgency: 'within_24h',
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pelvic_pain .85 lower_abdominal_pain .85 vaginal_discharge .6 fever .5 high_fever .15
        painful_urination .2 vaginal_bleeding .3`,
    },
  },
  {
    id: 'testicular_torsion',
    name: { ru: 'Перекрут яичка', en: 'Testicular torsion' },
    icd10: 'N44',
    system: 'urinary_reproductive',
    urgency: 'emergency_department',
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0.5,
      infant_3_12m: 0.3,
      toddler_1_4y: 0.3,
      child_5_11y: 1,
      teen_12_17y: 3,
      adult_18_39y: 0.5,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    sex: MALE_ONLY,
    likelihoods: {
      ...HOURS,
      ...lk`testicular_pain .98 sudden_onset .85 nausea .6 vomiting .45 lower_abdominal_pain .4 irritability .4`,
    },
  },
];
