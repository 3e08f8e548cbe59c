import type { AlertCandidate, RuleReading } from './types.js';

/**
 * Hypotension: systolic < 90 and/or diastolic < 60 mmHg, the conventional definition (ESC 2018 Guidelines for
 * the diagnosis and management of syncope; AHA "Low blood pressure" patient guidance, 2023). In a treated
 * hypertensive patient it usually means over-treatment; with dizziness or fainting it is more pressing.
 */
export const LOW_SYSTOLIC = 90;
export const LOW_DIASTOLIC = 60;
const SOURCE = 'ESC 2018 syncope guideline; AHA 2023 (hypotension < 90/60)';

export function lowPressureRule(reading: RuleReading): AlertCandidate | null {
  if (reading.systolic >= LOW_SYSTOLIC && reading.diastolic >= LOW_DIASTOLIC) return null;
  const symptomatic = reading.symptoms.includes('dizziness') || reading.symptoms.includes('confusion');
  return {
    kind: 'low_pressure',
    severity: symptomatic ? 'high' : 'medium',
    dedupeKey: `low_pressure:${reading.id}`,
    readingId: reading.id,
    details: {
      values: { systolic: reading.systolic, diastolic: reading.diastolic, symptoms: reading.symptoms },
      threshold: { systolic: LOW_SYSTOLIC, diastolic: LOW_DIASTOLIC },
      source: SOURCE,
    },
    advice: {
      ru: 'Давление ниже нормы. Прилягте, поднимите ноги, выпейте воды; вставайте медленно. Не пропускайте и не удваивайте лекарства самостоятельно — ассистент свяжется с вами. При потере сознания вызовите 103 или 112.',
      en: 'Your pressure is low. Lie down with your legs raised, drink some water and get up slowly. Do not skip or double your medicines on your own — your assistant will contact you. If you faint, call 103 or 112.',
    },
  };
}
