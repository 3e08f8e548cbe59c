import { hasRedFlag } from './symptoms.js';
import type { AlertCandidate, RuleReading } from './types.js';

/**
 * Grade 3 hypertension, the level at which a home reading needs same-day attention: ≥ 180 systolic and/or
 * ≥ 110 diastolic (ESC 2024 Guidelines for elevated BP and hypertension, table of BP categories; Russian clinical
 * guidelines «Артериальная гипертензия у взрослых», 2024). ACC/AHA 2017 draws "severe" at > 180 and/or > 120;
 * we take the lower diastolic line (110) for unsupervised home readings so no grade-3 reading goes unseen.
 */
export const CRISIS_SYSTOLIC = 180;
export const CRISIS_DIASTOLIC = 110;
const SOURCE =
  'ESC 2024 hypertension guideline (grade 3 ≥180/≥110); Russian clinical guidelines 2024; ACC/AHA 2017';

export function crisisRule(reading: RuleReading): AlertCandidate | null {
  if (reading.systolic < CRISIS_SYSTOLIC && reading.diastolic < CRISIS_DIASTOLIC) return null;
  const emergency = hasRedFlag(reading.symptoms);
  return {
    kind: 'crisis',
    severity: 'urgent',
    dedupeKey: `crisis:${reading.id}`,
    readingId: reading.id,
    details: {
      values: { systolic: reading.systolic, diastolic: reading.diastolic, symptoms: reading.symptoms },
      threshold: { systolic: CRISIS_SYSTOLIC, diastolic: CRISIS_DIASTOLIC },
      source: SOURCE,
    },
    advice: emergency
      ? {
          ru: 'Очень высокое давление с опасными симптомами. Немедленно вызовите скорую помощь: 103 или 112. Не садитесь за руль, не принимайте дополнительных лекарств без указания врача.',
          en: 'Very high blood pressure with warning symptoms. Call an ambulance now: 103 or 112. Do not drive and do not take extra medicines unless a doctor tells you to.',
        }
      : {
          ru: 'Очень высокое давление. Сядьте, отдохните 5 минут и измерьте снова. Ваш медицинский ассистент уже получил уведомление и свяжется с вами. Если появятся боль в груди, одышка, слабость или онемение, нарушение речи или зрения, сильная головная боль — звоните 103 или 112.',
          en: 'Very high blood pressure. Sit down, rest for 5 minutes and measure again. Your medical assistant has been notified and will contact you. If chest pain, shortness of breath, weakness or numbness, trouble speaking or seeing, or a severe headache appear, call 103 or 112.',
        },
  };
}

/** Whether the patient must be told to call an ambulance for this reading. */
export const needsAmbulance = (reading: Pick<RuleReading, 'systolic' | 'diastolic' | 'symptoms'>) =>
  (reading.systolic >= CRISIS_SYSTOLIC || reading.diastolic >= CRISIS_DIASTOLIC) &&
  hasRedFlag(reading.symptoms);
