import { effectiveFindings, redFlagContext } from '../src/interview/effective-findings.js';
import type { AnswerValue } from '../src/interview/state.js';
import type { Sex } from '../src/knowledge/types.js';
import { firedRules } from '../src/red-flags/index.js';

/** Ids of the red-flag rules that fire for a patient with these answers (same code path as the interview). */
export function fired(ageMonths: number, sex: Sex, answers: Record<string, AnswerValue>): string[] {
  const state = {
    ageMonths,
    sex,
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, value]) => [id, { value, source: 'patient' as const }]),
    ),
  };
  return firedRules(redFlagContext(state, effectiveFindings(state))).map((r) => r.id);
}
