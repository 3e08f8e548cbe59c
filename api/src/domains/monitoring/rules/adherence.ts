import type { AlertCandidate, RuleReading } from './types.js';

/**
 * No readings for 3 days. ESC 2024 (and ESC/ESH 2023) base home monitoring on readings over at least 3 days;
 * a 3-day gap therefore means the programme has lost sight of the patient. The gap length is this
 * programme's choice built on that minimum, not a guideline threshold.
 */
export const GAP_DAYS = 3;
const SOURCE = 'ESC 2024 home BP monitoring (≥ 3 days of readings); programme adherence rule';

/** `since` is when monitoring started: a patient who never measured is also reminded after 3 days. */
export function adherenceRule(
  patientId: string,
  latest: RuleReading | null,
  since: Date,
  now: Date,
): AlertCandidate | null {
  const last = latest?.measuredAt ?? since;
  const gapHours = (now.getTime() - last.getTime()) / 3_600_000;
  if (gapHours < GAP_DAYS * 24) return null;
  return {
    kind: 'no_readings',
    severity: 'low',
    // One alert per silence: the next reading ends it, and a later silence gets its own key.
    dedupeKey: `no_readings:${patientId}:${latest?.id ?? 'never'}`,
    readingId: null,
    details: {
      values: {
        lastReadingAt: latest ? latest.measuredAt.toISOString() : null,
        days: Math.floor(gapHours / 24),
      },
      threshold: { days: GAP_DAYS },
      source: SOURCE,
    },
    advice: {
      ru: 'Мы не получали ваших измерений уже несколько дней. Измеряйте давление утром и вечером и вносите результаты — так врач сможет оценить лечение.',
      en: 'We have not had your readings for a few days. Please measure morning and evening and enter the results so your treatment can be assessed.',
    },
  };
}
