import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/interview/state.js';
import type { Sex } from '../../src/knowledge/types.js';
import { fired } from '../helpers.js';

export type Answers = Record<string, AnswerValue>;
/** One patient and whether the rule must fire for them. */
export type Case = readonly [ageMonths: number, sex: Sex, answers: Answers, fires: boolean];
export type Cases = Readonly<Record<string, readonly Case[]>>;

export const ADULT = 360;
/** Answers "yes" to each finding. */
export const y = (...ids: string[]): Answers => Object.fromEntries(ids.map((id) => [id, 'yes']));
/** Answers "no" to each finding. */
export const n = (...ids: string[]): Answers => Object.fromEntries(ids.map((id) => [id, 'no']));

/** One test per rule: every case fires or stays silent as listed. */
export function describeCases(title: string, cases: Cases): void {
  describe(title, () => {
    for (const [ruleId, list] of Object.entries(cases)) {
      it(ruleId, () => {
        for (const [age, sex, answers, fires] of list) {
          expect(
            fired(age, sex, answers).includes(ruleId),
            `${age} m, ${sex}, ${JSON.stringify(answers)}`,
          ).toBe(fires);
        }
      });
    }
  });
}
