import { anyYes, type RedFlagRule } from './types.js';

const INFECTION = ['fever', 'low_temperature', 'chills', 'feeling_very_unwell'];

export const sepsisRules: RedFlagRule[] = [
  {
    // Suspected infection plus a high-risk criterion (new confusion, systolic ≤ 90, mottled skin, non-blanching
    // rash, very fast breathing or no urine while very unwell): NICE NG51 Suspected sepsis (2016, updated 2024).
    id: 'sepsis',
    urgency: 'ambulance',
    name: {
      ru: 'Признаки сепсиса: инфекция со спутанностью, мраморной кожей или низким давлением',
      en: 'Sepsis signs: infection with confusion, mottled skin or low blood pressure',
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
      ...(ctx.yes('feeling_very_unwell') ? ['fast_breathing', 'little_urine'] : []),
    ],
    fires: (ctx) =>
      anyYes(ctx, INFECTION) &&
      (anyYes(ctx, ['confusion', 'mottled_skin', 'bp_low', 'non_blanching_rash']) ||
        (ctx.yes('feeling_very_unwell') && anyYes(ctx, ['fast_breathing', 'little_urine']))),
  },
];
