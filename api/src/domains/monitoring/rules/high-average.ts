import type { AlertCandidate, RuleReading, RuleTarget } from './types.js';

/**
 * Home-BP hypertension threshold: mean ≥ 135/85 means uncontrolled (ESC 2024 Guidelines, home BP equivalents;
 * ACC/AHA 2017, table of corresponding home values). An average *above* 135/85 raises `high`; above the
 * patient's own (stricter) target but not above 135/85 raises `medium`.
 */
export const HOME_SYSTOLIC = 135;
export const HOME_DIASTOLIC = 85;
export const AVERAGE_DAYS = 7;
/**
 * ESC 2024 asks for home readings on at least 3 days (ideally 7), morning and evening, before judging the
 * average; fewer than 6 readings is too little to call it.
 */
export const MIN_READINGS = 6;
const SOURCE = 'ESC 2024 hypertension guideline; ACC/AHA 2017 (home BP 135/85)';

export interface Average {
  systolic: number;
  diastolic: number;
  count: number;
}

/** The rounded mean of the readings in the last 7 days before `now`, or null when there are none. */
export function sevenDayAverage(readings: RuleReading[], now: Date): Average | null {
  const from = now.getTime() - AVERAGE_DAYS * 86_400_000;
  const window = readings.filter((r) => r.measuredAt.getTime() > from && r.measuredAt <= now);
  if (!window.length) return null;
  const mean = (pick: (r: RuleReading) => number) =>
    Math.round(window.reduce((sum, r) => sum + pick(r), 0) / window.length);
  return { systolic: mean((r) => r.systolic), diastolic: mean((r) => r.diastolic), count: window.length };
}

/** One alert per patient per ISO week at most; the evaluation also skips it while one is still open. */
function isoWeek(date: Date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function highAverageRule(
  patientId: string,
  readings: RuleReading[],
  target: RuleTarget,
  now: Date,
): AlertCandidate | null {
  const avg = sevenDayAverage(readings, now);
  if (!avg || avg.count < MIN_READINGS) return null;
  const aboveHome = avg.systolic > HOME_SYSTOLIC || avg.diastolic > HOME_DIASTOLIC;
  const aboveTarget = avg.systolic > target.systolic || avg.diastolic > target.diastolic;
  if (!aboveHome && !aboveTarget) return null;
  return {
    kind: 'high_average',
    severity: aboveHome ? 'high' : 'medium',
    dedupeKey: `high_average:${patientId}:${isoWeek(now)}`,
    readingId: null,
    details: {
      values: { averageSystolic: avg.systolic, averageDiastolic: avg.diastolic, readings: avg.count },
      threshold: {
        systolic: Math.min(HOME_SYSTOLIC, target.systolic),
        diastolic: Math.min(HOME_DIASTOLIC, target.diastolic),
        homeSystolic: HOME_SYSTOLIC,
        homeDiastolic: HOME_DIASTOLIC,
        targetSystolic: target.systolic,
        targetDiastolic: target.diastolic,
      },
      source: SOURCE,
    },
    advice: {
      ru: `Среднее давление за 7 дней ${avg.systolic}/${avg.diastolic} — выше вашей цели ${target.systolic}/${target.diastolic}. Принимайте лекарства регулярно, ограничьте соль и продолжайте измерения утром и вечером. Ассистент свяжется с вами, чтобы обсудить лечение с врачом.`,
      en: `Your 7-day average is ${avg.systolic}/${avg.diastolic}, above your target of ${target.systolic}/${target.diastolic}. Take your medicines regularly, cut down on salt and keep measuring morning and evening. Your assistant will contact you to review the treatment with a doctor.`,
    },
  };
}
