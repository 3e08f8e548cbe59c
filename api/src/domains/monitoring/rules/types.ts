import type { LocalizedText } from '../../../db/schema/common.js';
import type { alertKindEnum, alertSeverityEnum } from '../../../db/schema/index.js';

export type AlertKind = (typeof alertKindEnum.enumValues)[number];
export type AlertSeverity = (typeof alertSeverityEnum.enumValues)[number];

/** A reading as the rules see it. */
export interface RuleReading {
  id: string;
  measuredAt: Date;
  systolic: number;
  diastolic: number;
  pulse: number | null;
  symptoms: string[];
}

export interface RuleTarget {
  systolic: number;
  diastolic: number;
}

/** What a rule raises; the evaluation job stores it once per `dedupeKey`. */
export interface AlertCandidate {
  kind: AlertKind;
  severity: AlertSeverity;
  dedupeKey: string;
  readingId: string | null;
  details: {
    values: Record<string, number | string | string[] | null>;
    threshold: Record<string, number | string>;
    source: string;
  };
  /** What the patient is told to do. */
  advice: LocalizedText;
}

export const severityRank: Record<AlertSeverity, number> = { urgent: 0, high: 1, medium: 2, low: 3 };
