import { urgencyRank } from '../knowledge/catalogue.js';
import { URGENCY_LEVELS, type Urgency } from '../knowledge/types.js';

/** Three patient-facing levels: call/go now · see a doctor · look after yourself. */
export type Level3 = 'emergency' | 'doctor' | 'self_care';
export const LEVEL3: Readonly<Record<Urgency, Level3>> = {
  ambulance: 'emergency',
  emergency_department: 'emergency',
  within_24h: 'doctor',
  planned: 'doctor',
  self_care: 'self_care',
};

/**
 * Diagnosis match rule: a knowledge-base condition matches the expected ICD-10 code when the codes are equal or share
 * the 3-character category (J45.9 ~ J45.0, J36 ~ J36). Cases whose code no KB condition matches are left out of top-k.
 */
export const icdCategory = (code: string): string => code.trim().toUpperCase().slice(0, 3);
export const icdMatches = (expected: string, actual: string): boolean =>
  icdCategory(expected) === icdCategory(actual);
export const conditionsMatching = <C extends { icd10: string }>(
  code: string,
  conditions: readonly C[],
): C[] => conditions.filter((c) => icdMatches(code, c.icd10));

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

/** Linear-interpolated percentile (p in 0..1), to one decimal; 0 for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round((s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)) * 10) / 10;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);

/** One simulated interview, reduced to what the metrics need. */
export interface CaseOutcome {
  expected: Urgency;
  /** Neighbouring levels a triage nurse would also accept (held-out set only). */
  acceptable?: readonly Urgency[];
  got: Urgency;
  questions: number;
  /** Rank of the first matching condition in the result (0-based), null if not listed; undefined = not in the KB. */
  diagnosisRank?: number | null;
}

export type Confusion = Record<Urgency, Record<Urgency, number>>;

/** confusion[expected][got] */
export function confusionMatrix(outcomes: readonly CaseOutcome[]): Confusion {
  const m = Object.fromEntries(
    URGENCY_LEVELS.map((e) => [e, Object.fromEntries(URGENCY_LEVELS.map((g) => [g, 0]))]),
  ) as Confusion;
  for (const o of outcomes) m[o.expected][o.got]++;
  return m;
}

export interface Metrics {
  cases: number;
  /** Share with the right 3-level answer (emergency / see a doctor / self-care). */
  accuracy3: number | null;
  /** Exact 5-level match; lenient also accepts the case's `acceptable` levels. */
  accuracy5: number | null;
  accuracy5Lenient: number | null;
  /** Expected ambulance/ED, got ambulance/ED. */
  emergencyCases: number;
  emergencyRecall: number | null;
  /** 5-level direction of errors; lenient under-triage = below the expected level and every acceptable one. */
  underTriage: number;
  underTriageLenient: number;
  overTriage: number;
  /** Expected self-care, got self-care. */
  selfCareCases: number;
  selfCareAccuracy: number | null;
  /** Cases whose expected condition exists in the knowledge base, and top-1/top-3 among them. */
  diagnosable: number;
  top1: number | null;
  top3: number | null;
  questionsMedian: number;
  questionsP90: number;
  confusion: Confusion;
}

export function computeMetrics(outcomes: readonly CaseOutcome[]): Metrics {
  const isEmergency = (u: Urgency): boolean => LEVEL3[u] === 'emergency';
  const emergencies = outcomes.filter((o) => isEmergency(o.expected));
  const selfCare = outcomes.filter((o) => o.expected === 'self_care');
  const diagnosable = outcomes.filter((o) => o.diagnosisRank !== undefined);
  const lowestAccepted = (o: CaseOutcome): number =>
    Math.min(...[o.expected, ...(o.acceptable ?? [])].map(urgencyRank));
  const count = (pred: (o: CaseOutcome) => boolean): number => outcomes.filter(pred).length;
  const questions = outcomes.map((o) => o.questions);
  return {
    cases: outcomes.length,
    accuracy3: ratio(
      count((o) => LEVEL3[o.expected] === LEVEL3[o.got]),
      outcomes.length,
    ),
    accuracy5: ratio(
      count((o) => o.expected === o.got),
      outcomes.length,
    ),
    accuracy5Lenient: ratio(
      count((o) => o.expected === o.got || (o.acceptable ?? []).includes(o.got)),
      outcomes.length,
    ),
    emergencyCases: emergencies.length,
    emergencyRecall: ratio(emergencies.filter((o) => isEmergency(o.got)).length, emergencies.length),
    underTriage: count((o) => urgencyRank(o.got) < urgencyRank(o.expected)),
    underTriageLenient: count((o) => urgencyRank(o.got) < lowestAccepted(o)),
    overTriage: count((o) => urgencyRank(o.got) > urgencyRank(o.expected)),
    selfCareCases: selfCare.length,
    selfCareAccuracy: ratio(selfCare.filter((o) => o.got === 'self_care').length, selfCare.length),
    diagnosable: diagnosable.length,
    top1: ratio(diagnosable.filter((o) => o.diagnosisRank === 0).length, diagnosable.length),
    top3: ratio(
      diagnosable.filter((o) => o.diagnosisRank !== null && o.diagnosisRank! < 3).length,
      diagnosable.length,
    ),
    questionsMedian: median(questions),
    questionsP90: percentile(questions, 0.9),
    confusion: confusionMatrix(outcomes),
  };
}
