import { findingById } from '../knowledge/catalogue.js';
import { DERIVED_BY_NUMERIC, deriveVitals } from '../knowledge/derive-vitals.js';
import type { YesNo } from '../model/features.js';
import { firedRules } from '../red-flags/index.js';
import type { RedFlagContext, RedFlagRule } from '../red-flags/types.js';
import type { InterviewState } from './state.js';

export interface EffectiveFindings {
  /** Yes/no findings as the model sees them: patient answers, overridden by values derived from measurements. */
  yesNo: Record<string, YesNo>;
  /** Which yes/no values came from a direct yes/no answer (a measurement can still refine those). */
  answeredDirectly: Set<string>;
  numeric: Record<string, number>;
  known: Set<string>;
  /** Yes/no findings the patient answered "don't know". */
  unsure: Set<string>;
}

export function effectiveFindings(state: Pick<InterviewState, 'answers'>): EffectiveFindings {
  const yesNo: Record<string, YesNo> = {};
  const numeric: Record<string, number> = {};
  const known = new Set<string>();
  const answeredDirectly = new Set<string>();
  const unsure = new Set<string>();
  for (const [id, { value }] of Object.entries(state.answers)) {
    known.add(id);
    if (typeof value === 'number') numeric[id] = value;
    else if (value === 'unknown') {
      if (findingById.get(id)?.kind === 'boolean') unsure.add(id);
    } else {
      yesNo[id] = value;
      answeredDirectly.add(id);
    }
  }
  for (const [id, value] of Object.entries(deriveVitals(numeric))) {
    yesNo[id] = value;
    known.add(id);
    answeredDirectly.delete(id);
    unsure.delete(id);
  }
  for (const [numericId, derived] of Object.entries(DERIVED_BY_NUMERIC)) {
    // A measured value answers the question "do you have a fever?" too, and vice versa nothing is derived.
    if (numeric[numericId] !== undefined) derived.forEach((d) => known.add(d));
  }
  return { yesNo, answeredDirectly, numeric, known, unsure };
}

/** With `doubtAsYes`, a "don't know" to a yes/no finding counts as present. */
export function redFlagContext(
  state: Pick<InterviewState, 'ageMonths' | 'sex'>,
  eff: EffectiveFindings,
  doubtAsYes = false,
): RedFlagContext {
  return {
    ageMonths: state.ageMonths,
    sex: state.sex,
    yes: (id) => eff.yesNo[id] === 'yes' || (doubtAsYes && eff.unsure.has(id)),
    known: (id) => eff.known.has(id),
    value: (id) => eff.numeric[id],
  };
}

export interface RedFlagAssessment {
  rule: RedFlagRule;
  /** False when the rule fires only because the patient did not know whether a danger sign is present. */
  confirmed: boolean;
}

/**
 * Rules that fire on the answers, plus — when in doubt, escalate — rules that would fire if every "don't know"
 * were a "yes" (marked unconfirmed).
 */
export function assessRedFlags(
  state: Pick<InterviewState, 'ageMonths' | 'sex'>,
  eff: EffectiveFindings,
): RedFlagAssessment[] {
  const confirmed = firedRules(redFlagContext(state, eff));
  const ids = new Set(confirmed.map((r) => r.id));
  const doubtful = firedRules(redFlagContext(state, eff, true)).filter((r) => !ids.has(r.id));
  return [
    ...confirmed.map((rule) => ({ rule, confirmed: true })),
    ...doubtful.map((rule) => ({ rule, confirmed: false })),
  ];
}
