import { anyYes, type RedFlagRule } from './types.js';

const ALLERGIC_SKIN = ['hives', 'lip_tongue_swelling', 'throat_tightness'];
const AIRWAY_OR_CIRCULATION = [
  'breathlessness',
  'wheeze',
  'stridor',
  'throat_tightness',
  'fainting',
  'bp_low',
  'dizziness',
];

export const respiratoryAllergyRules: RedFlagRule[] = [
  {
    // Skin/mucosal swelling or hives plus airway, breathing or circulation problems = anaphylaxis:
    // Resuscitation Council UK, Emergency treatment of anaphylaxis 2021; WAO anaphylaxis guidance 2020.
    id: 'anaphylaxis',
    urgency: 'ambulance',
    name: {
      ru: 'Признаки анафилаксии: отёк губ/языка или крапивница с затруднением дыхания или слабостью',
      en: 'Anaphylaxis signs: swollen lips/tongue or hives with breathing difficulty or faintness',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Если есть автоинжектор адреналина — введите его сейчас. Лягте, приподняв ноги.',
      en: 'Call an ambulance (103/112). If you have an adrenaline auto-injector, use it now. Lie down with legs raised.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, [...ALLERGIC_SKIN, 'allergen_exposure', 'rash', 'itchy_rash']),
    questions: () => ['lip_tongue_swelling', 'throat_tightness', 'breathlessness', 'wheeze', 'dizziness'],
    fires: (ctx) => anyYes(ctx, ALLERGIC_SKIN) && anyYes(ctx, AIRWAY_OR_CIRCULATION),
  },
  {
    // Life-threatening breathing: breathless at rest/unable to speak, blue lips, or in small children apnoea,
    // grunting or marked recession: BTS/SIGN British guideline on asthma 2019; NICE NG9 Bronchiolitis (2015, updated 2021).
    id: 'severe_breathing_difficulty',
    urgency: 'ambulance',
    name: {
      ru: 'Тяжёлое затруднение дыхания (одышка в покое, синие губы, остановки дыхания)',
      en: 'Severe breathing difficulty (breathless at rest, blue lips, pauses in breathing)',
    },
    advice: { ru: 'Вызовите скорую (103/112).', en: 'Call an ambulance (103/112).' },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, [
        'breathlessness',
        'wheeze',
        'fast_breathing',
        'stridor',
        'barking_cough',
        'chest_tightness',
      ]) ||
      (ctx.ageMonths < 24 && ctx.yes('cough')),
    questions: (ctx) => [
      'severe_breathlessness',
      'blue_lips',
      ...(ctx.ageMonths < 24 ? ['apnoea', 'grunting', 'chest_recession'] : []),
    ],
    fires: (ctx) =>
      anyYes(ctx, ['severe_breathlessness', 'blue_lips']) ||
      (ctx.ageMonths < 24 && anyYes(ctx, ['apnoea', 'grunting'])) ||
      (ctx.yes('stridor') && ctx.yes('chest_recession')),
  },
  {
    // Stridor, or drooling and inability to swallow saliva, suggests upper-airway narrowing (croup, epiglottitis,
    // quinsy): NICE CKS Croup (2023); NICE NG84 Sore throat (acute) (2018) — refer if stridor or drooling.
    id: 'upper_airway_narrowing',
    urgency: 'emergency_department',
    name: {
      ru: 'Шумный (стридорозный) вдох или невозможность проглотить слюну',
      en: 'Noisy breathing in (stridor) or unable to swallow saliva',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; если трудно дышать — 103/112.',
      en: 'Go to the emergency department now; if struggling to breathe, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, ['barking_cough', 'hoarse_voice', 'sore_throat', 'painful_swallowing', 'stridor']),
    questions: () => ['stridor', 'drooling'],
    fires: (ctx) => anyYes(ctx, ['stridor', 'drooling']),
  },
  {
    // Under-2s with fast breathing and feeding < 50% of usual need hospital assessment:
    // NICE NG9 Bronchiolitis in children (2015, updated 2021).
    id: 'infant_breathing_and_feeding',
    urgency: 'emergency_department',
    name: {
      ru: 'Малыш дышит часто и ест меньше половины обычного',
      en: 'Infant breathing fast and feeding less than half of usual',
    },
    advice: {
      ru: 'Сегодня же покажите ребёнка врачу в приёмном отделении.',
      en: 'Take the child to the emergency department today.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < 24 && anyYes(ctx, ['cough', 'wheeze', 'runny_nose', 'fast_breathing']),
    questions: () => ['fast_breathing', 'poor_feeding'],
    fires: (ctx) => ctx.ageMonths < 24 && ctx.yes('fast_breathing') && ctx.yes('poor_feeding'),
  },
];
