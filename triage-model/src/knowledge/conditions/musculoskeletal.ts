import type { Condition } from '../types.js';
import { ACUTE, SUBACUTE, SCHOOL_AGE_UP, lk } from './presets.js';

export const musculoskeletalConditions: Condition[] = [
  {
    id: 'back_pain',
    name: { ru: 'Неспецифическая боль в спине', en: 'Non-specific low back pain' },
    icd10: 'M54.5',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Red flags for cauda equina, infection or cancer: NICE NG59 Low back pain and sciatica (2016, updated 2020).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'planned' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'saddle_numbness', urgency: 'emergency_department' },
      { finding: 'bladder_control_loss', urgency: 'emergency_department' },
      { finding: 'bowel_control_loss', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Сохраняйте активность и продолжайте обычные дела; постельный режим не нужен. Можно принимать противовоспалительное обезболивающее (ибупрофен), если оно вам подходит, и использовать тепло. Помогают лёгкие упражнения и растяжка; обычно боль проходит за 4–6 недель.',
        en: 'Stay as active as you can and carry on with daily life; avoid bed rest. Use an anti-inflammatory painkiller (ibuprofen) if it suits you, and heat packs. Gentle exercise and stretching help; most back pain improves within 4–6 weeks.',
      },
      seekCareIf: {
        ru: 'Онемение в промежности или на ягодицах, впервые затруднено мочеиспускание или недержание мочи или кала, слабость в ногах, температура, похудение, боль по ночам, нет улучшения за 4–6 недель.',
        en: 'Numbness around the groin or buttocks, new difficulty passing or holding urine or stool, weakness in the legs, fever, unexplained weight loss, pain at night, or no improvement after 4–6 weeks.',
      },
      source: 'NICE NG59 Low back pain and sciatica in over 16s (2016, updated 2020)',
    },
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
    // Cauda equina red flags: NICE NG59 Low back pain and sciatica (2016, updated 2020).
    urgencyIf: [
      { finding: 'saddle_numbness', urgency: 'emergency_department' },
      { finding: 'bladder_control_loss', urgency: 'emergency_department' },
      { finding: 'bowel_control_loss', urgency: 'emergency_department' },
    ],
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
      ...lk`saddle_numbness .7 bladder_control_loss .6 bowel_control_loss .3 back_pain .95 back_pain_leg_radiation .7 numbness_tingling .6
        arm_weakness .3`,
    },
  },
];
