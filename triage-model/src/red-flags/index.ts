import { findingById, isApplicable, urgencyRank } from '../knowledge/catalogue.js';
import { abdominalRules } from './abdominal.js';
import { cardiovascularRules } from './cardiovascular.js';
import { mentalHealthRules } from './mental-health.js';
import { neurologicalRules } from './neurological.js';
import { paediatricRules } from './paediatric.js';
import { respiratoryAllergyRules } from './respiratory-allergy.js';
import { sepsisRules } from './sepsis.js';
import type { RedFlagContext, RedFlagRule } from './types.js';

/** Ordered most urgent first so questions for life-threatening rules are asked before the others. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  ...cardiovascularRules,
  ...neurologicalRules,
  ...respiratoryAllergyRules,
  ...sepsisRules,
  ...paediatricRules,
  ...abdominalRules,
  ...mentalHealthRules,
].sort((a, b) => urgencyRank(b.urgency) - urgencyRank(a.urgency));

export function firedRules(ctx: RedFlagContext): RedFlagRule[] {
  return RED_FLAG_RULES.filter((r) => r.fires(ctx));
}

/** The next red-flag question still open for this patient, if any: rules always get covered before the model asks. */
export function pendingRedFlagQuestion(
  ctx: RedFlagContext,
  asked: ReadonlySet<string>,
): { findingId: string; ruleId: string } | undefined {
  for (const rule of RED_FLAG_RULES) {
    if (!rule.relevant(ctx)) continue;
    for (const id of rule.questions(ctx)) {
      const finding = findingById.get(id);
      if (!finding || asked.has(id) || ctx.known(id)) continue;
      if (finding.kind === 'boolean' && !isApplicable(finding, ctx.ageMonths, ctx.sex)) continue;
      if (
        finding.kind === 'numeric' &&
        finding.pairedWith !== undefined &&
        ctx.value(finding.pairedWith) === undefined
      ) {
        continue;
      }
      return { findingId: id, ruleId: rule.id };
    }
  }
  return undefined;
}

export type { RedFlagContext, RedFlagRule };
