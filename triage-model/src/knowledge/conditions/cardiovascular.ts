import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, OLDER_ADULTS, SUBACUTE, lk } from './presets.js';

const CARDIAC_RISK = lk`hypertension_history .5 diabetes .3 smoker .4 high_cholesterol .45 family_history_heart .3
  heart_disease_history .35`;

export const cardiovascularConditions: Condition[] = [
  {
    id: 'acute_coronary_syndrome',
    name: { ru: 'Острый коронарный синдром (инфаркт)', en: 'Acute coronary syndrome (heart attack)' },
    icd10: 'I24.9',
    system: 'cardiovascular',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.1 },
    sex: { male: 1.5 },
    likelihoods: {
      ...HOURS,
      ...CARDIAC_RISK,
      ...lk`chest_pain .9 chest_pain_pressing .75 pain_radiates_arm .5 pain_radiates_jaw .25 sweating .55 breathlessness .5
        nausea .35 chest_pain_exertion .4 sudden_onset .45 fatigue .3 dizziness .2 fever .02
        chest_pain_reproducible .04 pleuritic_pain .05 chest_pain_burning .15`,
    },
  },
  {
    id: 'stable_angina',
    name: { ru: 'Стенокардия напряжения', en: 'Stable angina' },
    icd10: 'I20.9',
    system: 'cardiovascular',
    urgency: 'planned',
    specialist: 'cardiologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: OLDER_ADULTS,
    sex: { male: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...CARDIAC_RISK,
      ...lk`chest_pain_exertion .9 chest_pain .85 chest_pain_pressing .65 breathlessness .35
        pain_radiates_arm .3 pain_radiates_jaw .1 sweating .1 fatigue .2 chest_pain_reproducible .05`,
    },
  },
  {
    id: 'hypertensive_crisis',
    name: { ru: 'Гипертонический криз', en: 'Hypertensive crisis' },
    icd10: 'I10',
    system: 'cardiovascular',
    // Severe hypertension without acute organ damage is managed within a day, not in the ED:
    // ESC/ESH 2018 ("hypertensive urgency"). With organ-damage signs the red flag escalates to an ambulance.
    urgency: 'within_24h',
    specialist: 'cardiologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`bp_very_high .92 bp_high .99 headache .6 dizziness .4 nausea .3 nosebleed .2 vision_loss_sudden .05 blurred_vision .2
        chest_pain .12 breathlessness .12 hypertension_history .8 palpitations .3 sudden_onset .3`,
    },
  },
  {
    id: 'hypertension',
    name: { ru: 'Артериальная гипертензия', en: 'High blood pressure (hypertension)' },
    icd10: 'I10',
    system: 'cardiovascular',
    urgency: 'planned',
    // BP ≥ 180/120 needs same-day assessment: NICE NG136 Hypertension in adults (2019, updated 2023).
    urgencyIf: [{ finding: 'bp_very_high', urgency: 'within_24h' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.3 },
    likelihoods: {
      ...CHRONIC,
      ...lk`bp_high .95 bp_very_high .04 headache .35 dizziness .2 hypertension_history .6 fatigue .2
        nosebleed .05 palpitations .1`,
    },
  },
  {
    id: 'atrial_fibrillation',
    name: { ru: 'Фибрилляция предсердий', en: 'Atrial fibrillation' },
    icd10: 'I48',
    system: 'cardiovascular',
    urgency: 'within_24h',
    specialist: 'cardiologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...OLDER_ADULTS, elderly_65y: 3 },
    likelihoods: {
      ...ACUTE,
      ...lk`palpitations .92 breathlessness .4 dizziness .35 fatigue .5 chest_pain .2 fainting .08 near_fainting .15
        hypertension_history .6 heart_disease_history .4 sudden_onset .45`,
    },
  },
  {
    id: 'heart_failure',
    name: { ru: 'Сердечная недостаточность (декомпенсация)', en: 'Heart failure (worsening)' },
    icd10: 'I50.9',
    system: 'cardiovascular',
    urgency: 'within_24h',
    // Breathlessness at rest = acute decompensation: NICE NG106 Chronic heart failure (2018); ESC Heart failure guidelines (2021).
    urgencyIf: [
      { finding: 'severe_breathlessness', urgency: 'emergency_department' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'cardiologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...OLDER_ADULTS, elderly_65y: 3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`breathlessness .9 leg_swelling_both .8 fatigue .8 night_cough .4 cough .5 heart_disease_history .65
        hypertension_history .6 palpitations .3 wheeze .2`,
    },
  },
  {
    id: 'deep_vein_thrombosis',
    name: { ru: 'Тромбоз глубоких вен', en: 'Deep vein thrombosis' },
    icd10: 'I80.2',
    system: 'cardiovascular',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...ADULTS, elderly_65y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`varicose_veins .2 tender_vein_cord .05 leg_swelling_one .9 leg_pain_calf .8 red_hot_swollen_skin .25 recent_immobility .45 previous_clot .2
        hormonal_contraception .25 fever .08`,
    },
  },
  {
    id: 'vasovagal_syncope',
    name: { ru: 'Вазовагальный обморок', en: 'Simple faint (vasovagal syncope)' },
    icd10: 'R55',
    system: 'cardiovascular',
    urgency: 'planned',
    // Syncope with palpitations, heart disease or breathlessness needs cardiovascular assessment within 24 h: NICE CG109 Transient loss of consciousness (2010, updated 2023).
    urgencyIf: [
      { finding: 'palpitations', urgency: 'within_24h' },
      { finding: 'heart_disease_history', urgency: 'within_24h' },
      { finding: 'breathlessness', urgency: 'within_24h' },
      { finding: 'chest_pain', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.1, teen_12_17y: 2, adult_18_39y: 1.5 },
    likelihoods: {
      ...HOURS,
      ...lk`fainting .8 near_fainting .6 dizziness .7 pale_skin .4 sweating .4 nausea .4 sudden_onset .7 palpitations .12 fatigue .2`,
    },
  },
];
