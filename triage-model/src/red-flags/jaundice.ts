import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

// NICE CG98 Jaundice in newborn babies under 28 days (2010, updated 2023): visible jaundice in the first 24 hours →
// bilirubin within 2 hours (emergency); jaundice lasting beyond 14 days (term) → assessment for prolonged jaundice,
// urgently if the stool is pale or the urine dark (biliary atresia — surgery is best before 6–8 weeks).
const PROLONGED_JAUNDICE_DAYS = 14;
const UNDER_1_MONTH = 1;
const UNDER_3_MONTHS = 3;
const DAYS_PER_MONTH = 30.4;

/** The baby's age in days: asked for newborns, otherwise estimated from whole months. */
const ageDays = (ctx: RedFlagContext): number =>
  ctx.value('newborn_age_days') ?? (ctx.ageMonths >= UNDER_1_MONTH ? ctx.ageMonths * DAYS_PER_MONTH : 0);
const infantJaundice = (ctx: RedFlagContext): boolean =>
  ctx.ageMonths < UNDER_3_MONTHS && ctx.yes('jaundice');

export const jaundiceRules: RedFlagRule[] = [
  {
    // Jaundice in the first 24 hours: NICE CG98 Jaundice in newborn babies (2010, updated 2023).
    id: 'newborn_jaundice_first_day',
    urgency: 'emergency_department',
    name: {
      ru: 'Желтуха, появившаяся в первые 24 часа жизни',
      en: 'Jaundice that appeared in the first 24 hours of life',
    },
    advice: {
      ru: 'Сейчас же покажите малыша врачу в приёмном отделении (нужен анализ билирубина в ближайшие 2 часа).',
      en: 'Take the baby to the emergency department now (a bilirubin test is needed within 2 hours).',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_1_MONTH && ctx.yes('jaundice'),
    questions: () => ['jaundice_first_day'],
    fires: (ctx) => ctx.ageMonths < UNDER_1_MONTH && ctx.yes('jaundice_first_day'),
  },
  {
    // Jaundice beyond 14 days: NICE CG98 (2010, updated 2023).
    id: 'prolonged_newborn_jaundice',
    urgency: 'within_24h',
    name: {
      ru: 'Желтуха у малыша старше 14 дней',
      en: 'Jaundice in a baby older than 14 days',
    },
    advice: {
      ru: 'Покажите малыша педиатру сегодня. Если стул светлый или моча тёмная — как можно скорее.',
      en: 'Have the baby seen by a doctor today, sooner if the stool is pale or the urine dark.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => infantJaundice(ctx),
    questions: (ctx) => [
      ...(ctx.ageMonths < UNDER_1_MONTH ? ['newborn_age_days'] : []),
      'pale_stools',
      'dark_urine',
    ],
    fires: (ctx) => infantJaundice(ctx) && ageDays(ctx) > PROLONGED_JAUNDICE_DAYS,
  },
  {
    // Pale stool in a young baby (biliary atresia): NICE CG98 (2010, updated 2023).
    id: 'infant_pale_stool',
    urgency: 'within_24h',
    name: {
      ru: 'Светлый (белёсый) стул у малыша до 3 месяцев',
      en: 'Pale, chalky stool in a baby under 3 months',
    },
    advice: {
      ru: 'Сегодня же покажите малыша педиатру и возьмите фото подгузника со стулом.',
      en: 'Have the baby seen by a doctor today and bring a photo of the stool in the nappy.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_3_MONTHS && anyYes(ctx, ['jaundice', 'dark_urine']),
    questions: () => ['pale_stools'],
    fires: (ctx) => ctx.ageMonths < UNDER_3_MONTHS && ctx.yes('pale_stools'),
  },
  {
    // Jaundice with fever (with or without pain under the right ribs) = possible cholangitis (Charcot triad):
    // Tokyo Guidelines 2018 (TG18) for acute cholangitis; also severe hepatitis, malaria, leptospirosis.
    id: 'jaundice_with_fever',
    urgency: 'emergency_department',
    name: { ru: 'Желтуха с температурой', en: 'Jaundice with fever' },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.ageMonths >= UNDER_3_MONTHS && ctx.yes('jaundice'),
    questions: () => ['fever', 'right_upper_pain', 'confusion'],
    fires: (ctx) =>
      ctx.ageMonths >= UNDER_3_MONTHS && ctx.yes('jaundice') && anyYes(ctx, ['fever', 'chills']),
  },
  {
    // Jaundice with confusion or drowsiness = acute liver failure with encephalopathy: EASL Clinical Practice
    // Guidelines on acute (fulminant) liver failure 2017.
    id: 'jaundice_with_confusion',
    urgency: 'ambulance',
    name: { ru: 'Желтуха со спутанностью или сонливостью', en: 'Jaundice with confusion or drowsiness' },
    advice: { ru: 'Вызовите скорую (103/112).', en: 'Call an ambulance (103/112).' },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('jaundice') && anyYes(ctx, ['confusion', 'lethargy', 'unresponsive']),
  },
  {
    // New jaundice in an older child or adult needs blood tests the same day (hepatitis, obstruction, haemolysis;
    // over 40 a cancer pathway): BSG guidelines on the management of abnormal liver blood tests 2018; NICE NG12
    // Suspected cancer (2015, updated 2023).
    id: 'new_jaundice',
    urgency: 'within_24h',
    name: { ru: 'Впервые появившаяся желтуха', en: 'New yellowing of the skin or eyes' },
    advice: {
      ru: 'Сегодня же обратитесь к врачу для анализов крови. При температуре, сильной боли или спутанности — в приёмное отделение.',
      en: 'See a doctor today for blood tests. With fever, severe pain or confusion, go to the emergency department.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.ageMonths >= UNDER_3_MONTHS && ctx.yes('jaundice'),
  },
];
