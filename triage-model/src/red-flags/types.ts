import type { Localized, Sex, Specialist, Urgency } from '../knowledge/types.js';

/** What a rule can see: the patient's answers merged with findings derived from numeric answers. */
export interface RedFlagContext {
  ageMonths: number;
  sex: Sex;
  yes(findingId: string): boolean;
  /** True once the finding has any answer (including "don't know") or was derived from a measurement. */
  known(findingId: string): boolean;
  value(numericFindingId: string): number | undefined;
}

export interface RedFlagRule {
  id: string;
  /** `planned` only for a warning sign that must never be left to self-care (visible blood in the urine). */
  urgency: Exclude<Urgency, 'self_care'>;
  name: Localized;
  advice: Localized;
  specialist: Specialist;
  /** Whether the interview must cover this rule's questions for this patient (given what is known so far). */
  relevant(ctx: RedFlagContext): boolean;
  /** Questions that decide the rule, in the order they should be asked; may depend on earlier answers. */
  questions(ctx: RedFlagContext): readonly string[];
  fires(ctx: RedFlagContext): boolean;
  /**
   * Questions whose answers could still withdraw this rule once it fires (known epilepsy: is the person back to
   * normal?). An ambulance-level rule ends the interview only when none of them is left to ask.
   */
  withdrawnBy?(ctx: RedFlagContext): readonly string[];
}

export const anyYes = (ctx: RedFlagContext, ids: readonly string[]): boolean => ids.some((id) => ctx.yes(id));
