import { CRISIS_LINES } from '../crisis-lines.js';
import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, SUBACUTE, lk } from './presets.js';

export const CRISIS_SEEK_CARE = {
  ru: 'Звоните 112 немедленно, если есть план или намерение причинить себе вред, приняты таблетки или есть серьёзная рана. В остальных случаях — к психиатру или в кризисную службу сегодня же.',
  en: 'Call 112 at once if there is a plan or intent to act, pills have been taken or there is a serious wound. Otherwise see a psychiatrist or crisis service today.',
};

const TEENS_AND_ADULTS = { ...ADULTS, child_5_11y: 0.1, teen_12_17y: 1.5 };

export const mentalCrisisConditions: Condition[] = [
  {
    id: 'self_harm',
    name: { ru: 'Самоповреждение', en: 'Self-harm' },
    icd10: 'X84',
    system: 'mental',
    // Everyone who self-harms is offered a psychosocial assessment; suicidal intent makes it an emergency:
    // NICE NG225 Self-harm: assessment, management and preventing recurrence (2022).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'emergency_department' },
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'suicide_intent', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: CRISIS_LINES,
      seekCareIf: CRISIS_SEEK_CARE,
      source: 'NICE NG225 Self-harm (2022); WHO mhGAP Intervention Guide 2.0 (2016)',
    },
    specialist: 'psychiatrist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...TEENS_AND_ADULTS, teen_12_17y: 2.5, adult_40_64y: 0.5, elderly_65y: 0.3 },
    sex: { female: 1.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`self_harm_acts .95 self_harm_thoughts .8 low_mood .7 hopelessness .5 suicidal_thoughts .4 suicide_plan .05 recent_stress .5
        sleep_problems .5 anhedonia .4 alcohol_excess .2 worry .5`,
    },
  },
  {
    id: 'acute_psychosis',
    name: { ru: 'Острый психоз', en: 'Acute psychosis' },
    icd10: 'F23.9',
    system: 'mental',
    // First-episode psychosis needs urgent referral to a crisis or early-intervention team: NICE CG178 Psychosis
    // and schizophrenia in adults (2014).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'suicide_intent', urgency: 'ambulance' },
    ],
    specialist: 'psychiatrist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...TEENS_AND_ADULTS, teen_12_17y: 0.5, adult_40_64y: 0.5, elderly_65y: 0.3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`hearing_voices .7 paranoid_beliefs .7 confusion .2 sleep_problems .7 restlessness .6
        little_need_for_sleep .3 recent_stress .3 suicidal_thoughts .1 concentration_problems .5 fever .02`,
    },
  },
  {
    id: 'severe_depression',
    name: { ru: 'Тяжёлый депрессивный эпизод', en: 'Severe depression' },
    icd10: 'F32.2',
    system: 'mental',
    // Severe depression with suicidal risk or self-neglect needs urgent specialist assessment:
    // NICE NG222 Depression in adults (2022).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'emergency_department' },
      { finding: 'stopped_eating_properly', urgency: 'emergency_department' },
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'suicide_intent', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: CRISIS_LINES,
      seekCareIf: CRISIS_SEEK_CARE,
      source: 'NICE NG222 Depression in adults (2022); NICE NG225 Self-harm (2022)',
    },
    specialist: 'psychiatrist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: TEENS_AND_ADULTS,
    likelihoods: {
      ...CHRONIC,
      ...lk`low_mood .98 anhedonia .9 hopelessness .8 sleep_problems .85 fatigue .85 loss_of_appetite .7 weight_loss .4
        concentration_problems .8 stopped_eating_properly .3 suicidal_thoughts .45 self_harm_thoughts .3 suicide_plan .08 suicide_intent .05`,
    },
  },
  {
    id: 'alcohol_withdrawal',
    name: { ru: 'Алкогольный абстинентный синдром', en: 'Alcohol withdrawal' },
    icd10: 'F10.3',
    system: 'mental',
    // Withdrawal seizures and delirium tremens (hallucinations, confusion) are emergencies: NICE CG100
    // Alcohol-use disorders: physical complications (2010, updated 2017).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'hearing_voices', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'seizure', urgency: 'ambulance' },
    ],
    specialist: 'psychiatrist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.05, elderly_65y: 0.5 },
    sex: { female: 0.4 },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.3,
      ...lk`hangover .35 cut_down_drinking .9 alcohol_excess .95 tremor .8 sweating .6 restlessness .6 worry .5 nausea .5 vomiting .3
        sleep_problems .7 palpitations .4 seizure .05 confusion .05 hearing_voices .05`,
    },
  },
  {
    id: 'eating_disorder',
    name: { ru: 'Расстройство пищевого поведения', en: 'Eating disorder' },
    icd10: 'F50.9',
    system: 'mental',
    // Fainting, palpitations or very rapid weight loss signal medical instability: NICE NG69 Eating disorders
    // (2017, updated 2020); RCPsych MEED guidance (2022).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'near_fainting', urgency: 'within_24h' },
      { finding: 'palpitations', urgency: 'within_24h' },
      { finding: 'fainting', urgency: 'emergency_department' },
    ],
    specialist: 'psychiatrist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0.1,
      teen_12_17y: 2,
      adult_40_64y: 0.3,
      elderly_65y: 0.05,
    },
    sex: { male: 0.3 },
    likelihoods: {
      ...CHRONIC,
      ...lk`restricting_food .8 binge_eating .4 self_induced_vomiting .4 weight_loss .6 fatigue .5 dizziness .4
        missed_period .4 low_mood .5 worry .5 cold_intolerance .4`,
    },
  },
  {
    id: 'acute_stress_reaction',
    name: { ru: 'Острая реакция на стресс', en: 'Acute stress reaction' },
    icd10: 'F43.0',
    system: 'mental',
    urgency: 'self_care',
    // Symptoms beyond a month suggest PTSD and need assessment; suicidal thoughts need same-day help:
    // NICE NG116 Post-traumatic stress disorder (2018); WHO mhGAP Intervention Guide 2.0 (2016).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'suicidal_thoughts', urgency: 'emergency_department' },
      { finding: 'hearing_voices', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Такая реакция после тяжёлого события — нормальна и обычно проходит за несколько недель. Побудьте с близкими, говорите о случившемся, когда захочется; сохраняйте привычный режим сна и еды, гуляйте, делайте дыхательные упражнения. Избегайте алкоголя, снотворных без назначения и бесконечных новостей.',
        en: 'This reaction after a shocking event is normal and usually settles within a few weeks. Be with people you trust and talk about it when you want to; keep regular sleep and meals, get outside, try slow-breathing exercises. Avoid alcohol, sleeping pills without a prescription and constant news.',
      },
      seekCareIf: {
        ru: 'Симптомы не ослабевают через 4 недели, мешают работе и жизни, появились мысли о самоубийстве, голоса или вы начали чаще пить.',
        en: 'Symptoms are not easing after 4 weeks, stop you from working or living normally, you have thoughts of suicide, hear voices, or are drinking more.',
      },
      source: 'NICE NG116 Post-traumatic stress disorder (2018); WHO mhGAP Intervention Guide 2.0 (2016)',
    },
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...TEENS_AND_ADULTS, child_5_11y: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`traumatic_event .9 recent_stress .7 feeling_detached .6 worry .7 sleep_problems .7 flashbacks .6
        palpitations .4 restlessness .6 concentration_problems .6 low_mood .4`,
    },
  },
  {
    id: 'ptsd',
    name: { ru: 'Посттравматическое стрессовое расстройство', en: 'Post-traumatic stress disorder (PTSD)' },
    icd10: 'F43.1',
    system: 'mental',
    // Trauma-focused psychological therapy; suicidal thoughts need same-day help: NICE NG116 PTSD (2018).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'within_24h' },
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'suicide_intent', urgency: 'ambulance' },
    ],
    specialist: 'psychologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: TEENS_AND_ADULTS,
    likelihoods: {
      ...CHRONIC,
      ...lk`flashbacks .9 traumatic_event .9 sleep_problems .8 worry .6 feeling_detached .5 concentration_problems .6
        low_mood .5 restlessness .5 alcohol_excess .2 recent_stress .3`,
    },
  },
  {
    id: 'mania',
    name: { ru: 'Маниакальный эпизод', en: 'Mania' },
    icd10: 'F30.9',
    system: 'mental',
    // Suspected mania needs urgent specialist assessment; psychotic features make it an emergency:
    // NICE CG185 Bipolar disorder (2014, updated 2023).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'hearing_voices', urgency: 'emergency_department' },
      { finding: 'paranoid_beliefs', urgency: 'emergency_department' },
    ],
    specialist: 'psychiatrist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...TEENS_AND_ADULTS, teen_12_17y: 0.5, elderly_65y: 0.3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`elated_mood .9 little_need_for_sleep .85 restlessness .7 concentration_problems .6 paranoid_beliefs .2
        hearing_voices .1 alcohol_excess .2 sleep_problems .4`,
    },
  },
];
