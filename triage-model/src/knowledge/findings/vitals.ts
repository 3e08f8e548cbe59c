import type { NumericFinding } from '../types.js';

const MMHG = { ru: 'мм рт. ст.', en: 'mmHg' };

/** Numeric answers; each is turned into derived yes/no findings (see ../derive-vitals.ts). */
export const numericFindings: NumericFinding[] = [
  {
    kind: 'numeric',
    id: 'temperature_c',
    name: { ru: 'Самая высокая измеренная температура', en: 'Highest measured temperature' },
    category: 'vital',
    system: 'general',
    unit: { ru: '°C', en: '°C' },
    min: 34,
    max: 43,
    buckets: [35.5, 36.8, 38.4, 39.6],
  },
  {
    kind: 'numeric',
    id: 'bp_systolic',
    name: { ru: 'Верхнее (систолическое) давление', en: 'Upper (systolic) blood pressure' },
    category: 'vital',
    system: 'cardiovascular',
    unit: MMHG,
    min: 50,
    max: 300,
    buckets: [80, 120, 160, 195],
  },
  {
    kind: 'numeric',
    id: 'bp_diastolic',
    name: { ru: 'Нижнее (диастолическое) давление', en: 'Lower (diastolic) blood pressure' },
    category: 'vital',
    system: 'cardiovascular',
    unit: MMHG,
    min: 30,
    max: 200,
    buckets: [70, 95, 125],
    pairedWith: 'bp_systolic',
  },
  {
    kind: 'numeric',
    id: 'duration_days',
    name: { ru: 'Сколько дней длятся симптомы', en: 'How many days the symptoms have lasted' },
    category: 'history',
    system: 'general',
    unit: { ru: 'дней', en: 'days' },
    min: 0,
    max: 3650,
    buckets: [1, 5, 14, 40],
  },
];
