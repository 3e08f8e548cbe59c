import type { Condition } from '../types.js';
import { CRISIS_LINES } from '../crisis-lines.js';
import { CRISIS_SEEK_CARE } from './mental-crisis.js';
import { CHRONIC, HOURS, SUBACUTE, lk } from './presets.js';

const NOT_YOUNG_CHILDREN = {
  infant_0_3m: 0,
  infant_3_12m: 0,
  toddler_1_4y: 0,
  child_5_11y: 0.1,
  teen_12_17y: 1.2,
};

export const mentalConditions: Condition[] = [
  {
    id: 'anxiety_disorder',
    name: { ru: 'Тревожное расстройство', en: 'Anxiety disorder' },
    icd10: 'F41.1',
    system: 'mental',
    urgency: 'planned',
    // Suicidal thoughts need same-day review: NICE CG113 Generalised anxiety and panic disorder (2011, updated 2020).
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'within_24h' },
      { finding: 'self_harm_thoughts', urgency: 'within_24h' },
      { finding: 'suicide_plan', urgency: 'emergency_department' },
      { finding: 'suicide_intent', urgency: 'emergency_department' },
    ],
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: NOT_YOUNG_CHILDREN,
    sex: { female: 1.7 },
    likelihoods: {
      ...CHRONIC,
      ...lk`worry .9 restlessness .75 sleep_problems .7 palpitations .45 concentration_problems .6 fatigue .5
        panic_attacks .3 recent_stress .5 headache .3 dizziness .2 breathlessness .12 chest_tightness .2`,
    },
  },
  {
    id: 'panic_attack',
    name: { ru: 'Паническая атака', en: 'Panic attack' },
    icd10: 'F41.0',
    system: 'mental',
    urgency: 'planned',
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: NOT_YOUNG_CHILDREN,
    sex: { female: 1.7 },
    likelihoods: {
      ...HOURS,
      ...lk`panic_attacks .95 palpitations .85 breathlessness .6 chest_tightness .5 dizziness .6 sweating .45
        numbness_tingling .4 sudden_onset .85 chest_pain .3 worry .6 recent_stress .4`,
    },
  },
  {
    id: 'depression',
    name: { ru: 'Депрессивный эпизод', en: 'Depression' },
    icd10: 'F32.9',
    system: 'mental',
    urgency: 'planned',
    // Suicidal thoughts need same-day review, a plan needs urgent crisis assessment: NICE NG222 Depression in adults (2022); NICE NG225 Self-harm (2022).
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'within_24h' },
      { finding: 'self_harm_thoughts', urgency: 'within_24h' },
      { finding: 'suicide_plan', urgency: 'emergency_department' },
      { finding: 'suicide_intent', urgency: 'emergency_department' },
    ],
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: NOT_YOUNG_CHILDREN,
    sex: { female: 1.7 },
    likelihoods: {
      ...CHRONIC,
      ...lk`low_mood .95 anhedonia .85 sleep_problems .75 fatigue .8 concentration_problems .7 loss_of_appetite .5
        weight_loss .2 suicidal_thoughts .12 worry .4 recent_stress .3`,
    },
  },
  {
    id: 'insomnia',
    // Short-term insomnia is managed with sleep hygiene; low mood points to an underlying cause to assess:
    // NICE CKS Insomnia (2022).
    name: { ru: 'Бессонница', en: 'Insomnia' },
    icd10: 'G47.0',
    system: 'mental',
    urgency: 'self_care',
    urgencyIf: [{ finding: 'low_mood', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Ложитесь и вставайте в одно и то же время, в том числе в выходные; не спите днём; уберите экраны за час до сна; не пейте кофе и чай после обеда и алкоголь вечером; спальня — тёмная, тихая, прохладная. Если не спится 20 минут — встаньте и займитесь спокойным делом.',
        en: 'Go to bed and get up at the same times, weekends included; avoid daytime naps; no screens for an hour before bed; no caffeine after midday and no alcohol in the evening; keep the bedroom dark, quiet and cool. If you cannot sleep for 20 minutes, get up and do something calm.',
      },
      seekCareIf: {
        ru: 'Бессонница дольше 3 месяцев или мешает жить днём, подавленное настроение, тревога, мысли о самоповреждении (сразу звоните на линию помощи или 112), храп с остановками дыхания.',
        en: 'Sleeplessness lasting over 3 months or affecting your days, low mood, anxiety, thoughts of harming yourself (call a crisis line or 112 at once), or snoring with pauses in breathing.',
      },
      source: 'NICE CKS Insomnia (2022)',
    },
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: NOT_YOUNG_CHILDREN,
    likelihoods: {
      ...SUBACUTE,
      ...lk`sleep_problems .98 fatigue .7 concentration_problems .5 worry .4 recent_stress .5 low_mood .2`,
    },
  },
  {
    id: 'suicidal_crisis',
    name: { ru: 'Суицидальный кризис', en: 'Suicidal crisis' },
    icd10: 'R45.8',
    system: 'mental',
    urgency: 'emergency_department',
    // A plan or intent needs emergency help now: NICE NG225 Self-harm (2022).
    urgencyIf: [
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'suicide_intent', urgency: 'ambulance' },
    ],
    // Not self-care: what to do right now while help is on its way.
    selfCare: {
      advice: CRISIS_LINES,
      seekCareIf: CRISIS_SEEK_CARE,
      source: 'NICE NG225 Self-harm (2022); WHO mhGAP Intervention Guide 2.0 (2016)',
    },
    specialist: 'psychiatrist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...NOT_YOUNG_CHILDREN, teen_12_17y: 2, adult_18_39y: 1.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`suicidal_thoughts .98 suicide_plan .4 suicide_intent .3 self_harm_thoughts .5 low_mood .9 anhedonia .7 sleep_problems .6 recent_stress .5
        alcohol_excess .2`,
    },
  },
];
