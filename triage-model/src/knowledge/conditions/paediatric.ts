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
