import { adherenceRule } from './adherence.js';
import { crisisRule } from './crisis.js';
import { highAverageRule } from './high-average.js';
import { lowPressureRule } from './low-pressure.js';
import { pulseHighRule, pulseLowRule } from './pulse.js';
import type { AlertCandidate, RuleReading, RuleTarget } from './types.js';

export * from './types.js';
export { needsAmbulance } from './crisis.js';
export { sevenDayAverage } from './high-average.js';
export { SYMPTOMS, type Symptom } from './symptoms.js';

/**
 * Per-reading rules only look at recent readings: a crisis found in a month-old CSV import is history, not
 * something to phone the patient about today.
 */
export const RECENT_HOURS = 72;

const perReading = [crisisRule, lowPressureRule, pulseHighRule, pulseLowRule];

/** Every rule over a patient's readings (any order); pure, so the job and the tests share it. */
export function evaluateRules(input: {
  patientId: string;
  readings: RuleReading[];
  target: RuleTarget;
  enrolledAt: Date;
  now: Date;
}): AlertCandidate[] {
  const { patientId, readings, target, enrolledAt, now } = input;
  const recentFrom = now.getTime() - RECENT_HOURS * 3_600_000;
  const alerts: AlertCandidate[] = [];
  for (const reading of readings) {
    if (reading.measuredAt.getTime() < recentFrom || reading.measuredAt > now) continue;
    for (const rule of perReading) {
      const alert = rule(reading);
      if (alert) alerts.push(alert);
    }
  }
  const average = highAverageRule(patientId, readings, target, now);
  if (average) alerts.push(average);
  const latest = readings.reduce<RuleReading | null>(
    (best, r) => (r.measuredAt <= now && (!best || r.measuredAt > best.measuredAt) ? r : best),
    null,
  );
  const gap = adherenceRule(patientId, latest, enrolledAt, now);
  if (gap) alerts.push(gap);
  return alerts;
}

/** What one reading alone triggers (crisis, low pressure, pulse): the patient is told at once on saving. */
export const rulesForReading = (reading: RuleReading) =>
  perReading.map((rule) => rule(reading)).filter((alert): alert is AlertCandidate => alert !== null);
