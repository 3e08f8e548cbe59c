import { findingById } from '../knowledge/catalogue.js';
import { deriveVitals } from '../knowledge/derive-vitals.js';
import { REASK } from '../red-flags/doubt.js';
import type { Sex } from '../knowledge/types.js';
import type { TriageEngine } from '../interview/engine.js';
import type { TriageResult } from '../interview/result.js';
import type { AnswerValue, Locale } from '../interview/state.js';
import type { Vignette } from './vignettes/define.js';

/** What a simulated patient knows about themselves: yes/no per finding and measured numbers. */
export type PatientFacts = Readonly<Record<string, 'yes' | 'no' | number>>;

/**
 * How the patient answers a finding their facts do not cover: patient A says "don't know", patient B says "no".
 * Measurements they do not have are always "don't know".
 */
export type Fallback = 'unknown' | 'no';

export interface SimulatedCase {
  id: string;
  locale: Locale;
  ageMonths: number;
  sex: Sex;
  complaint: string;
}

export interface InterviewRun {
  result: TriageResult;
  /** Questions answered after the complaint (a re-asked question counts again). */
  questions: number;
  /** Complaint-parser findings the simulated patient had to correct on the confirmation step. */
  corrections: number;
  extracted: number;
}

/** Re-ask finding → its reassuring answer (shared re-ask findings have the same one for every danger sign). */
const REASSURING = new Map(Object.values(REASK).map((r) => [r.finding, r.reassuringAnswer]));

/** `reaskOf`: the danger sign a re-ask question stands in for (the engine's `Question.reaskOf`). */
export type PatientReply = (findingId: string, reaskOf?: string) => AnswerValue;

/**
 * Answers from the facts; a yes/no question about a measured number (fever, BP ≥ 140/90…) follows that number.
 * A re-ask after "don't know" to a danger sign follows the facts' answer to that sign; when the facts do not mention
 * it, patient A still does not know and patient B (who denies unmentioned danger signs) gives the reassuring answer —
 * also when such an observable question is asked directly.
 */
export function patientReply(facts: PatientFacts, fallback: Fallback): PatientReply {
  const numeric = Object.fromEntries(
    Object.entries(facts).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  const derived = deriveVitals(numeric);
  const fact = (id: string): PatientFacts[string] | undefined => facts[id] ?? derived[id];
  return (findingId, reaskOf) => {
    const known = fact(findingId);
    if (known !== undefined) return known;
    const reassuring = REASSURING.get(findingId);
    if (reassuring !== undefined) {
      const sign = reaskOf !== undefined && REASK[reaskOf]?.finding === findingId ? fact(reaskOf) : undefined;
      if (sign === 'yes') return reassuring === 'yes' ? 'no' : 'yes';
      return sign === 'no' || fallback === 'no' ? reassuring : 'unknown';
    }
    return findingById.get(findingId)?.kind === 'numeric' ? 'unknown' : fallback;
  };
}

/** Dev vignettes list only what the patient has, so patient B ("anything else is no") is their original patient. */
export function simulatedAnswer(v: Vignette, findingId: string, reaskOf?: string): AnswerValue {
  return patientReply(v.findings, 'no')(findingId, reaskOf);
}

/** Guards the loop if an engine change ever keeps re-asking a question the patient cannot answer. */
const MAX_TURNS = 100;

/**
 * One interview through the public engine API, as the app runs it: the patient types the complaint, corrects parsed
 * findings they know to be wrong on the confirmation step, then answers every question until the engine stops.
 * `confirm` answers the confirmation step (default `reply`): what was read from the patient's own words is only
 * changed when their facts say otherwise — patient B's "no" to anything unmentioned does not deny what they have
 * just typed ("I take sertraline"), which the case's fact list may not repeat.
 */
export async function interview(
  engine: TriageEngine,
  c: SimulatedCase,
  reply: PatientReply,
  confirm: PatientReply = reply,
): Promise<InterviewRun> {
  let state = engine.start({
    ageMonths: c.ageMonths,
    sex: c.sex,
    locale: c.locale,
    complaintText: c.complaint,
  });
  let corrections = 0;
  for (const f of state.extracted) {
    const truth = confirm(f.findingId);
    if (truth !== 'unknown' && truth !== f.value) {
      corrections++;
      state = engine.answer(state, f.findingId, truth);
    }
  }
  let questions = 0;
  for (let q = engine.nextQuestion(state); q && questions < MAX_TURNS; q = engine.nextQuestion(state)) {
    questions++;
    state = engine.answer(
      state,
      q.findingId,
      reply(q.findingId, q.reason === 'reask' ? q.reaskOf : undefined),
    );
  }
  return { result: await engine.result(state), questions, corrections, extracted: state.extracted.length };
}
