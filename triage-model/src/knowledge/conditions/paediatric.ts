import type { Condition } from '../types.js';
import { ACUTE, HOURS, lk } from './presets.js';

const UNDER_TWO = {
  toddler_1_4y: 0.4,
  child_5_11y: 0,
  teen_12_17y: 0,
  adult_18_39y: 0,
  adult_40_64y: 0,
  elderly_65y: 0,
};

export const paediatricConditions: Condition[] = [
  {
    id: 'fever_infant_under_3m',
    name: { ru: 'Лихорадка у ребёнка до 3 месяцев', en: 'Fever in an infant under 3 months' },
    icd10: 'R50.9',
    system: 'paediatric',
    urgency: 'emergency_department',
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { infant_3_12m: 0, ...UNDER_TWO, toddler_1_4y: 0 },
    likelihoods: {
      ...ACUTE,
      ...lk`fever .98 high_fever .4 poor_feeding .4 irritability .5 lethargy .15 runny_nose .3 cough .2`,
    },
  },
  {
    id: 'bronchiolitis',
    name: { ru: 'Бронхиолит', en: 'Bronchiolitis' },
    icd10: 'J21.9',
    system: 'paediatric',
    urgency: 'within_24h',
    // Grunting, marked recession, apnoea or cyanosis mean referral or emergency transfer: NICE NG9 Bronchiolitis in children (2015, updated 2021).
    urgencyIf: [
      { finding: 'grunting', urgency: 'emergency_department' },
      { finding: 'chest_recession', urgency: 'emergency_department' },
      { finding: 'apnoea', urgency: 'ambulance' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 2, infant_3_12m: 3, ...UNDER_TWO },
    likelihoods: {
      ...ACUTE,
      ...lk`cough .9 runny_nose .85 wheeze .6 fast_breathing .5 poor_feeding .4 fever .35 high_fever .08
        chest_recession .25 apnoea .04 grunting .05 irritability .4 sick_contacts .5 breathlessness .4`,
    },
  },
  {
    id: 'croup',
    name: { ru: 'Круп (острый ларинготрахеит)', en: 'Croup' },
    icd10: 'J05.0',
    system: 'paediatric',
    urgency: 'within_24h',
    // Recession or drowsiness = moderate-severe croup, cyanosis = impending respiratory failure: NICE CKS Croup (2023).
    urgencyIf: [
      { finding: 'chest_recession', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: {
      infant_0_3m: 0.05,
      infant_3_12m: 0.7,
      toddler_1_4y: 3,
      child_5_11y: 0.5,
      teen_12_17y: 0.02,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.2,
      ...lk`barking_cough .95 hoarse_voice .8 stridor .5 fever .5 high_fever .1 runny_nose .6 night_cough .7
        cough .95 breathlessness .2 chest_recession .1 sudden_onset .3`,
    },
  },
  {
    id: 'roseola',
    name: { ru: 'Внезапная экзантема (розеола)', en: 'Roseola' },
    icd10: 'B08.2',
    system: 'paediatric',
    urgency: 'self_care',
    // A seizure, drowsiness or not drinking need assessment: NICE NG143 Fever in under 5s (2019, updated 2021).
    urgencyIf: [
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'seizure', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Давайте больше пить, при плохом самочувствии от температуры — парацетамол или ибупрофен; не кутайте. Сыпь появляется, когда спадает температура, не зудит и проходит за 1–2 дня без лечения.',
        en: 'Give plenty of fluids, paracetamol or ibuprofen if the child is distressed by the fever; dress lightly. The rash appears as the fever goes, does not itch and fades within 1–2 days without treatment.',
      },
      seekCareIf: {
        ru: 'Судороги, ребёнок сонлив, вялый или его трудно разбудить, пьёт намного меньше или редко мочится, сыпь не бледнеет при надавливании стаканом, температура дольше 5 дней.',
        en: 'A seizure, the child is drowsy, floppy or hard to wake, drinks much less or has few wet nappies, the rash does not fade under a glass, or fever lasts more than 5 days.',
      },
      source: 'NICE NG143 Fever in under 5s (2019, updated 2021)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 3,
      toddler_1_4y: 1.5,
      child_5_11y: 0.05,
      teen_12_17y: 0,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      lasting_3_days: 0.7,
      lasting_10_days: 0.02,
      lasting_3_weeks: 0.005,
      ...lk`fever .95 high_fever .85 rash .6 irritability .5 runny_nose .2 poor_feeding .3`,
    },
  },
  {
    id: 'infant_colic',
    name: { ru: 'Младенческие колики', en: 'Infant colic' },
    icd10: 'R10.4',
    system: 'paediatric',
    urgency: 'self_care',
    // Fever, vomiting, blood in the stool or poor feeding are not colic: NICE CKS Colic - infantile (2022).
    urgencyIf: [
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'vomiting', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'emergency_department' },
      { finding: 'bloody_stool', urgency: 'emergency_department' },
      { finding: 'high_pitched_cry', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Держите малыша на руках и покачивайте, попробуйте «белый шум», тёплую ванну или прогулку в коляске; давайте срыгнуть после кормления. Можно положить малыша в кроватку и несколько минут передохнуть. Никогда не трясите ребёнка. Колики обычно проходят к 3–4 месяцам.',
        en: 'Hold and gently rock the baby, try white noise, a warm bath or a pram ride; wind after feeds. It is safe to put the baby down in the cot and take a few minutes for yourself. Never shake a baby. Colic usually settles by 3–4 months.',
      },
      seekCareIf: {
        ru: 'Температура (38 °C у малыша до 3 месяцев), рвота, кровь в стуле, плохо ест, слабый или пронзительный плач, вялость, плохо прибавляет в весе, или вы чувствуете, что не справляетесь.',
        en: 'Fever (38 °C in a baby under 3 months), vomiting, blood in the stool, feeding poorly, a weak or high-pitched cry, floppiness, poor weight gain, or you feel you cannot cope.',
      },
      source: 'NICE CKS Colic - infantile (2022)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 3, infant_3_12m: 0.5, ...UNDER_TWO, toddler_1_4y: 0 },
    likelihoods: {
      ...lk`lasting_3_days .9 lasting_10_days .6 lasting_3_weeks .3 irritability .95 bloating .5 sleep_problems .6
        fever .01 poor_feeding .03`,
    },
  },
];
