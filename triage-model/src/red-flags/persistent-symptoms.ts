import { type RedFlagContext, type RedFlagRule } from './types.js';

/**
 * Warning signs that are never for self-care, however well the patient feels: a doctor should see them within days
 * or weeks (the suspected-cancer pathways of NICE NG12 and the "see a GP if it lasts" thresholds of NICE CKS). Each
 * only sets a floor of "planned": the interview asks nothing for them, and their urgent presentations have rules
 * of their own.
 */

const ADULT_MONTHS = 16 * 12;
/** Illness duration in days, as the patient gave it. */
const days = (ctx: RedFlagContext): number => ctx.value('duration_days') ?? 0;

/**
 * A cough is chronic after 3 weeks in adults (NICE CKS Cough 2023; NICE NG12 Suspected cancer 2015, updated 2023:
 * an unexplained cough of 3 weeks at 40 or over → chest X-ray) and after 4 weeks in children (CHEST Expert Panel
 * Report on chronic cough in children, Chang et al. 2017).
 */
const CHRONIC_COUGH_DAYS = { adult: 21, child: 28 };
/** Hoarseness for 3 weeks or more needs laryngoscopy (NICE CKS Hoarseness 2021; NICE NG12 2015, updated 2023). */
const PERSISTENT_HOARSENESS_DAYS = 21;
/** Rectal bleeding at 50 or over is referred on the suspected-cancer pathway (NICE NG12 2015, updated 2023). */
const RECTAL_BLEEDING_REFERRAL_MONTHS = 50 * 12;
/** Older people who fall are offered a falls risk assessment (NICE CG161 Falls in older people 2013). */
const FALLS_ASSESSMENT_MONTHS = 65 * 12;

const SEE_A_DOCTOR = {
  ru: 'Запишитесь к врачу в ближайшие дни: это нужно обследовать, даже если самочувствие хорошее.',
  en: 'Book a doctor in the next few days: this needs to be looked into, even if you feel well.',
};

export const persistentSymptomRules: RedFlagRule[] = [
  {
    // NICE CKS Cough 2023; NICE NG12 2015, updated 2023; CHEST 2017 (children): see CHRONIC_COUGH_DAYS.
    id: 'chronic_cough',
    urgency: 'planned',
    name: {
      ru: 'Кашель дольше 3 недель (у ребёнка — 4 недель)',
      en: 'A cough lasting over 3 weeks (4 weeks in a child)',
    },
    advice: SEE_A_DOCTOR,
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.yes('cough') &&
      days(ctx) >= (ctx.ageMonths >= ADULT_MONTHS ? CHRONIC_COUGH_DAYS.adult : CHRONIC_COUGH_DAYS.child),
  },
  {
    // NICE CKS Hoarseness 2021; NICE NG12 2015, updated 2023, laryngeal cancer.
    id: 'persistent_hoarseness',
    urgency: 'planned',
    name: { ru: 'Осиплость голоса дольше 3 недель', en: 'A hoarse voice for over 3 weeks' },
    advice: SEE_A_DOCTOR,
    specialist: 'ent',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= ADULT_MONTHS && ctx.yes('hoarse_voice') && days(ctx) >= PERSISTENT_HOARSENESS_DAYS,
  },
  {
    // An ulcer in the mouth unhealed for 3 weeks: NICE NG12 (2015, updated 2023), oral cancer.
    id: 'unhealed_mouth_ulcer',
    urgency: 'planned',
    name: { ru: 'Язва во рту, не заживающая 3 недели', en: 'A mouth ulcer unhealed for 3 weeks' },
    advice: SEE_A_DOCTOR,
    specialist: 'dentist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('mouth_ulcer_3_weeks'),
  },
  {
    // Unintended weight loss and food sticking on swallowing (dysphagia) are suspected-cancer symptoms in adults:
    // NICE NG12 (2015, updated 2023), upper gastrointestinal and other cancers.
    id: 'weight_loss_or_dysphagia',
    urgency: 'planned',
    name: {
      ru: 'Необъяснимое похудение или затруднение глотания',
      en: 'Unexplained weight loss or food sticking when swallowing',
    },
    advice: SEE_A_DOCTOR,
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= ADULT_MONTHS && (ctx.yes('weight_loss') || ctx.yes('swallowing_difficulty')),
  },
  {
    // A new, growing or changing mole: NICE NG12 (2015, updated 2023) and NICE CKS Skin cancers 2023 (weighted
    // 7-point checklist), melanoma.
    id: 'changing_mole',
    urgency: 'planned',
    name: { ru: 'Новая, растущая или меняющаяся родинка', en: 'A new, growing or changing mole' },
    advice: SEE_A_DOCTOR,
    specialist: 'dermatologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('changing_mole'),
  },
  {
    // NICE NG12 2015, updated 2023, colorectal cancer: see RECTAL_BLEEDING_REFERRAL_MONTHS.
    id: 'rectal_bleeding_from_50',
    urgency: 'planned',
    name: { ru: 'Кровь в стуле в 50 лет и старше', en: 'Blood in the stool at 50 or over' },
    advice: SEE_A_DOCTOR,
    specialist: 'gastroenterologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.ageMonths >= RECTAL_BLEEDING_REFERRAL_MONTHS && ctx.yes('bloody_stool'),
  },
  {
    // NICE CG161 Falls in older people 2013: see FALLS_ASSESSMENT_MONTHS.
    id: 'fall_in_older_person',
    urgency: 'planned',
    name: { ru: 'Падение в 65 лет и старше', en: 'A fall at 65 or over' },
    advice: {
      ru: 'Запишитесь к терапевту в ближайшие дни: после падения в пожилом возрасте проверяют давление стоя, лекарства, зрение и равновесие, чтобы падения не повторялись.',
      en: 'Book a therapist in the next few days: after a fall at an older age, blood pressure on standing, medicines, eyesight and balance are checked so that it does not happen again.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.ageMonths >= FALLS_ASSESSMENT_MONTHS && ctx.yes('trauma_fall'),
  },
  {
    // Dark brown ("cola") urine after a fall at 65 or over = muscle breakdown from a long lie (rhabdomyolysis, with
    // dehydration and cold): hospital care against kidney injury: NICE CG161 Falls in older people (2013); KDIGO
    // Clinical Practice Guideline for Acute Kidney Injury (2012).
    id: 'fall_with_dark_urine',
    urgency: 'ambulance',
    name: {
      ru: 'Падение в 65 лет и старше, после которого моча стала тёмно-коричневой',
      en: 'A fall at 65 or over followed by dark brown urine',
    },
    advice: {
      ru: 'Вызовите скорую (103/112): тёмная моча после падения и долгого лежания — признак распада мышц. Укройте, давайте пить маленькими глотками, если человек в сознании.',
      en: 'Call an ambulance (103/112): dark urine after a fall and a long lie is a sign of muscle breakdown. Keep them warm and give sips of water if awake.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= FALLS_ASSESSMENT_MONTHS && ctx.yes('trauma_fall') && ctx.yes('dark_urine'),
  },
];
