import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

const pregnant = (ctx: RedFlagContext): boolean => ctx.sex === 'female' && ctx.yes('pregnant');
const postpartum = (ctx: RedFlagContext): boolean => ctx.sex === 'female' && ctx.yes('recently_gave_birth');
// Pre-eclampsia symptoms after 20 weeks: severe headache, visual disturbance, pain below the ribs, vomiting, sudden
// swelling of face/hands, new hypertension ≥ 140/90: NICE NG133 Hypertension in pregnancy (2019, updated 2023).
const PRE_ECLAMPSIA = [
  'headache',
  'blurred_vision',
  'upper_abdominal_pain',
  'right_upper_pain',
  'face_hand_swelling',
  'bp_high',
];
// Severe hypertension in pregnancy is 160/110 or higher: NICE NG133 (2019, updated 2023).
const SEVERE_PREGNANCY_BP = { systolic: 160, diastolic: 110 } as const;
const COLLAPSE = ['fainting', 'near_fainting', 'bp_low', 'pale_skin'];

export const pregnancyRules: RedFlagRule[] = [
  {
    // Very heavy bleeding after childbirth, or bleeding with faintness = postpartum haemorrhage (primary or
    // secondary): RCOG Green-top Guideline 52 Postpartum haemorrhage (2016); NICE NG194 Postnatal care (2021).
    id: 'postpartum_haemorrhage',
    urgency: 'ambulance',
    name: {
      ru: 'Сильное кровотечение после родов или кровотечение со слабостью',
      en: 'Heavy bleeding after giving birth, or bleeding with faintness',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Лягте, не оставайтесь одна.',
      en: 'Call an ambulance (103/112). Lie down and do not stay alone.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) =>
      postpartum(ctx) && anyYes(ctx, ['vaginal_bleeding', 'heavy_vaginal_bleeding', 'dizziness']),
    questions: () => ['heavy_vaginal_bleeding', 'fainting', 'near_fainting'],
    fires: (ctx) =>
      postpartum(ctx) &&
      (ctx.yes('heavy_vaginal_bleeding') || (ctx.yes('vaginal_bleeding') && anyYes(ctx, COLLAPSE))),
  },
  {
    // Bleeding in pregnancy with faintness or collapse = major haemorrhage (ectopic rupture, abruption, previa):
    // RCOG Green-top Guideline 63 Antepartum haemorrhage (2011); NICE NG126 Ectopic pregnancy and miscarriage (2019, updated 2023).
    id: 'pregnancy_bleeding_collapse',
    urgency: 'ambulance',
    name: {
      ru: 'Кровотечение при беременности с обмороком или слабостью',
      en: 'Bleeding in pregnancy with fainting or feeling faint',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Лягте на левый бок, ничего не ешьте и не пейте.',
      en: 'Call an ambulance (103/112). Lie on your left side and do not eat or drink.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx) && anyYes(ctx, ['vaginal_bleeding', 'heavy_vaginal_bleeding']),
    questions: () => ['fainting', 'near_fainting', 'heavy_vaginal_bleeding'],
    fires: (ctx) =>
      pregnant(ctx) &&
      anyYes(ctx, ['vaginal_bleeding', 'heavy_vaginal_bleeding']) &&
      anyYes(ctx, [...COLLAPSE, 'heavy_vaginal_bleeding']),
  },
  {
    // Any vaginal bleeding in pregnancy needs same-day assessment (early pregnancy unit or maternity triage):
    // RCOG Green-top Guideline 63 (2011); NICE NG126 (2019, updated 2023).
    id: 'pregnancy_bleeding',
    urgency: 'emergency_department',
    name: { ru: 'Кровотечение при беременности', en: 'Bleeding in pregnancy' },
    advice: {
      ru: 'Сейчас же обратитесь в родильный дом или приёмное отделение (гинекология).',
      en: 'Go to the maternity unit or emergency department now.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx),
    questions: () => ['vaginal_bleeding'],
    fires: (ctx) => pregnant(ctx) && anyYes(ctx, ['vaginal_bleeding', 'heavy_vaginal_bleeding']),
  },
  {
    // Pre-eclampsia symptoms after 20 weeks: NICE NG133 Hypertension in pregnancy (2019, updated 2023).
    id: 'pre_eclampsia_signs',
    urgency: 'emergency_department',
    name: {
      ru: 'Признаки преэклампсии: головная боль, нарушение зрения, боль под рёбрами, отёки или давление 140/90 после 20 недель',
      en: 'Pre-eclampsia signs after 20 weeks: headache, vision problems, pain below the ribs, swelling or BP 140/90',
    },
    advice: {
      ru: 'Сегодня же, сейчас, обратитесь в родильный дом (приёмное отделение). При судорогах или сильнейшей головной боли — 103/112.',
      en: 'Go to the maternity unit now. If there is a seizure or a very severe headache, call 103/112.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx) && ctx.yes('pregnancy_over_20_weeks'),
    questions: () => [
      'headache',
      'blurred_vision',
      'face_hand_swelling',
      'upper_abdominal_pain',
      'bp_systolic',
      'bp_diastolic',
    ],
    fires: (ctx) => pregnant(ctx) && ctx.yes('pregnancy_over_20_weeks') && anyYes(ctx, PRE_ECLAMPSIA),
  },
  {
    // Severe hypertension (≥ 160/110) or a seizure in pregnancy after 20 weeks = severe pre-eclampsia/eclampsia;
    // NICE NG133 (2019, updated 2023) — admit immediately. Uses the 180/120 derived flag or the systolic ≥ 160 value.
    id: 'severe_pre_eclampsia',
    urgency: 'ambulance',
    name: {
      ru: 'Беременность после 20 недель: давление 160/110 и выше или судороги',
      en: 'Pregnant over 20 weeks with BP 160/110 or higher or a seizure',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Лягте на левый бок.',
      en: 'Call an ambulance (103/112). Lie on your left side.',
    },
    specialist: 'gynaecologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      pregnant(ctx) &&
      ctx.yes('pregnancy_over_20_weeks') &&
      (ctx.yes('seizure') ||
        ctx.yes('bp_very_high') ||
        (ctx.value('bp_systolic') ?? 0) >= SEVERE_PREGNANCY_BP.systolic ||
        (ctx.value('bp_diastolic') ?? 0) >= SEVERE_PREGNANCY_BP.diastolic),
  },
  {
    // Reduced fetal movements: contact the maternity unit the same day, do not wait until the next day:
    // RCOG Green-top Guideline 57 Reduced fetal movements (2011); NHS England Saving Babies' Lives v3 (2023).
    id: 'reduced_fetal_movements',
    urgency: 'emergency_department',
    name: { ru: 'Ребёнок шевелится меньше обычного', en: 'Baby moving less than usual' },
    advice: {
      ru: 'Сейчас же позвоните в родильный дом или приезжайте в приёмное отделение роддома — не ждите до завтра.',
      en: 'Call or go to your maternity unit now — do not wait until tomorrow.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx) && ctx.yes('pregnancy_over_20_weeks'),
    questions: () => ['reduced_fetal_movements'],
    fires: (ctx) => pregnant(ctx) && ctx.yes('reduced_fetal_movements'),
  },
  {
    // Waters breaking before 37 weeks (preterm prelabour rupture of membranes): maternity assessment now:
    // NICE NG25 Preterm labour and birth (2015, updated 2022). Unknown gestation is treated as preterm.
    id: 'preterm_waters_broken',
    urgency: 'emergency_department',
    name: {
      ru: 'Подтекание вод до 37 недель беременности',
      en: 'Waters breaking before 37 weeks of pregnancy',
    },
    advice: {
      ru: 'Сейчас же поезжайте в родильный дом; при кровотечении или сильной боли — 103/112.',
      en: 'Go to the maternity unit now; if bleeding or in severe pain, call 103/112.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx),
    questions: (ctx) => ['waters_broken', ...(ctx.yes('waters_broken') ? ['pregnancy_over_37_weeks'] : [])],
    fires: (ctx) => pregnant(ctx) && ctx.yes('waters_broken') && !ctx.yes('pregnancy_over_37_weeks'),
  },
  {
    // Vomiting in pregnancy with no fluids kept down, little urine or ketones in the urine = hyperemesis gravidarum
    // (its definition includes ketonuria), same-day assessment for fluids and antiemetics in a day unit:
    // RCOG Green-top Guideline 69 Nausea and vomiting in pregnancy and hyperemesis gravidarum (2016, updated 2024).
    id: 'hyperemesis',
    urgency: 'within_24h',
    name: {
      ru: 'Неукротимая рвота при беременности',
      en: 'Severe vomiting in pregnancy',
    },
    advice: {
      ru: 'Обратитесь к врачу (в женскую консультацию или дневной стационар) сегодня.',
      en: 'See a doctor or the maternity day unit today.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => pregnant(ctx) && ctx.yes('vomiting'),
    questions: () => ['repeated_vomiting', 'little_urine', 'ketones_positive'],
    fires: (ctx) =>
      pregnant(ctx) &&
      (ctx.yes('repeated_vomiting') ||
        (anyYes(ctx, ['vomiting', 'nausea']) && anyYes(ctx, ['little_urine', 'ketones_positive']))),
  },
];
