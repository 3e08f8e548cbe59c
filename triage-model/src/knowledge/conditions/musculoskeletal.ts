import type { Condition } from '../types.js';
import { ACUTE, SUBACUTE, SCHOOL_AGE_UP, lk } from './presets.js';

export const musculoskeletalConditions: Condition[] = [
  {
    id: 'back_pain',
    name: { ru: 'Неспецифическая боль в спине', en: 'Non-specific low back pain' },
    icd10: 'M54.5',
    system: 'musculoskeletal',
    urgency: 'self_care',
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 5,
    age: { ...SCHOOL_AGE_UP, child_5_11y: 0.1, teen_12_17y: 0.4 },
    likelihoods: {
      ...ACUTE,
      ...lk`back_pain .98 back_pain_after_lifting .6 back_pain_leg_radiation .15 neck_pain .1 sudden_onset .3`,
    },
  },
  {
    id: 'sciatica',
    name: { ru: 'Радикулопатия (ишиас)', en: 'Sciatica' },
    icd10: 'M54.3',
    system: 'musculoskeletal',
    urgency: 'planned',
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...SCHOOL_AGE_UP, child_5_11y: 0, teen_12_17y: 0.1 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`back_pain .9 back_pain_leg_radiation .95 numbness_tingling .55 back_pain_after_lifting .4`,
    },
  },
  {
    id: 'cauda_equina',
    name: { ru: 'Синдром конского хвоста', en: 'Cauda equina syndrome' },
    icd10: 'G83.4',
    system: 'musculoskeletal',
    urgency: 'emergency_department',
    specialist: 'neurologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...SCHOOL_AGE_UP, child_5_11y: 0, teen_12_17y: 0.05 },
    likelihoods: {
      ...ACUTE,
      ...lk`saddle_numbness_incontinence .95 back_pain .95 back_pain_leg_radiation .7 numbness_tingling .6
        arm_weakness .3`,
    },
  },
];
