import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

const INFECTION = ['fever', 'low_temperature', 'chills', 'feeling_very_unwell'];

// High-risk respiratory rate by age (breaths/min): NICE NG51 Suspected sepsis (2016, updated 2024) — under 1 year ≥ 60,
// 1–2 years ≥ 50, 3–4 years ≥ 40, 5 years ≥ 29, 6–7 years ≥ 27, 8 years and over ≥ 25 (adults: NEWS2 score 3 at ≥ 25,
// RCP 2017).
const SEPSIS_RR: ReadonlyArray<readonly [belowAgeMonths: number, rate: number]> = [
  [12, 60],
  [36, 50],
  [60, 40],
  [72, 29],
  [96, 27],
  [Infinity, 25],
];
export const sepsisRespiratoryRate = (ageMonths: number): number =>
  SEPSIS_RR.find(([below]) => ageMonths < below)![1];
// Oxygen saturation in air: high risk below 90 % in children under 12, below 92 % from 12 years: NICE NG51 (2024).
const sepsisLowSpO2 = (ageMonths: number): number => (ageMonths < 144 ? 90 : 92);

const highRiskVitals = (ctx: RedFlagContext): boolean =>
  (ctx.value('respiratory_rate') ?? 0) >= sepsisRespiratoryRate(ctx.ageMonths) ||
  (ctx.value('oxygen_saturation') ?? Infinity) < sepsisLowSpO2(ctx.ageMonths);

export const sepsisRules: RedFlagRule[] = [
  {
    // Suspected infection plus a high-risk criterion (new confusion, systolic ≤ 90, mottled skin, non-blanching
    // rash, respiratory rate or SpO₂ beyond the age threshold, or no urine while very unwell):
    // NICE NG51 Suspected sepsis (2016, updated 2024).
    id: 'sepsis',
    urgency: 'ambulance',
    name: {
      ru: 'Признаки сепсиса: инфекция со спутанностью, мраморной кожей, частым дыханием или низким давлением',
      en: 'Sepsis signs: infection with confusion, mottled skin, very fast breathing or low blood pressure',
    },
    advice: {
      ru: 'Вызовите скорую (103/112) и скажите: «подозрение на сепсис».',
      en: 'Call an ambulance (103/112) and say "could this be sepsis".',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, INFECTION),
    questions: (ctx) => [
      'confusion',
      'mottled_skin',
      'feeling_very_unwell',
      ...(ctx.yes('feeling_very_unwell') || ctx.yes('fast_breathing')
        ? ['fast_breathing', 'little_urine', 'respiratory_rate']
        : []),
    ],
    fires: (ctx) =>
      anyYes(ctx, INFECTION) &&
      (anyYes(ctx, ['confusion', 'unresponsive', 'mottled_skin', 'bp_low', 'non_blanching_rash']) ||
        highRiskVitals(ctx) ||
        (ctx.yes('feeling_very_unwell') && anyYes(ctx, ['fast_breathing', 'little_urine']))),
  },
  {
    // Toxic shock: fever with a widespread sunburn-like rash, vomiting or diarrhoea and faintness (falling blood
    // pressure) — the clinical criteria of the CDC toxic shock syndrome case definition (2011); a medical emergency,
    // tampon or wound: NHS.uk Toxic shock syndrome (2022); NICE NG51 Suspected sepsis (2016, updated 2024).
    id: 'toxic_shock_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Температура, сыпь по всему телу, рвота или понос и предобморочное состояние (токсический шок?)',
      en: 'Fever, a rash all over, vomiting or diarrhoea and feeling faint (toxic shock?)',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Если стоит тампон — извлеките его. Лягте, не вставайте резко.',
      en: 'Call an ambulance (103/112). If a tampon is in, take it out. Lie down and do not get up quickly.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.yes('fever') &&
      // A sunburn-like redness told as sunburn is the same erythroderma.
      anyYes(ctx, ['rash', 'sunburnt_skin']) &&
      anyYes(ctx, ['vomiting', 'diarrhoea']) &&
      anyYes(ctx, ['fainting', 'near_fainting', 'bp_low', 'confusion']),
  },
];
