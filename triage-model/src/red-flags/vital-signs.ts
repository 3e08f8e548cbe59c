import type { RedFlagContext } from './types.js';
import { anyYes, type RedFlagRule } from './types.js';

// Respiratory rate in under-5s: NICE NG143 Fever in under 5s (2019, updated 2021) — red: > 60 breaths/min at any age;
// amber: > 50 at 6–12 months, > 40 over 12 months.
const RR_RED = 60;
const rrAmber = (ageMonths: number): number | undefined =>
  ageMonths < 6 ? undefined : ageMonths < 12 ? 50 : ageMonths < 60 ? 40 : undefined;
// SpO₂ in air: below 92 % needs hospital oxygen: BTS Guideline for oxygen use in adults 2017; NICE NG9 Bronchiolitis
// (2015, updated 2021). 92–94 % needs same-day review: NHS England COVID Oximetry @home 2021; in under-5s ≤ 95 % is
// amber: NICE NG143 (2019, updated 2021).
const SPO2_LOW = 92;
const spo2SameDayMax = (ageMonths: number): number => (ageMonths < 60 ? 95 : 94);
// Adult pulse at rest: ≥ 150/min or < 40/min is the extreme the RCUK Adult tachycardia and bradycardia algorithms
// (2021) treat as needing an ECG and monitoring now; with an adverse feature (syncope, chest pain = ischaemia,
// breathlessness = heart failure, confusion = shock) it needs treatment on the spot. Children's normal rates differ
// (APLS 6th ed., 2016), so these apply from 16.
const ADULT_PULSE_FROM_MONTHS = 16 * 12;
const PULSE_FAST = 150;
const PULSE_SLOW = 40;
const PULSE_ADVERSE = ['fainting', 'near_fainting', 'chest_pain', 'breathlessness', 'confusion'];
const extremePulse = (ctx: RedFlagContext): boolean => {
  const hr = ctx.value('heart_rate');
  return (
    ctx.ageMonths >= ADULT_PULSE_FROM_MONTHS && hr !== undefined && (hr >= PULSE_FAST || hr < PULSE_SLOW)
  );
};
const BREATHING = ['breathlessness', 'fast_breathing', 'cough', 'wheeze', 'chest_recession', 'grunting'];

const rr = (ctx: RedFlagContext): number | undefined => ctx.value('respiratory_rate');
const spo2 = (ctx: RedFlagContext): number | undefined => ctx.value('oxygen_saturation');

export const vitalSignRules: RedFlagRule[] = [
  {
    // RCUK Adult tachycardia / bradycardia algorithms (2021): an extreme rate with adverse features.
    id: 'extreme_pulse_adverse',
    urgency: 'ambulance',
    name: {
      ru: 'Пульс 150 и чаще или реже 40 в минуту с обмороком, болью в груди или одышкой',
      en: 'Pulse of 150 or more, or under 40, with fainting, chest pain or breathlessness',
    },
    advice: {
      ru: 'Немедленно вызовите скорую (103/112); сядьте или лягте, не садитесь за руль.',
      en: 'Call an ambulance now (103/112); sit or lie down, do not drive.',
    },
    specialist: 'emergency',
    relevant: (ctx) => extremePulse(ctx),
    questions: () => PULSE_ADVERSE,
    fires: (ctx) => extremePulse(ctx) && anyYes(ctx, PULSE_ADVERSE),
  },
  {
    // RCUK Adult tachycardia / bradycardia algorithms (2021): an extreme rate at rest needs an ECG now.
    id: 'extreme_pulse',
    urgency: 'emergency_department',
    name: {
      ru: 'Пульс в покое 150 и чаще или реже 40 в минуту',
      en: 'Pulse at rest of 150 or more, or under 40',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас: нужна ЭКГ. При обмороке, боли в груди или одышке — 103/112.',
      en: 'Go to the emergency department now: an ECG is needed. If fainting, chest pain or breathlessness, call 103/112.',
    },
    specialist: 'emergency',
    // A racing or slow heart in an adult: ask the measured rate (a watch, a monitor or the pulse for a minute).
    relevant: (ctx) => ctx.ageMonths >= ADULT_PULSE_FROM_MONTHS && ctx.yes('palpitations'),
    questions: () => ['heart_rate'],
    fires: extremePulse,
  },
  {
    // Red: respiratory rate over 60 in an under-5: NICE NG143 Fever in under 5s (2019, updated 2021).
    id: 'child_very_fast_breathing',
    urgency: 'emergency_department',
    name: {
      ru: 'Ребёнок до 5 лет дышит чаще 60 раз в минуту',
      en: 'A child under 5 breathing more than 60 times a minute',
    },
    advice: {
      ru: 'Покажите ребёнка врачу в приёмном отделении сейчас; при синеве губ или паузах в дыхании — 103/112.',
      en: 'Take the child to the emergency department now; if the lips turn blue or breathing pauses, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < 60 && anyYes(ctx, ['fast_breathing', 'breathlessness']),
    questions: () => ['respiratory_rate'],
    fires: (ctx) => ctx.ageMonths < 60 && (rr(ctx) ?? 0) > RR_RED,
  },
  {
    // Amber: over 50 at 6–12 months, over 40 at 1–5 years: NICE NG143 (2019, updated 2021).
    id: 'child_fast_breathing',
    urgency: 'within_24h',
    name: {
      ru: 'Учащённое дыхание у ребёнка (больше 50 в минуту до 1 года, больше 40 — с 1 года до 5 лет)',
      en: 'Fast breathing in a child (over 50 a minute at 6–12 months, over 40 from 1 to 5 years)',
    },
    advice: {
      ru: 'Покажите ребёнка врачу сегодня.',
      en: 'Have the child seen by a doctor today.',
    },
    specialist: 'paediatrician',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => {
      const limit = rrAmber(ctx.ageMonths);
      return limit !== undefined && (rr(ctx) ?? 0) > limit;
    },
  },
  {
    // SpO₂ below 92 %: BTS oxygen guideline 2017; NICE NG9 Bronchiolitis (2015, updated 2021).
    id: 'low_oxygen_saturation',
    urgency: 'emergency_department',
    name: { ru: 'Сатурация ниже 92 %', en: 'Oxygen level below 92 %' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; если трудно говорить или губы синеют — 103/112.',
      en: 'Go to the emergency department now; if unable to talk or the lips turn blue, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, BREATHING),
    questions: () => ['oxygen_saturation'],
    fires: (ctx) => (spo2(ctx) ?? Infinity) < SPO2_LOW,
  },
  {
    // 92–94 % (≤ 95 % under 5): NHS England COVID Oximetry @home 2021; NICE NG143 (2019, updated 2021).
    id: 'borderline_oxygen_saturation',
    urgency: 'within_24h',
    name: {
      ru: 'Сатурация 92–94 % (у детей до 5 лет — до 95 %)',
      en: 'Oxygen level 92–94 % (up to 95 % in children under 5)',
    },
    advice: {
      ru: 'Обратитесь к врачу сегодня и перемеряйте сатурацию; если она ниже 92 % — в приёмное отделение.',
      en: 'See a doctor today and re-check; if it falls below 92 %, go to the emergency department.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => {
      const s = spo2(ctx);
      return s !== undefined && s >= SPO2_LOW && s <= spo2SameDayMax(ctx.ageMonths);
    },
  },
];
