import { FEVER_C, HIGH_FEVER_C } from '../knowledge/derive-vitals.js';
import { anyYes, type RedFlagRule } from './types.js';

// Fever thresholds by age: NICE NG143 Fever in under 5s (2019, updated 2021): any fever ≥ 38 °C under 3 months is
// "red" (high risk); ≥ 39 °C at 3–6 months is "amber".
const UNDER_3_MONTHS = 3;
const UNDER_6_MONTHS = 6;
const UNDER_5_YEARS = 60;
// Fever lasting 5 days or more in an under-5 is "amber" (consider Kawasaki disease): NICE NG143 (2019, updated 2021).
const LONG_FEVER_DAYS = 5;

const hasFever = (ctx: Parameters<RedFlagRule['fires']>[0]): boolean => {
  const t = ctx.value('temperature_c');
  return t !== undefined ? t >= FEVER_C : ctx.yes('fever');
};

export const paediatricRules: RedFlagRule[] = [
  {
    id: 'infant_under_3_months_fever',
    urgency: 'emergency_department',
    name: {
      ru: `Температура ${FEVER_C.toFixed(1).replace('.', ',')} °C и выше у ребёнка до 3 месяцев`,
      en: `Temperature of ${FEVER_C.toFixed(1)} °C or higher in a baby under 3 months`,
    },
    advice: {
      ru: 'Сегодня же, без промедления, покажите ребёнка врачу в приёмном отделении; при вялости или плохом дыхании — 103/112.',
      en: 'Take the baby to the emergency department now; if floppy or breathing badly, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_3_MONTHS,
    questions: () => ['temperature_c', 'fever'],
    fires: (ctx) => ctx.ageMonths < UNDER_3_MONTHS && hasFever(ctx),
  },
  {
    id: 'infant_3_6_months_high_fever',
    urgency: 'within_24h',
    name: {
      ru: `Температура ${HIGH_FEVER_C.toFixed(1).replace('.', ',')} °C и выше у ребёнка 3–6 месяцев`,
      en: `Temperature of ${HIGH_FEVER_C.toFixed(1)} °C or higher in a baby aged 3–6 months`,
    },
    advice: {
      ru: 'Покажите ребёнка врачу сегодня.',
      en: 'Have the baby seen by a doctor today.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths >= UNDER_3_MONTHS && ctx.ageMonths < UNDER_6_MONTHS && ctx.yes('fever'),
    questions: () => ['temperature_c'],
    fires: (ctx) =>
      ctx.ageMonths >= UNDER_3_MONTHS &&
      ctx.ageMonths < UNDER_6_MONTHS &&
      (ctx.value('temperature_c') ?? 0) >= HIGH_FEVER_C,
  },
  {
    // NICE NG143 "red" features in under-5s: pale/mottled skin, not waking/floppy, weak high-pitched or continuous
    // cry, bulging fontanelle, grunting.
    id: 'child_red_traffic_light',
    urgency: 'emergency_department',
    name: {
      ru: 'Тревожные признаки у малыша: вялость, мраморная кожа, слабый пронзительный плач',
      en: 'Danger signs in a young child: floppy, mottled skin, weak high-pitched cry',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение; если ребёнка трудно разбудить — 103/112.',
      en: 'Go to the emergency department now; if the child is hard to wake, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) =>
      ctx.ageMonths < UNDER_5_YEARS &&
      anyYes(ctx, ['fever', 'poor_feeding', 'irritability', 'vomiting', 'diarrhoea', 'cough']),
    questions: (ctx) => ['lethargy', 'mottled_skin', ...(ctx.ageMonths < 24 ? ['high_pitched_cry'] : [])],
    fires: (ctx) =>
      ctx.ageMonths < UNDER_5_YEARS &&
      anyYes(ctx, ['lethargy', 'mottled_skin', 'high_pitched_cry', 'bulging_fontanelle']),
  },
  {
    // Clinical dehydration with red-flag signs (sunken eyes with little urine or no tears, sunken fontanelle,
    // lethargy with fluid loss): NICE CG84 Diarrhoea and vomiting in under 5s (2009).
    id: 'severe_dehydration',
    urgency: 'emergency_department',
    name: {
      ru: 'Признаки выраженного обезвоживания',
      en: 'Signs of significant dehydration',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас. Пока едете — давайте пить маленькими глотками.',
      en: 'Go to the emergency department now. Keep giving small sips of fluid on the way.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) =>
      anyYes(ctx, ['vomiting', 'diarrhoea', 'repeated_vomiting']) &&
      (ctx.ageMonths < UNDER_5_YEARS || ctx.yes('little_urine')),
    questions: (ctx) => [
      'little_urine',
      'sunken_eyes',
      ...(ctx.ageMonths < UNDER_5_YEARS ? ['no_tears'] : []),
      ...(ctx.ageMonths < 18 ? ['sunken_fontanelle'] : []),
      'lethargy',
    ],
    fires: (ctx) =>
      (ctx.yes('sunken_eyes') && anyYes(ctx, ['little_urine', 'no_tears'])) ||
      ctx.yes('sunken_fontanelle') ||
      (ctx.yes('lethargy') && anyYes(ctx, ['vomiting', 'diarrhoea'])),
  },
  {
    id: 'child_long_fever',
    urgency: 'within_24h',
    name: {
      ru: `Температура у ребёнка держится ${LONG_FEVER_DAYS} дней и дольше`,
      en: `Fever in a child lasting ${LONG_FEVER_DAYS} days or more`,
    },
    advice: { ru: 'Покажите ребёнка врачу сегодня.', en: 'Have the child seen by a doctor today.' },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_5_YEARS && ctx.yes('fever'),
    questions: () => ['duration_days'],
    fires: (ctx) =>
      ctx.ageMonths < UNDER_5_YEARS &&
      ctx.yes('fever') &&
      (ctx.value('duration_days') ?? 0) >= LONG_FEVER_DAYS,
  },
];
