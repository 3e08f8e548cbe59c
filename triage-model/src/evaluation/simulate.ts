import { findingById, urgencyRank } from '../knowledge/catalogue.js';
import { deriveVitals } from '../knowledge/derive-vitals.js';
import type { Urgency } from '../knowledge/types.js';
import type { TriageEngine } from '../interview/engine.js';
import type { TriageResult } from '../interview/result.js';
import type { AnswerValue } from '../interview/state.js';
import { firedRules } from '../red-flags/index.js';
import { createRng } from '../training/prng.js';
import type { Vignette } from './vignettes/define.js';

export interface VignetteRun {
  result: TriageResult;
  questions: number;
  /** Complaint-parser findings the simulated patient had to correct on the confirmation screen. */
  corrections: number;
  extracted: number;
}

function numericTruth(v: Vignette): Record<string, number> {
  return Object.fromEntries(
    Object.entries(v.findings).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
}

/** The simulated patient: answers from the vignette; anything not listed is absent, any measurement not listed unknown. */
export function simulatedAnswer(v: Vignette, findingId: string): AnswerValue {
  const value = v.findings[findingId];
  if (value !== undefined) return value;
  if (findingById.get(findingId)?.kind === 'numeric') return 'unknown';
  return deriveVitals(numericTruth(v))[findingId] ?? 'no';
}

/** The most urgent red-flag rule the complete vignette triggers (what a clinician with all facts would apply). */
export function redFlagUrgency(v: Vignette): Urgency | undefined {
  const numeric = numericTruth(v);
  const derived = deriveVitals(numeric);
  const fired = firedRules({
    ageMonths: v.ageMonths,
    sex: v.sex,
    yes: (id) => v.findings[id] === 'yes' || derived[id] === 'yes',
    known: () => true,
    value: (id) => numeric[id],
  });
  return fired.sort((a, b) => urgencyRank(b.urgency) - urgencyRank(a.urgency))[0]?.urgency;
}

/**
 * A terse, vague patient for the robustness figures: they only name their main complaint (the first finding the
 * parser understands), and answer "don't know" with this probability to things they do have (seeded per vignette).
 */
export const NOISY_UNKNOWN_RATE = 0.2;
const MAIN_COMPLAINT = new Set(['symptom', 'sign']);

function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export async function runVignette(engine: TriageEngine, v: Vignette, noisy = false): Promise<VignetteRun> {
  const rng = createRng(seedOf(v.id));
  const reply = (findingId: string): AnswerValue => {
    const truth = simulatedAnswer(v, findingId);
    return noisy && truth !== 'no' && rng.next() < NOISY_UNKNOWN_RATE ? 'unknown' : truth;
  };
  const demographics = { ageMonths: v.ageMonths, sex: v.sex, locale: v.locale };
  let state = engine.start(noisy ? demographics : { ...demographics, complaintText: v.complaint });
  if (noisy) {
    const main = engine
      .parseComplaint(v.complaint)
      .find(
        (f) => MAIN_COMPLAINT.has(findingById.get(f.findingId)!.category) && f.findingId !== 'sudden_onset',
      );
    if (main && simulatedAnswer(v, main.findingId) === 'yes')
      state = engine.answer(state, main.findingId, 'yes');
  }
  // Confirmation step: the patient fixes anything the parser got wrong.
  let corrections = 0;
  for (const f of state.extracted) {
    const truth = simulatedAnswer(v, f.findingId);
    if (truth !== f.value) {
      corrections++;
      state = engine.answer(state, f.findingId, truth);
    }
  }
  for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
    state = engine.answer(state, q.findingId, reply(q.findingId));
  }
  return {
    result: await engine.result(state),
    questions: state.asked.length,
    corrections,
    extracted: state.extracted.length,
  };
}
