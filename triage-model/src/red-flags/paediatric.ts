import { ADULT_AGE_MONTHS as ADULT_MONTHS } from '../knowledge/age-bands.js';
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
    // Any fever ≥ 38 °C under 3 months is red: NICE NG143 (2019, updated 2021).
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
    // ≥ 39 °C at 3–6 months is amber: NICE NG143 (2019, updated 2021).
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
    // Red features in under-5s: NICE NG143 Fever in under 5s (2019, updated 2021).
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
    // Counts the fever's own days, not how long any symptom has lasted.
    // Fever ≥ 5 days in an under-5 is amber (Kawasaki disease): NICE NG143 (2019, updated 2021).
    id: 'child_long_fever',
    urgency: 'within_24h',
    name: {
      ru: `Температура у ребёнка держится ${LONG_FEVER_DAYS} дней и дольше`,
      en: `Fever in a child lasting ${LONG_FEVER_DAYS} days or more`,
    },
    advice: { ru: 'Покажите ребёнка врачу сегодня.', en: 'Have the child seen by a doctor today.' },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_5_YEARS && ctx.yes('fever'),
    questions: () => ['fever_days'],
    fires: (ctx) => ctx.ageMonths < UNDER_5_YEARS && (ctx.value('fever_days') ?? 0) >= LONG_FEVER_DAYS,
  },
  {
    // Red-currant jelly stool (blood and mucus) in a young child = intussusception until proven otherwise:
    // NICE CKS Diarrhoea – children / NICE CG84 (2009); APLS 7th ed. 2023. Peak age 3 months–3 years, rare after 6.
    id: 'redcurrant_jelly_stool',
    urgency: 'emergency_department',
    name: {
      ru: 'Стул в виде «малинового желе» у ребёнка',
      en: 'Red-currant jelly stool in a young child',
    },
    advice: {
      ru: 'Сейчас же покажите ребёнка врачу в приёмном отделении (детская хирургия).',
      en: 'Take the child to the emergency department now (paediatric surgery).',
    },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.ageMonths < 72 && anyYes(ctx, ['bloody_stool', 'irritability', 'vomiting']),
    questions: () => ['redcurrant_jelly_stool'],
    fires: (ctx) => ctx.ageMonths < 72 && ctx.yes('redcurrant_jelly_stool'),
  },
  {
    // Blood in the stool of a baby under 1 year always needs same-day hospital assessment (intussusception, volvulus,
    // necrotising enterocolitis, infective colitis): NICE CG84 (2009); NICE CKS Diarrhoea – children (2023).
    id: 'infant_any_bloody_stool',
    urgency: 'emergency_department',
    name: { ru: 'Кровь в стуле у младенца до 1 года', en: 'Blood in the stool of a baby under 1 year' },
    advice: {
      ru: 'Сегодня же, сейчас, покажите ребёнка врачу в приёмном отделении; возьмите подгузник или его фото.',
      en: 'Take the baby to the emergency department now; bring the nappy or a photo of it.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) =>
      ctx.ageMonths < 12 && anyYes(ctx, ['diarrhoea', 'vomiting', 'irritability', 'constipation']),
    questions: () => ['bloody_stool'],
    fires: (ctx) => ctx.ageMonths < 12 && anyYes(ctx, ['bloody_stool', 'redcurrant_jelly_stool']),
  },
  {
    // Green (bile) vomiting in a child = intestinal obstruction (malrotation with volvulus in babies) until proven
    // otherwise: NICE CG84 (2009) and CKS Gastroenteritis (2023) red flags; BAPS 2020 bilious vomiting guidance.
    id: 'child_bilious_vomiting',
    urgency: 'emergency_department',
    name: { ru: 'Рвота зелёным (желчью) у ребёнка', en: 'Green (bile) vomiting in a child' },
    advice: {
      ru: 'Сейчас же покажите ребёнка врачу в приёмном отделении (детская хирургия); не кормите до осмотра.',
      en: 'Take the child to the emergency department now (paediatric surgery); do not feed before they are examined.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.ageMonths < ADULT_MONTHS && anyYes(ctx, ['vomiting', 'repeated_vomiting']),
    questions: () => ['green_vomit'],
    fires: (ctx) => ctx.ageMonths < ADULT_MONTHS && ctx.yes('green_vomit'),
  },
  {
    // Forceful (projectile) vomiting after every feed at 2–8 weeks = pyloric stenosis: NICE CKS Gastroenteritis /
    // Vomiting in children (2023) — same-day paediatric surgical assessment.
    id: 'infant_projectile_vomiting',
    urgency: 'within_24h',
    name: {
      ru: 'Рвота «фонтаном» после кормлений у младенца',
      en: 'Projectile vomiting after feeds in a baby',
    },
    advice: {
      ru: 'Покажите малыша врачу сегодня. Если мочится меньше, вялый или рвота зелёная — в приёмное отделение сейчас.',
      en: 'Have the baby seen today. If fewer wet nappies, floppy or the vomit is green, go to the emergency department now.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < 6 && ctx.yes('vomiting'),
    questions: () => ['projectile_vomiting'],
    fires: (ctx) => ctx.ageMonths < 6 && ctx.yes('projectile_vomiting'),
  },
];
