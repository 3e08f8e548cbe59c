import { urgencyRank } from '../knowledge/catalogue.js';
import { URGENCY_LEVELS, type Urgency } from '../knowledge/types.js';
import type { TriageEngine } from '../interview/engine.js';
import { NOISY_UNKNOWN_RATE, redFlagUrgency, runVignette } from './simulate.js';
import { VIGNETTES, type Vignette } from './vignettes/index.js';

interface Tally {
  cases: number;
  triageCorrect: number;
  top1: number;
  top3: number;
}

export interface EvaluationReport {
  modelVersion: string;
  vignettes: number;
  triageAccuracy: number;
  overTriageRate: number;
  underTriageRate: number;
  /** Cases where the complete vignette triggers a red-flag rule: share triaged at least as urgently as that rule. */
  redFlagCases: number;
  emergencyRecall: number;
  /** Cases expecting ambulance or ED: share sent to ambulance or ED. */
  emergencyCases: number;
  emergencyLevelRecall: number;
  top1: number;
  top3: number;
  meanQuestions: number;
  maxQuestions: number;
  parser: { extracted: number; corrected: number; precision: number };
  byUrgency: Record<string, { cases: number; triageAccuracy: number }>;
  byLocale: Record<string, { cases: number; triageAccuracy: number; top3: number }>;
  byAgeGroup: Record<string, { cases: number; triageAccuracy: number; top3: number }>;
  /** confusion[expected][predicted] */
  confusion: Record<string, Record<string, number>>;
  misses: Array<{
    id: string;
    expected: Urgency;
    predicted: Urgency;
    expectedCondition: string;
    topConditions: string[];
  }>;
  /** The same vignettes with a vaguer patient who answers "don't know" to some of what they have. */
  noisyPatient: {
    unknownRate: number;
    triageAccuracy: number;
    overTriageRate: number;
    underTriageRate: number;
    emergencyRecall: number;
    top3: number;
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

function ageGroup(v: Vignette): string {
  if (v.ageMonths < 12) return 'infant_<1y';
  if (v.ageMonths < 216) return 'child_1-17y';
  if (v.ageMonths < 780) return 'adult_18-64y';
  return 'elderly_65y+';
}

export async function evaluateVignettes(
  engine: TriageEngine,
  vignettes = VIGNETTES,
): Promise<EvaluationReport> {
  let noisy = { correct: 0, over: 0, under: 0, redFlagCases: 0, redFlagCaught: 0, top3: 0 };
  for (const v of vignettes) {
    const run = await runVignette(engine, v, true);
    const diff = urgencyRank(run.result.urgency) - urgencyRank(v.expected.urgency);
    const flag = redFlagUrgency(v);
    noisy = {
      correct: noisy.correct + (diff === 0 ? 1 : 0),
      over: noisy.over + (diff > 0 ? 1 : 0),
      under: noisy.under + (diff < 0 ? 1 : 0),
      redFlagCases: noisy.redFlagCases + (flag ? 1 : 0),
      redFlagCaught:
        noisy.redFlagCaught + (flag && urgencyRank(run.result.urgency) >= urgencyRank(flag) ? 1 : 0),
      top3:
        noisy.top3 + (run.result.conditions.slice(0, 3).some((c) => c.id === v.expected.conditionId) ? 1 : 0),
    };
  }
  const confusion = Object.fromEntries(
    URGENCY_LEVELS.map((e) => [e, Object.fromEntries(URGENCY_LEVELS.map((p) => [p, 0]))]),
  );
  const groups = {
    urgency: new Map<string, Tally>(),
    locale: new Map<string, Tally>(),
    age: new Map<string, Tally>(),
  };
  const add = (map: Map<string, Tally>, key: string, t: Omit<Tally, 'cases'>): void => {
    const cur = map.get(key) ?? { cases: 0, triageCorrect: 0, top1: 0, top3: 0 };
    map.set(key, {
      cases: cur.cases + 1,
      triageCorrect: cur.triageCorrect + t.triageCorrect,
      top1: cur.top1 + t.top1,
      top3: cur.top3 + t.top3,
    });
  };
  let over = 0;
  let under = 0;
  let redFlagCases = 0;
  let redFlagCaught = 0;
  let emergencyCases = 0;
  let emergencyCaught = 0;
  let questions = 0;
  let maxQuestions = 0;
  let extracted = 0;
  let corrected = 0;
  const all = { cases: 0, triageCorrect: 0, top1: 0, top3: 0 };
  const misses: EvaluationReport['misses'] = [];

  for (const v of vignettes) {
    const run = await runVignette(engine, v);
    const predicted = run.result.urgency;
    const ids = run.result.conditions.map((c) => c.id);
    const t = {
      triageCorrect: predicted === v.expected.urgency ? 1 : 0,
      top1: ids[0] === v.expected.conditionId ? 1 : 0,
      top3: ids.slice(0, 3).includes(v.expected.conditionId) ? 1 : 0,
    };
    all.cases++;
    all.triageCorrect += t.triageCorrect;
    all.top1 += t.top1;
    all.top3 += t.top3;
    add(groups.urgency, v.expected.urgency, t);
    add(groups.locale, v.locale, t);
    add(groups.age, ageGroup(v), t);
    confusion[v.expected.urgency]![predicted]!++;
    const diff = urgencyRank(predicted) - urgencyRank(v.expected.urgency);
    if (diff > 0) over++;
    if (diff < 0) under++;
    const flag = redFlagUrgency(v);
    if (flag) {
      redFlagCases++;
      if (urgencyRank(predicted) >= urgencyRank(flag)) redFlagCaught++;
    }
    if (urgencyRank(v.expected.urgency) >= urgencyRank('emergency_department')) {
      emergencyCases++;
      if (urgencyRank(predicted) >= urgencyRank('emergency_department')) emergencyCaught++;
    }
    questions += run.questions;
    maxQuestions = Math.max(maxQuestions, run.questions);
    extracted += run.extracted;
    corrected += run.corrections;
    if (!t.triageCorrect || !t.top3) {
      misses.push({
        id: v.id,
        expected: v.expected.urgency,
        predicted,
        expectedCondition: v.expected.conditionId,
        topConditions: ids.slice(0, 3),
      });
    }
  }
  const summarise = (map: Map<string, Tally>) =>
    Object.fromEntries(
      [...map].map(([k, t]) => [
        k,
        { cases: t.cases, triageAccuracy: ratio(t.triageCorrect, t.cases), top3: ratio(t.top3, t.cases) },
      ]),
    );
  return {
    modelVersion: engine.modelVersion,
    vignettes: all.cases,
    triageAccuracy: ratio(all.triageCorrect, all.cases),
    overTriageRate: ratio(over, all.cases),
    underTriageRate: ratio(under, all.cases),
    redFlagCases,
    emergencyRecall: ratio(redFlagCaught, redFlagCases),
    emergencyCases,
    emergencyLevelRecall: ratio(emergencyCaught, emergencyCases),
    top1: ratio(all.top1, all.cases),
    top3: ratio(all.top3, all.cases),
    meanQuestions: ratio(questions, all.cases),
    maxQuestions,
    parser: { extracted, corrected, precision: ratio(extracted - corrected, extracted) },
    byUrgency: Object.fromEntries(
      [...groups.urgency].map(([k, t]) => [
        k,
        { cases: t.cases, triageAccuracy: ratio(t.triageCorrect, t.cases) },
      ]),
    ),
    byLocale: summarise(groups.locale),
    byAgeGroup: summarise(groups.age),
    confusion,
    misses,
    noisyPatient: {
      unknownRate: NOISY_UNKNOWN_RATE,
      triageAccuracy: ratio(noisy.correct, vignettes.length),
      overTriageRate: ratio(noisy.over, vignettes.length),
      underTriageRate: ratio(noisy.under, vignettes.length),
      emergencyRecall: ratio(noisy.redFlagCaught, noisy.redFlagCases),
      top3: ratio(noisy.top3, vignettes.length),
    },
  };
}
