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

const ALLERGENS = ['allergen_exposure', 'insect_sting'];
const ANAPHYLAXIS_ADVICE = {
  ru: 'Вызовите скорую (103/112). Если есть автоинжектор адреналина — введите его сейчас. Лягте, приподняв ноги.',
  en: 'Call an ambulance (103/112). If you have an adrenaline auto-injector, use it now. Lie down with legs raised.',
};

// Croup is a disease of children from 6 months to 6 years (peak in the second year): NICE CKS Croup (2023).
const CROUP_AGE_MAX_MONTHS = 72;

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
    advice: ANAPHYLAXIS_ADVICE,
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, [...ALLERGIC_SKIN, ...ALLERGENS, 'rash', 'itchy_rash']),
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
    // Parents often call any noisy breathing "wheezing": in a child of croup age (6 months to 6 years, NICE CKS Croup
    // 2023) with wheeze, cough or breathlessness, stridor is asked too.
    relevant: (ctx) =>
      anyYes(ctx, ['barking_cough', 'hoarse_voice', 'sore_throat', 'painful_swallowing', 'stridor']) ||
      (ctx.ageMonths < CROUP_AGE_MAX_MONTHS && anyYes(ctx, ['wheeze', 'breathlessness', 'cough'])),
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
  {
    // Exposure to a likely allergen (sting, food, medicine) followed by breathing problems or collapse is
    // anaphylaxis even without skin signs: WAO Anaphylaxis guidance 2020 (criterion 2); Resuscitation Council UK 2021.
    id: 'allergen_with_breathing_or_collapse',
    urgency: 'ambulance',
    name: {
      ru: 'Одышка, хрипы или обморок сразу после укуса насекомого, еды или лекарства',
      en: 'Breathing trouble or collapse right after a sting, food or medicine',
    },
    advice: ANAPHYLAXIS_ADVICE,
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ALLERGENS),
    questions: () => ['breathlessness', 'wheeze', 'throat_tightness', 'fainting'],
    fires: (ctx) =>
      anyYes(ctx, ALLERGENS) &&
      anyYes(ctx, ['breathlessness', 'wheeze', 'stridor', 'throat_tightness', 'fainting', 'bp_low']),
  },
  {
    // Swelling of the lips, tongue or face without breathing problems can still progress to airway obstruction
    // (allergic or ACE-inhibitor angioedema): same-day emergency observation: Resuscitation Council UK anaphylaxis
    // 2021; BSACI guideline for angioedema 2022.
    id: 'angioedema',
    urgency: 'emergency_department',
    name: { ru: 'Отёк губ, языка или лица', en: 'Swelling of the lips, tongue or face' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; при затруднении дыхания или глотания — 103/112 и адреналин, если есть автоинжектор.',
      en: 'Go to the emergency department now; if breathing or swallowing gets difficult, call 103/112 and use an adrenaline auto-injector if you have one.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['hives', 'itchy_rash', 'allergen_exposure', 'insect_sting']),
    questions: () => ['lip_tongue_swelling'],
    fires: (ctx) => ctx.yes('lip_tongue_swelling'),
  },
  {
    // Asthma with the reliever not helping = acute severe/life-threatening asthma: BTS/SIGN British guideline on
    // asthma 2019; NICE/BTS/SIGN NG245 Asthma (2024); GINA 2024 — call an ambulance.
    id: 'asthma_reliever_not_helping',
    urgency: 'ambulance',
    name: {
      ru: 'Приступ астмы: ингалятор не помогает или трудно договорить фразу',
      en: 'Asthma attack: the reliever is not helping or cannot finish a sentence',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Сядьте прямо, делайте по 1 вдоху сальбутамола каждые 30–60 секунд, до 10 вдохов; повторите через 10 минут, если скорой ещё нет.',
      en: 'Call an ambulance (103/112). Sit up and take 1 puff of your reliever every 30–60 seconds, up to 10 puffs; repeat after 10 minutes if the ambulance has not come.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['asthma_history', 'wheeze', 'chest_tightness']),
    questions: () => ['reliever_not_helping', 'severe_breathlessness'],
    fires: (ctx) =>
      anyYes(ctx, ['asthma_history', 'wheeze']) &&
      anyYes(ctx, ['reliever_not_helping', 'severe_breathlessness']),
  },
  {
    // Needing the reliever more often than every 4 hours = a worsening asthma attack needing same-day review:
    // BTS/SIGN 2019 and Asthma + Lung UK action plan; NICE/BTS/SIGN NG245 Asthma (2024).
    id: 'asthma_worsening',
    urgency: 'within_24h',
    name: {
      ru: 'Астма ухудшается: ингалятор нужен чаще, чем раз в 4 часа',
      en: 'Worsening asthma: needing the reliever more often than every 4 hours',
    },
    advice: {
      ru: 'Обратитесь к врачу сегодня. Если ингалятор перестанет помогать или станет трудно говорить — 103/112.',
      en: 'See a doctor today. If the reliever stops helping or it gets hard to talk, call 103/112.',
    },
    specialist: 'pulmonologist',
    relevant: (ctx) => anyYes(ctx, ['asthma_history', 'wheeze']),
    questions: () => ['reliever_every_4_hours'],
    fires: (ctx) => ctx.yes('reliever_every_4_hours'),
  },
  {
    // A choking episode followed by cough, wheeze or breathlessness = possible inhaled foreign body (bronchoscopy):
    // Resuscitation Council UK Paediatric BLS / choking 2021; ERC Guidelines 2021.
    id: 'inhaled_foreign_body',
    urgency: 'emergency_department',
    name: {
      ru: 'Кашель или хрипы после эпизода поперхивания',
      en: 'Cough or wheeze after a choking episode',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас. Если не может дышать, говорить или кашлять — 103/112 и приёмы при удушье (удары по спине, толчки в живот).',
      en: 'Go to the emergency department now. If they cannot breathe, talk or cough, call 103/112 and give back blows and abdominal thrusts.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['cough', 'wheeze']) && ctx.ageMonths < 96,
    questions: () => ['choking_episode'],
    fires: (ctx) =>
      ctx.yes('choking_episode') && anyYes(ctx, ['cough', 'wheeze', 'breathlessness', 'stridor']),
  },
];
