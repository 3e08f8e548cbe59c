import { ADULT_AGE_MONTHS } from '../knowledge/age-bands.js';
import {
  CONDITIONS,
  conditionUrgency,
  findingById,
  urgencyRaisingFindings,
  urgencyRank,
} from '../knowledge/catalogue.js';
import { CONSULT_FORMAT_LABELS, DISCLAIMER, SPECIALIST_LABELS, URGENCY_LABELS } from '../knowledge/labels.js';
import type { ConsultFormat, Localized, SelfCareAdvice, Specialist, Urgency } from '../knowledge/types.js';
import { answerFeature, type YesNo } from '../model/features.js';
import { modelUrgency } from '../model/urgency-decision.js';
import type { LinearWeights } from '../model/weights.js';
import type { EffectiveFindings } from './effective-findings.js';
import { conditionReason, redFlagReason, ruleFindings, type TriageReason } from './reasons.js';
import { redFlagContext } from './effective-findings.js';
import { redFlagUrgency, type RedFlagAssessment } from './red-flag-assessment.js';
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
  /**
   * `confirmed: false` — fired because the patient did not know whether a danger sign is present; `urgency` is the
   * level it sets (the rule's own for doubt about airway, breathing or consciousness, else at most within 24 hours).
   */
  redFlags: Array<{ id: string; name: Localized; urgency: Urgency; advice: Localized; confirmed: boolean }>;
  /** Which answers led to the urgency: red flags, "don't know" answers, and the leading condition. */
  reasons: TriageReason[];
  /** For self-care results: the leading condition's advice and when to seek care. */
  selfCare?: SelfCareAdvice;
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
  prior: Float32Array | Float64Array,
  weights: LinearWeights,
  assessed: readonly RedFlagAssessment[],
  topN: number,
): TriageResult {
  const K = CONDITIONS.length;
  const ranked = [...probabilities.keys()].sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const answerIds = Object.keys(eff.yesNo);
  const yes = (id: string): boolean => eff.yesNo[id] === 'yes';
  const urgencyOf = (k: number): Urgency => conditionUrgency(CONDITIONS[k]!, state.ageMonths, yes);

  /** The "yes" answers that favour condition k most over the average condition (their logit lift). */
  const driversOf = (k: number): string[] =>
    answerIds
      .map((id) => {
        const row = answerFeature(id, eff.yesNo[id]!) * K;
        let mean = 0;
        for (let j = 0; j < K; j++) mean += weights.W[row + j]! / K;
        return { id, score: weights.W[row + k]! - mean };
      })
      .filter((d) => d.score > DRIVER_MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, 4)
      .map((d) => d.id);

  const conditions = ranked.slice(0, topN).map((k): ConditionResult => ({
    id: CONDITIONS[k]!.id,
    name: CONDITIONS[k]!.name,
    icd10: CONDITIONS[k]!.icd10,
    probability: probabilities[k]!,
    urgency: urgencyOf(k),
    drivers: driversOf(k).map((id) => summary(id, eff.yesNo[id]!)),
  }));

  const byModel = modelUrgency(probabilities, state.ageMonths, {
    prior,
    yes,
    complaintKnown: state.complaints.length > 0,
  });
  const byRules = redFlagUrgency(assessed);
  // Red flags always win: the model may raise urgency above a rule, never lower it.
  const ruleWins = byRules !== undefined && urgencyRank(byRules) >= urgencyRank(byModel);
  const urgency: Urgency = ruleWins ? byRules : byModel;
  const topRule = ruleWins
    ? assessed
        .filter((a) => a.urgency === urgency)
        .sort((a, b) => Number(b.confirmed) - Number(a.confirmed))[0]
    : undefined;

  // Specialist: the rule's, or the most likely condition at the chosen urgency (falling back to the top one).
  const atLevel = ranked.find((k) => urgencyOf(k) === urgency) ?? ranked[0]!;
  const lead = CONDITIONS[atLevel]!;
  const specialist = forAge(topRule ? topRule.rule.specialist : lead.specialist, state.ageMonths);
  const emergency = urgencyRank(urgency) >= urgencyRank('emergency_department');
  const remoteSuitable = !emergency && !topRule && lead.remoteSuitable;
  const consultFormat: ConsultFormat = remoteSuitable ? lead.consultFormat : 'in_person';

  const ctx = redFlagContext(state, eff);
  const yesIds = answerIds.filter(yes);
  const reasons: TriageReason[] = [...assessed]
    .sort((a, b) => urgencyRank(b.urgency) - urgencyRank(a.urgency))
    .map((a) => redFlagReason(a, a.confirmed ? ruleFindings(a.rule, ctx, yesIds) : a.doubtFindings));
  if (!ruleWins || urgency === byModel) {
    reasons.push(
      conditionReason(
        lead,
        driversOf(atLevel).filter(yes),
        urgencyRaisingFindings(lead, state.ageMonths, yes),
      ),
    );
  }

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
    redFlags: assessed.map(({ rule, confirmed, urgency: level }) => ({
      id: rule.id,
      name: rule.name,
      urgency: level,
      advice: confirmed || level === rule.urgency ? rule.advice : URGENCY_LABELS[level],
      confirmed,
    })),
    reasons,
    ...(urgency === 'self_care' && lead.selfCare ? { selfCare: lead.selfCare } : {}),
    findings: { positive, negative, measurements },
    disclaimer: DISCLAIMER,
    modelVersion: state.modelVersion,
    questionsAsked: state.asked.length,
  };
}
