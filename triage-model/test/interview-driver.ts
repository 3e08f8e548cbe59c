import type { AnswerValue, InterviewState, Question, TriageEngine } from '../src/index.js';

/**
 * Drives an interview the way the api does: each step goes through JSON, as if stored in the database. Findings not
 * in `truth` are answered `otherwise` (numeric ones "unknown").
 */
export function runInterview(
  engine: TriageEngine,
  state: InterviewState,
  truth: Record<string, AnswerValue>,
  otherwise: 'no' | 'unknown' = 'no',
): { state: InterviewState; asked: string[]; questions: Question[] } {
  const questions: Question[] = [];
  for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
    questions.push(q);
    const value = truth[q.findingId] ?? (q.kind === 'numeric' ? 'unknown' : otherwise);
    state = JSON.parse(JSON.stringify(engine.answer(state, q.findingId, value))) as InterviewState;
  }
  return { state, asked: questions.map((q) => q.findingId), questions };
}
