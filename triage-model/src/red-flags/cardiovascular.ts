import { ADULT_AGE_MONTHS } from '../knowledge/age-bands.js';
import { BP_VERY_HIGH } from '../knowledge/derive-vitals.js';
import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

// Ruptured AAA is very rare before 50 (screening from 65): NICE NG156 Abdominal aortic aneurysm (2020).
const AAA_MIN_AGE_MONTHS = 600;
// Two-level Wells score for PE from what a patient can tell: NICE NG158 (2020, updated 2023); over 4 = "PE likely".
// "PE is the most likely diagnosis" (3) and active cancer (1) are a clinician's and are left out.
const WELLS_PE_LIKELY = 4;
const WELLS_TACHYCARDIA = 100;
function wellsPeScore(ctx: RedFlagContext): number {
  let score = 0;
  if (ctx.yes('leg_swelling_one')) score += 3;
  if ((ctx.value('heart_rate') ?? 0) > WELLS_TACHYCARDIA) score += 1.5;
  if (anyYes(ctx, ['recent_procedure', 'recent_immobility'])) score += 1.5;
  if (ctx.yes('previous_clot')) score += 1.5;
  if (ctx.yes('coughing_blood')) score += 1;
  return score;
}
const CHEST = ['chest_pain', 'chest_pain_pressing', 'chest_pain_burning', 'chest_tightness'];
const NEURO = [
  'face_droop',
  'arm_weakness',
  'speech_difficulty',
  'vision_loss_sudden',
  'confusion',
  'seizure',
];

