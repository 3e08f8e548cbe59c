import { findingById, isApplicable, urgencyRank } from '../knowledge/catalogue.js';
import { abdominalRules } from './abdominal.js';
import { bleedingRules } from './bleeding.js';
import { cardiovascularRules } from './cardiovascular.js';
import { consciousnessRules } from './consciousness.js';
import { environmentRules } from './environment.js';
import { eyeRules } from './eye.js';
import { headInjuryRules } from './head-injury.js';
import { infectionRules } from './infection.js';
import { injuryRules } from './injuries.js';
import { jaundiceRules } from './jaundice.js';
import { mentalHealthRules } from './mental-health.js';
import { metabolicRigidityRules } from './metabolic-rigidity.js';
import { neurologicalRules } from './neurological.js';
import { paediatricRules } from './paediatric.js';
import { persistentSymptomRules } from './persistent-symptoms.js';
import { poisoningRules } from './poisoning.js';
import { pregnancyRules } from './pregnancy.js';
import { respiratoryAllergyRules } from './respiratory-allergy.js';
import { sepsisRules } from './sepsis.js';
import { vitalSignRules } from './vital-signs.js';
import type { RedFlagContext, RedFlagRule } from './types.js';

/** Ordered most urgent first so questions for life-threatening rules are asked before the others. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  ...consciousnessRules,
  ...respiratoryAllergyRules,
  ...cardiovascularRules,
  ...neurologicalRules,
  ...headInjuryRules,
  ...sepsisRules,
  ...vitalSignRules,
  ...paediatricRules,
  ...abdominalRules,
  ...pregnancyRules,
  ...metabolicRigidityRules,
  ...poisoningRules,
  ...injuryRules,
  ...environmentRules,
  ...infectionRules,
  ...jaundiceRules,
  ...bleedingRules,
  ...eyeRules,
  ...mentalHealthRules,
  ...persistentSymptomRules,
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
