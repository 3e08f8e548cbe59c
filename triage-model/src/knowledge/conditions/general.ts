import type { Condition } from '../types.js';
import { ADULTS, CHRONIC, HOURS, lk } from './presets.js';

export const generalConditions: Condition[] = [
  {
    id: 'sepsis',
    name: { ru: 'Сепсис', en: 'Sepsis' },
    icd10: 'A41.9',
    system: 'general',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 2,
      infant_3_12m: 1,
      child_5_11y: 0.5,
      teen_12_17y: 0.4,
      adult_18_39y: 0.4,
      elderly_65y: 3,
    },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.3,
      ...lk`fever .7 high_fever .5 low_temperature .2 confusion .5 fast_breathing .65 mottled_skin .4 pale_skin .4
        little_urine .5 feeling_very_unwell .9 bp_low .4 chills .6 lethargy .5 palpitations .4 immunosuppressed .2
        diabetes .2 vomiting .3 breathlessness .4`,
    },
  },
  {
    id: 'iron_deficiency_anaemia',
    name: { ru: 'Железодефицитная анемия', en: 'Iron deficiency anaemia' },
    icd10: 'D50.9',
    system: 'general',
    urgency: 'planned',
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0, infant_3_12m: 0.5, toddler_1_4y: 0.6, child_5_11y: 0.4 },
    sex: { female: 2.5 },
    likelihoods: {
      hair_shedding: 0.2,
      cracked_mouth_corners: 0.15,
      ...CHRONIC,
      ...lk`fatigue .9 dizziness .4 breathlessness .3 palpitations .25 painful_periods .3 loss_of_appetite .2
        concentration_problems .3`,
    },
  },
  {
    id: 'type2_diabetes',
    name: { ru: 'Сахарный диабет 2 типа (впервые выявленный)', en: 'Type 2 diabetes (new)' },
    icd10: 'E11.9',
    system: 'general',
    urgency: 'planned',
    // Vomiting or confusion with high blood sugar suggest DKA or the hyperosmolar state: JBDS-IP Management of HHS (2022).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.05, adult_18_39y: 0.3, adult_40_64y: 1.5, elderly_65y: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`thirst .8 frequent_urination .8 fatigue .6 weight_loss .3 vaginal_itching .15 numbness_tingling .2
        diabetes .05`,
    },
  },
  {
    id: 'vaccine_reaction',
    name: { ru: 'Обычная реакция на прививку', en: 'Usual reaction to a vaccination' },
    icd10: 'T88.1',
    system: 'general',
    // Fever, fussiness and a sore, red or lumpy injection site in the first 1–2 days are expected and settle by
    // themselves; fever beyond 48 hours, or a very high one, needs a doctor: UKHSA Green Book ch. 8 (2023);
    // NHS Vaccination side effects (2023). Anaphylaxis and a non-blanching rash have their own red flags.
    urgency: 'self_care',
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    urgencyIf: [
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'lasting_3_days', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Давайте больше пить, не кутайте; при температуре или беспокойстве — парацетамол или ибупрофен в дозе по возрасту. К месту укола можно приложить прохладную влажную ткань; уплотнение может держаться несколько недель.',
        en: 'Offer plenty to drink and do not overdress; for fever or discomfort give paracetamol or ibuprofen at the dose for age. A cool damp cloth helps the injection site; a small lump can last a few weeks.',
      },
      seekCareIf: {
        ru: 'Температура дольше 48 часов или 39 °C и выше, ребёнку меньше 3 месяцев и у него температура, покраснение вокруг укола растёт, сыпь не бледнеет при надавливании, отёк лица или губ, затруднённое дыхание (тогда 103/112).',
        en: 'A fever lasting over 48 hours or 39 °C or higher, a baby under 3 months with a fever, redness around the injection spreading, a rash that does not fade when pressed, a swollen face or lips, or difficult breathing (then call 103/112).',
      },
      source: 'UKHSA Green Book, chapter 8 (2023); NHS Vaccination side effects (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 1.5, infant_3_12m: 2, toddler_1_4y: 1.5, adult_18_39y: 0.5, adult_40_64y: 0.5 },
    likelihoods: {
      ...lk`recent_vaccination .97 injection_site_reaction .6 fever .45 high_fever .05 irritability .4
        fatigue .35 loss_of_appetite .3 body_aches .2 headache .15 lasting_3_days .1 lasting_10_days .01
        lasting_3_weeks .005`,
    },
  },
];
