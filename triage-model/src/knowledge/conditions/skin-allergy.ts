import type { Condition } from '../types.js';
import { ACUTE, CHRONIC, HOURS, lk } from './presets.js';

export const skinAllergyConditions: Condition[] = [
  {
    id: 'anaphylaxis',
    name: { ru: 'Анафилаксия', en: 'Anaphylaxis' },
    icd10: 'T78.2',
    system: 'skin_allergy',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`lip_tongue_swelling .75 throat_tightness .6 breathlessness .7 wheeze .5 hives .7 rash .6 itchy_rash .5
        allergen_exposure .85 dizziness .5 fainting .3 vomiting .3 sudden_onset .95 bp_low .3 allergy_history .5
        hoarse_voice .2 stridor .15`,
    },
  },
  {
    id: 'urticaria',
    name: { ru: 'Крапивница (аллергическая реакция)', en: 'Hives (urticaria, allergic reaction)' },
    icd10: 'L50.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    likelihoods: {
      ...ACUTE,
      ...lk`hives .95 itchy_rash .9 rash .9 allergen_exposure .35 lip_tongue_swelling .08 allergy_history .45
        new_medication .2 sudden_onset .5`,
    },
  },
  {
    id: 'atopic_dermatitis',
    name: { ru: 'Атопический дерматит (экзема)', en: 'Atopic eczema' },
    icd10: 'L20.9',
    system: 'skin_allergy',
    urgency: 'planned',
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 1, infant_3_12m: 3, toddler_1_4y: 2.5, child_5_11y: 1.5, elderly_65y: 0.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`dry_itchy_skin .95 itchy_rash .75 rash .7 allergy_history .6 asthma_history .25 sleep_problems .3
        irritability .3`,
    },
  },
  {
    id: 'contact_dermatitis',
    name: { ru: 'Контактный дерматит', en: 'Contact dermatitis' },
    icd10: 'L25.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.2, infant_3_12m: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`new_product_contact .8 itchy_rash .85 rash .9 blisters .3 dry_itchy_skin .4 red_hot_swollen_skin .05`,
    },
  },
  {
    id: 'cellulitis',
    name: { ru: 'Флегмона, рожистое воспаление (целлюлит)', en: 'Skin infection (cellulitis)' },
    icd10: 'L03.9',
    system: 'skin_allergy',
    urgency: 'within_24h',
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3, elderly_65y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`red_hot_swollen_skin .95 spreading_redness .6 fever .45 high_fever .15 wound_or_bite .5 chills .3
        diabetes .25 leg_swelling_one .4 rash .3`,
    },
  },
  {
    id: 'chickenpox',
    name: { ru: 'Ветряная оспа', en: 'Chickenpox' },
    icd10: 'B01.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    // Newborns with chickenpox need urgent review: NICE CKS Chickenpox (2023).
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: {
      infant_0_3m: 0.1,
      infant_3_12m: 0.6,
      toddler_1_4y: 3,
      child_5_11y: 3,
      teen_12_17y: 0.5,
      adult_18_39y: 0.2,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`rash .95 blisters .9 itchy_rash .85 fever .6 high_fever .15 sick_contacts .6 fatigue .4
        loss_of_appetite .3`,
    },
  },
  {
    id: 'shingles',
    name: { ru: 'Опоясывающий герпес', en: 'Shingles (herpes zoster)' },
    icd10: 'B02.9',
    system: 'skin_allergy',
    urgency: 'within_24h',
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0.02,
      child_5_11y: 0.05,
      teen_12_17y: 0.1,
      adult_18_39y: 0.4,
      adult_40_64y: 1.5,
      elderly_65y: 3,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`rash .95 blisters .9 numbness_tingling .5 itchy_rash .3 fever .1 headache .2 immunosuppressed .1`,
    },
  },
];
