/**
 * @telemed/triage-model — the symptom checker's clinical core, for the api to call.
 *
 *   const engine = await loadTriageEngine();
 *   let state = engine.start({ ageMonths: 324, sex: 'female', complaintText: 'болит горло', locale: 'ru' });
 *   // show state.extracted for confirmation; correct with engine.answer(state, id, value)
 *   for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) state = engine.answer(state, q.findingId, …);
 *   const result = await engine.result(state);
 *
 * The state is plain JSON (persist it as is); validate it coming back with InterviewStateSchema.
 */
export {
  DEFAULT_LIMITS,
  TriageEngine,
  loadTriageEngine,
  type InterviewLimits,
  type LoadOptions,
  type Question,
} from './interview/engine.js';
export type { TriageReason } from './interview/reasons.js';
export type { ConditionResult, FindingSummary, TriageResult } from './interview/result.js';
export {
  AnswerValueSchema,
  ExtractedFindingSchema,
  InterviewStateSchema,
  LocaleSchema,
  StartInputSchema,
  type AnswerValue,
  type ExtractedFinding,
  type InterviewState,
  type Locale,
  type StartInput,
} from './interview/state.js';
export { isApplicable } from './knowledge/catalogue.js';
export {
  PRESENTING_COMPLAINTS,
  complaintById,
  recogniseComplaints,
  type PresentingComplaint,
} from './knowledge/complaints/index.js';
export { CONSULT_FORMAT_LABELS, DISCLAIMER, SPECIALIST_LABELS, URGENCY_LABELS } from './knowledge/labels.js';
export {
  CONSULT_FORMATS,
  SPECIALISTS,
  URGENCY_LEVELS,
  type ConsultFormat,
  type Localized,
  type SelfCareAdvice,
  type Sex,
  type Specialist,
  type Urgency,
} from './knowledge/types.js';
export { forwardDense as referenceForward } from './model/forward.js';
export type { Manifest } from './model/manifest.js';
export { parseComplaint, parseComplaintDetails, type ComplaintDetails } from './parser/parse-complaint.js';
export type { Vocabulary } from './training/vocabulary.js';
