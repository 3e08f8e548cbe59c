import { findingById } from '../knowledge/catalogue.js';
import { DERIVED_BY_NUMERIC, deriveVitals } from '../knowledge/derive-vitals.js';
import type { YesNo } from '../model/features.js';
import { REASK } from '../red-flags/doubt.js';
import type { RedFlagContext } from '../red-flags/types.js';
import type { InterviewState } from './state.js';

export interface EffectiveFindings {
  /** Yes/no findings as the model sees them: patient answers, overridden by values derived from measurements. */
  yesNo: Record<string, YesNo>;
  /** Which yes/no values came from a direct yes/no answer (a measurement can still refine those). */
  answeredDirectly: Set<string>;
  numeric: Record<string, number>;
  known: Set<string>;
  /** Yes/no findings the patient answered "don't know" and that no re-ask has settled. */
  unsure: Set<string>;
  /** Danger signs answered "don't know" that their simpler re-ask settled: finding → re-ask finding. */
  settledBy: Record<string, string>;
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
  // A "don't know" to a danger sign is settled by the answer to its simpler, observable re-ask.
  const settledBy: Record<string, string> = {};
  for (const id of unsure) {
    const reask = REASK[id];
    const value = reask && state.answers[reask.finding]?.value;
    if (value !== 'yes' && value !== 'no') continue;
    yesNo[id] = value === reask!.reassuringAnswer ? 'no' : 'yes';
    settledBy[id] = reask!.finding;
    unsure.delete(id);
  }
  for (const [numericId, derived] of Object.entries(DERIVED_BY_NUMERIC)) {
    // A measured value answers the question "do you have a fever?" too, and vice versa nothing is derived.
    if (numeric[numericId] !== undefined) derived.forEach((d) => known.add(d));
  }
  return { yesNo, answeredDirectly, numeric, known, unsure, settledBy };
}

/** Findings in `doubtAsYes` that the patient answered "don't know" count as present. */
export function redFlagContext(
  state: Pick<InterviewState, 'ageMonths' | 'sex'>,
  eff: EffectiveFindings,
  doubtAsYes: ReadonlySet<string> = new Set(),
): RedFlagContext {
  return {
    ageMonths: state.ageMonths,
    sex: state.sex,
    yes: (id) => eff.yesNo[id] === 'yes' || (eff.unsure.has(id) && doubtAsYes.has(id)),
    known: (id) => eff.known.has(id),
    value: (id) => eff.numeric[id],
  };
}
