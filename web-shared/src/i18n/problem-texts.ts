import type { ProblemCode, ProblemParams } from '@telemed/api/problem-codes';

/** A catalogue's text for every api problem code: the type makes a missing code a build error. */
export type ProblemTexts = {
  [C in ProblemCode]: string | ((params: ProblemParams<C>) => string);
};