export const cardiovascularRules: RedFlagRule[] = [
  {
    // Chest pain with breathlessness, sweating, radiation or fainting = possible ACS: ESC guidelines for acute
    // coronary syndromes 2023; NICE CG95 Recent-onset chest pain (2010, updated 2016).
    id: 'chest_pain_with_danger_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Боль в груди с одышкой, холодным потом или иррадиацией',
      en: 'Chest pain with breathlessness, sweating or spreading pain',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Не садитесь за руль. Разжуйте аспирин, если нет аллергии и врач не запрещал.',
      en: 'Call an ambulance (103/112). Do not drive. Chew an aspirin unless allergic or told not to by a doctor.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, CHEST),
    questions: () => [
      'breathlessness',
      'sweating',
      'pain_radiates_arm',
      'pain_radiates_jaw',
      'chest_pain_pressing',
      'fainting',
    ],
    fires: (ctx) =>
      anyYes(ctx, ['chest_pain', 'chest_pain_pressing']) &&
      anyYes(ctx, [
        'breathlessness',
        'sweating',
        'pain_radiates_arm',
        'pain_radiates_jaw',
        'chest_pain_pressing',
        'fainting',
      ]),
  },
  {
    // BP ≥ 180/120 with chest pain, breathlessness, neurological signs or visual disturbance (retinopathy) =
    // hypertensive emergency: ESC/ESH guidelines for arterial hypertension 2018; ESH guidelines 2023;
    // NICE NG136 (2019, updated 2023) refers BP ≥ 180/120 with retinal changes the same day.
    id: 'hypertensive_emergency',
    urgency: 'ambulance',
    name: {
      ru: `Давление ${BP_VERY_HIGH.systolic}/${BP_VERY_HIGH.diastolic} и выше с болью в груди, одышкой или неврологическими симптомами`,
      en: `Blood pressure ${BP_VERY_HIGH.systolic}/${BP_VERY_HIGH.diastolic} or higher with chest pain, breathlessness or neurological signs`,
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Не принимайте дополнительные таблетки от давления без указания врача.',
      en: 'Call an ambulance (103/112). Do not take extra blood pressure tablets unless a doctor tells you to.',
    },
    specialist: 'emergency',
    // Blood pressure is asked of adults only (the NICE NG136 thresholds are for adults); a measured value
    // is still acted on at any age.
    relevant: (ctx) =>
      ctx.ageMonths >= ADULT_AGE_MONTHS &&
      anyYes(ctx, [
        ...CHEST,
        ...NEURO,
        'breathlessness',
        'headache',
        'dizziness',
        'nosebleed',
        'hypertension_history',
        'bp_high',
      ]),
    questions: (ctx) =>
      ctx.yes('bp_very_high')
        ? [
            'chest_pain',
            'breathlessness',
            'face_droop',
            'arm_weakness',
            'speech_difficulty',
            'vision_loss_sudden',
            'blurred_vision',
          ]
        : ['bp_systolic', 'bp_diastolic'],
    fires: (ctx) =>
      ctx.yes('bp_very_high') && anyYes(ctx, [...CHEST, 'breathlessness', ...NEURO, 'blurred_vision']),
  },
  {
    // BP ≥ 180/120 without symptoms needs a same-day review: NICE NG136 Hypertension in adults (2019, updated 2023).
    id: 'severe_hypertension',
    urgency: 'within_24h',
    name: {
      ru: 'Очень высокое давление (180/120 и выше)',
      en: 'Very high blood pressure (180/120 or higher)',
    },
    advice: {
      ru: 'Сегодня же обратитесь к врачу. Если появятся боль в груди, одышка, слабость или нарушение речи — звоните 103/112.',
      en: 'See a doctor today. If chest pain, breathlessness, weakness or speech problems appear, call 103/112.',
    },
    specialist: 'cardiologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('bp_very_high'),
  },
  {
    // Sudden breathlessness with pleuritic pain, one swollen leg or coughed-up blood = possible PE:
    // NICE NG158 Venous thromboembolic diseases (2020, updated 2023); ESC acute PE guidelines 2019.
    id: 'possible_pulmonary_embolism',
    urgency: 'ambulance',
    name: {
      ru: 'Внезапная одышка с болью при вдохе, отёком ноги или кровью в мокроте',
      en: 'Sudden breathlessness with pain on breathing, a swollen leg or coughed-up blood',
    },
    advice: { ru: 'Вызовите скорую (103/112).', en: 'Call an ambulance (103/112).' },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, ['breathlessness', 'pleuritic_pain', 'leg_swelling_one', 'coughing_blood']),
    questions: (ctx) =>
      ctx.yes('breathlessness')
        ? ['sudden_onset', 'pleuritic_pain', 'leg_swelling_one', 'coughing_blood']
        : ['breathlessness'],
    fires: (ctx) =>
      ctx.yes('breathlessness') &&
      ctx.yes('sudden_onset') &&
      anyYes(ctx, ['pleuritic_pain', 'leg_swelling_one', 'coughing_blood']),
  },
  {
    // One swollen painful calf = possible DVT, same-day assessment: NICE NG158 (2020, updated 2023).
    id: 'possible_dvt',
    urgency: 'emergency_department',
    name: { ru: 'Отёк и боль в одной ноге', en: 'One swollen, painful leg' },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение. При одышке или боли в груди — 103/112.',
      en: 'Go to the emergency department today. If breathless or with chest pain, call 103/112.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['leg_swelling_one', 'leg_pain_calf']),
    questions: () => ['leg_swelling_one', 'leg_pain_calf', 'breathlessness'],
    fires: (ctx) => ctx.yes('leg_swelling_one') && ctx.yes('leg_pain_calf'),
  },
  {
    // Fainting with chest pain, palpitations, breathlessness or known heart disease suggests a cardiac cause:
    // NICE CG109 Transient loss of consciousness (2010, updated 2023).
    id: 'cardiac_syncope',
    urgency: 'emergency_department',
    name: {
      ru: 'Обморок с болью в груди, сердцебиением, одышкой или болезнью сердца',
      en: 'Fainting with chest pain, palpitations, breathlessness or heart disease',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сегодня.', en: 'Go to the emergency department today.' },
    specialist: 'cardiologist',
    relevant: (ctx) => ctx.yes('fainting'),
    questions: () => ['chest_pain', 'palpitations', 'breathlessness', 'heart_disease_history'],
    fires: (ctx) =>
      ctx.yes('fainting') &&
      anyYes(ctx, [
        'chest_pain',
        'palpitations',
        'breathlessness',
        'chest_pain_exertion',
        'heart_disease_history',
      ]),
  },
  {
    // Sudden severe chest or abdominal pain going through to the back, or sudden pain between the shoulder blades =
    // possible aortic dissection: ESC/EACTS guidelines for peripheral arterial and aortic diseases 2024. Back pain is
    // not a reason to ask (it would ask every strained back); it counts once placed there, from 50 (AAA_MIN_AGE_MONTHS),
    // where dissection is no longer rare and a sudden back strain not the only likely cause.
    id: 'aortic_dissection',
    urgency: 'ambulance',
    name: {
      ru: 'Внезапная сильная боль в груди или животе, отдающая в спину',
      en: 'Sudden severe chest or abdominal pain going through to the back',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Не принимайте аспирин.',
      en: 'Call an ambulance (103/112). Do not take aspirin.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['chest_pain', 'abdominal_pain', 'upper_abdominal_pain']),
    questions: (ctx) => ['pain_radiates_back', ...(ctx.yes('pain_radiates_back') ? ['sudden_onset'] : [])],
    fires: (ctx) =>
      (anyYes(ctx, ['chest_pain', 'abdominal_pain', 'upper_abdominal_pain']) ||
        (ctx.ageMonths >= AAA_MIN_AGE_MONTHS && ctx.yes('back_pain'))) &&
      ctx.yes('pain_radiates_back') &&
      ctx.yes('sudden_onset'),
  },
  {
    // Over 50, sudden abdominal or back pain with fainting, pallor or low blood pressure = possible ruptured abdominal
    // aortic aneurysm: NICE NG156 Abdominal aortic aneurysm (2020).
    id: 'ruptured_aaa',
    urgency: 'ambulance',
    name: {
      ru: 'После 50 лет: внезапная боль в животе или спине с обмороком или бледностью',
      en: 'Over 50: sudden abdominal or back pain with fainting or pallor',
    },
    advice: { ru: 'Вызовите скорую (103/112); лягте.', en: 'Call an ambulance (103/112); lie down.' },
    specialist: 'emergency',
    relevant: (ctx) =>
      ctx.ageMonths >= AAA_MIN_AGE_MONTHS && anyYes(ctx, ['abdominal_pain', 'back_pain', 'flank_pain']),
    questions: () => ['sudden_onset', 'fainting', 'pale_skin'],
    fires: (ctx) =>
      ctx.ageMonths >= AAA_MIN_AGE_MONTHS &&
      anyYes(ctx, ['abdominal_pain', 'back_pain', 'flank_pain']) &&
      ctx.yes('sudden_onset') &&
      anyYes(ctx, ['fainting', 'near_fainting', 'pale_skin', 'bp_low']),
  },
  {
    // Over 50, sudden abdominal pain with atrial fibrillation or other heart disease = possible acute mesenteric
    // ischaemia, pain out of proportion to the examination: WSES guidelines on acute mesenteric ischaemia (Bala et al.,
    // World J Emerg Surg 2022).
    id: 'possible_mesenteric_ischaemia',
    urgency: 'emergency_department',
    name: {
      ru: 'После 50 лет: внезапная боль в животе при мерцательной аритмии или болезни сердца',
      en: 'Over 50: sudden abdominal pain with atrial fibrillation or heart disease',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'surgeon',
    relevant: (ctx) =>
      ctx.ageMonths >= AAA_MIN_AGE_MONTHS && ctx.yes('abdominal_pain') && ctx.yes('sudden_onset'),
    questions: () => ['heart_disease_history'],
    fires: (ctx) =>
      ctx.ageMonths >= AAA_MIN_AGE_MONTHS &&
      ctx.yes('abdominal_pain') &&
      ctx.yes('sudden_onset') &&
      ctx.yes('heart_disease_history'),
  },
  {
    // A suddenly cold, pale, painful limb = acute limb ischaemia, revascularisation within hours:
    // ESVS 2020 Clinical Practice Guidelines on the management of acute limb ischaemia.
    id: 'acute_limb_ischaemia',
    urgency: 'emergency_department',
    name: {
      ru: 'Внезапно холодная, бледная, болезненная рука или нога',
      en: 'A suddenly cold, pale, painful arm or leg',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['leg_pain_calf', 'numbness_tingling', 'joint_pain']),
    questions: () => ['cold_pale_limb'],
    fires: (ctx) => ctx.yes('cold_pale_limb'),
  },
  {
    // Breathlessness with a two-level Wells score over 4 ("PE likely"): signs of DVT 3, pulse over 100 1.5, surgery or
    // immobilisation in the last 4 weeks 1.5, previous DVT/PE 1.5, coughed-up blood 1; needs a same-day CT pulmonary
    // angiogram even when the onset was gradual: NICE NG158 Venous thromboembolic diseases (2020, updated 2023).
    id: 'pulmonary_embolism_likely',
    urgency: 'emergency_department',
    name: {
      ru: 'Одышка с признаками тромбоза или факторами риска тромбоэмболии (шкала Уэллса > 4)',
      en: 'Breathlessness with signs or risk factors of a blood clot (Wells score over 4)',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение: нужно исключить тромбоэмболию лёгочной артерии. При боли в груди, кровохарканье или обмороке — 103/112.',
      en: 'Go to the emergency department now: a clot in the lung must be ruled out. If chest pain, coughed-up blood or fainting, call 103/112.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= ADULT_AGE_MONTHS && ctx.yes('breathlessness') && wellsPeScore(ctx) > WELLS_PE_LIKELY,
  },
];
