import { ADULT_AGE_MONTHS } from '../knowledge/age-bands.js';
import { CONDITIONS, conditionUrgency, findingById, urgencyRank } from '../knowledge/catalogue.js';
import { CONSULT_FORMAT_LABELS, DISCLAIMER, SPECIALIST_LABELS, URGENCY_LABELS } from '../knowledge/labels.js';
import type { ConsultFormat, Localized, Specialist, Urgency } from '../knowledge/types.js';
import { answerFeature, type YesNo } from '../model/features.js';
import { modelUrgency } from '../model/urgency-decision.js';
import type { LinearWeights } from '../model/weights.js';
import type { EffectiveFindings, RedFlagAssessment } from './effective-findings.js';
import type { InterviewState } from './state.js';

export interface FindingSummary {
  findingId: string;
  name: Localized;
  value: YesNo | number;
}

export interface ConditionResult {
  id: string;
  name: Localized;
  icd10: string;
  probability: number;
  urgency: Urgency;
  /** Answers that pushed this condition up the most, strongest first. */
  drivers: FindingSummary[];
}

export interface TriageResult {
  urgency: Urgency;
  urgencyLabel: Localized;
  urgencySource: 'red_flag' | 'model';
  modelUrgency: Urgency;
  specialist: Specialist;
  specialistLabel: Localized;
  consultFormat: ConsultFormat;
  consultFormatLabel: Localized;
  remoteSuitable: boolean;
  conditions: ConditionResult[];
  /** `confirmed: false` — fired because the patient did not know whether a danger sign is present. */
  redFlags: Array<{ id: string; name: Localized; urgency: Urgency; advice: Localized; confirmed: boolean }>;
  findings: { positive: FindingSummary[]; negative: FindingSummary[]; measurements: FindingSummary[] };
  disclaimer: Localized;
  modelVersion: string;
  questionsAsked: number;
}

/** Minimum logit lift over the average condition for an answer to be shown as a driver of a condition. */
const DRIVER_MIN_SCORE = 0.5;

function summary(findingId: string, value: YesNo | number): FindingSummary {
  return { findingId, name: findingById.get(findingId)!.name, value };
}

/** Adults' general practitioner becomes the paediatrician for children. */
function forAge(specialist: Specialist, ageMonths: number): Specialist {
  return specialist === 'therapist' && ageMonths < ADULT_AGE_MONTHS ? 'paediatrician' : specialist;
}

export function buildResult(
  state: InterviewState,
  eff: EffectiveFindings,
  probabilities: Float32Array | Float64Array,
  weights: LinearWeights,
  fired: readonly RedFlagAssessment[],
  topN: number,
): TriageResult {
  const K = CONDITIONS.length;
  const ranked = [...probabilities.keys()].sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const answerIds = Object.keys(eff.yesNo);

  const conditions = ranked.slice(0, topN).map((k): ConditionResult => {
    const c = CONDITIONS[k]!;
    // How much an answer favours condition k over the average condition (its logit lift).
    const drivers = answerIds
      .map((id) => {
        const row = answerFeature(id, eff.yesNo[id]!) * K;
        let mean = 0;
        for (let j = 0; j < K; j++) mean += weights.W[row + j]! / K;
        return { id, score: weights.W[row + k]! - mean };
      })
      .filter((d) => d.score > DRIVER_MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, 4)
      .map((d) => summary(d.id, eff.yesNo[d.id]!));
    return {
      id: c.id,
      name: c.name,
      icd10: c.icd10,
      probability: probabilities[k]!,
      urgency: conditionUrgency(c, state.ageMonths),
      drivers,
    };
  });

  const byModel = modelUrgency(probabilities, state.ageMonths);
  const topRule = [...fired]
    .map((f) => f.rule)
    .sort((a, b) => urgencyRank(b.urgency) - urgencyRank(a.urgency))[0];
  // Red flags always win: the model may raise urgency above a rule, never lower it.
  const ruleWins = topRule !== undefined && urgencyRank(topRule.urgency) >= urgencyRank(byModel);
  const urgency: Urgency = ruleWins ? topRule.urgency : byModel;

  // Specialist: the rule's, or the most likely condition at the chosen urgency (falling back to the top one).
  const atLevel =
    ranked.find((k) => conditionUrgency(CONDITIONS[k]!, state.ageMonths) === urgency) ?? ranked[0]!;
  const lead = CONDITIONS[atLevel]!;
  const specialist = forAge(ruleWins ? topRule.specialist : lead.specialist, state.ageMonths);
  const emergency = urgencyRank(urgency) >= urgencyRank('emergency_department');
  const remoteSuitable = !emergency && !ruleWins && lead.remoteSuitable;
  const consultFormat: ConsultFormat = remoteSuitable ? lead.consultFormat : 'in_person';

  const positive: FindingSummary[] = [];
  const negative: FindingSummary[] = [];
  for (const [id, v] of Object.entries(eff.yesNo)) (v === 'yes' ? positive : negative).push(summary(id, v));
  const measurements = Object.entries(eff.numeric).map(([id, v]) => summary(id, v));

  return {
    urgency,
    urgencyLabel: URGENCY_LABELS[urgency],
    urgencySource: ruleWins ? 'red_flag' : 'model',
    modelUrgency: byModel,
    specialist,
    specialistLabel: SPECIALIST_LABELS[specialist],
    consultFormat,
    consultFormatLabel: CONSULT_FORMAT_LABELS[consultFormat],
    remoteSuitable,
    conditions,
    redFlags: fired.map(({ rule, confirmed }) => ({
      id: rule.id,
      name: rule.name,
      urgency: rule.urgency,
      advice: rule.advice,
      confirmed,
    })),
    findings: { positive, negative, measurements },
    disclaimer: DISCLAIMER,
    modelVersion: state.modelVersion,
    questionsAsked: state.asked.length,
  };
}
