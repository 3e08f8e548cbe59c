import { anyYes, type RedFlagRule } from './types.js';

const MOOD = ['low_mood', 'anhedonia', 'worry', 'panic_attacks'];

// Suicidal thoughts need same-day assessment, a plan or intent needs emergency help now:
// NICE NG225 Self-harm (2022); WHO mhGAP Intervention Guide 2.0 (2016).
const CRISIS_ADVICE = {
  ru: 'Вы не одни. Позвоните 112 или на бесплатную горячую линию психологической помощи 8-800-2000-122 (для детей и подростков) / 051 (Москва). Не оставайтесь одни.',
  en: 'You are not alone. Call 112 or a crisis line now (in Russia 8-800-2000-122 for young people, 051 in Moscow). Do not stay alone.',
};

export const mentalHealthRules: RedFlagRule[] = [
  {
    id: 'suicide_plan',
    urgency: 'ambulance',
    name: {
      ru: 'Мысли о самоубийстве с планом или намерением',
      en: 'Suicidal thoughts with a plan or intent',
    },
    advice: CRISIS_ADVICE,
    specialist: 'psychiatrist',
    relevant: (ctx) => ctx.yes('suicidal_thoughts'),
    questions: () => ['suicide_plan'],
    fires: (ctx) => ctx.yes('suicidal_thoughts') && ctx.yes('suicide_plan'),
  },
  {
    id: 'suicidal_thoughts',
    urgency: 'emergency_department',
    name: { ru: 'Мысли о самоубийстве или самоповреждении', en: 'Thoughts of suicide or self-harm' },
    advice: CRISIS_ADVICE,
    specialist: 'psychiatrist',
    relevant: (ctx) => ctx.ageMonths >= 96 && anyYes(ctx, MOOD),
    questions: () => ['suicidal_thoughts'],
    fires: (ctx) => ctx.yes('suicidal_thoughts'),
  },
];
