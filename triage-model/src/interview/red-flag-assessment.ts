import { urgencyRank } from '../knowledge/catalogue.js';
import type { Urgency } from '../knowledge/types.js';
import { toldAboutSomeoneElse } from '../parser/respondent.js';
import { ABC_FINDINGS, PRESUPPOSES, SHOWN_BY_ANSWERING } from '../red-flags/doubt.js';
import { firedRules } from '../red-flags/index.js';
import type { RedFlagRule } from '../red-flags/types.js';
import { redFlagContext, type EffectiveFindings } from './effective-findings.js';
import type { InterviewState } from './state.js';

/**
 * A "don't know" counts as doubt only when the danger sign is plausible given every other answer: the model's
 * predictive probability of it (Σ P(condition | answers) × P(sign | condition)) reaches this. Doubt about a sign with
 * a 1-in-1000 chance (is a young adult with a sore throat unresponsive?) must not call an ambulance; the same doubt
 * in a feverish, breathless infant does. Operating points, not clinical thresholds (`other` chosen on the dev and tuning sets).
 * The `abc` one stays low: doubt about airway, breathing or consciousness is the one that must not be missed.
 */
export const DOUBT_MATERIALITY = { abc: 0.01, other: 0.08 } as const;

/**
 * Unresolved doubt that is not about airway, breathing or consciousness raises the level to "see a doctor today" and
 * no further: the patient could observe the sign and did not report it, so an ambulance would over-triage, yet the
 * sign cannot be ruled out remotely (NHS 111 Pathways handles "don't know" to a non-ABC discriminator with an urgent
 * primary-care disposition; RCUK ABCDE approach 2021 for what cannot wait).
 */
const DOUBT_CEILING: Urgency = 'within_24h';

export interface RedFlagAssessment {
  rule: RedFlagRule;
  /** False when the rule fires only because the patient did not know whether a danger sign is present. */
  confirmed: boolean;
  /** The level this rule sets: its own when confirmed or when the doubt is about airway, breathing or consciousness. */
  urgency: Urgency;
  /** For doubt: the "don't know" answers that make the rule fire. */
  doubtFindings: string[];
}

const atMost = (a: Urgency, b: Urgency): Urgency => (urgencyRank(a) <= urgencyRank(b) ? a : b);

/**
 * Rules that fire on the answers, plus rules that one unsettled "don't know" would make fire if it were a "yes" — at
 * their own level when that answer is about airway, breathing or consciousness, otherwise capped at `DOUBT_CEILING`.
 * Only `material` doubts count (see `DOUBT_MATERIALITY`); a rule that needs two doubts at once is not escalated.
 */
export function assessRedFlags(
  state: Pick<InterviewState, 'ageMonths' | 'sex'>,
  eff: EffectiveFindings,
  material: (findingId: string) => boolean = () => true,
  abc: (findingId: string) => boolean = (id) => ABC_FINDINGS.has(id),
): RedFlagAssessment[] {
  const confirmed = firedRules(redFlagContext(state, eff));
  const out: RedFlagAssessment[] = confirmed.map((rule) => ({
    rule,
    confirmed: true,
    urgency: rule.urgency,
    doubtFindings: [],
  }));
  const confirmedIds = new Set(confirmed.map((r) => r.id));
  const doubtful = new Map<string, RedFlagAssessment>();
  for (const id of eff.unsure) {
    if (!material(id)) continue;
    for (const rule of firedRules(redFlagContext(state, eff, new Set([id])))) {
      if (confirmedIds.has(rule.id)) continue;
      const urgency = abc(id) ? rule.urgency : atMost(rule.urgency, DOUBT_CEILING);
      const seen = doubtful.get(rule.id);
      if (!seen) doubtful.set(rule.id, { rule, confirmed: false, urgency, doubtFindings: [id] });
      else {
        seen.doubtFindings.push(id);
        if (urgencyRank(urgency) > urgencyRank(seen.urgency)) seen.urgency = urgency;
      }
    }
  }
  return [...out, ...doubtful.values()];
}

/**
 * From 15 patients consent to their own care (Federal Law 323-FZ, art. 54) and use their own account; younger
 * children are in a parent's. So a patient of 15 or more answers for themselves unless the complaint is told about
 * someone else.
 */
const OWN_ACCOUNT_FROM_MONTHS = 15 * 12;

export function answeringForThemselves(state: Pick<InterviewState, 'ageMonths' | 'complaintText'>): boolean {
  return (
    state.ageMonths >= OWN_ACCOUNT_FROM_MONTHS &&
    !toldAboutSomeoneElse(state.complaintText ?? '', { patientIsAdolescentOrAdult: true })
  );
}

/** Airway, breathing and consciousness doubt for this patient: see `SHOWN_BY_ANSWERING`. */
export function abcDoubtFor(
  state: Pick<InterviewState, 'ageMonths' | 'complaintText'>,
): (findingId: string) => boolean {
  const self = answeringForThemselves(state);
  return (id) => ABC_FINDINGS.has(id) && !(self && SHOWN_BY_ANSWERING.has(id));
}

/** A "don't know" to a question whose premise the patient has not confirmed is no doubt (see `PRESUPPOSES`). */
export const premiseHolds = (eff: Pick<EffectiveFindings, 'yesNo'>, findingId: string): boolean =>
  PRESUPPOSES[findingId]?.some((p) => eff.yesNo[p] === 'yes') ?? true;

/** The most urgent level the red-flag assessments set, if any. */
export function redFlagUrgency(assessed: readonly RedFlagAssessment[]): Urgency | undefined {
  return assessed.reduce<Urgency | undefined>(
    (top, a) => (top === undefined || urgencyRank(a.urgency) > urgencyRank(top) ? a.urgency : top),
    undefined,
  );
}
