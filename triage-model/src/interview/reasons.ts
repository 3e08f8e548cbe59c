import { findingById } from '../knowledge/catalogue.js';
import type { Condition, Localized } from '../knowledge/types.js';
import { firedRules } from '../red-flags/index.js';
import type { RedFlagContext, RedFlagRule } from '../red-flags/types.js';
import type { RedFlagAssessment } from './red-flag-assessment.js';

/** Why the result has its urgency, with the answers behind it — shown to the patient and the doctor. */
export interface TriageReason {
  kind: 'red_flag' | 'doubt' | 'condition';
  text: Localized;
  findingIds: string[];
}

const QUOTES: Record<keyof Localized, [string, string]> = { ru: ['«', '»'], en: ['“', '”'] };

const names = (ids: readonly string[], locale: keyof Localized): string =>
  ids
    .map((id) => `${QUOTES[locale][0]}${findingById.get(id)?.name[locale] ?? id}${QUOTES[locale][1]}`)
    .join(', ');

/**
 * The "yes" answers a confirmed rule depends on: those without which it would stop firing, or — when any of several
 * would do — all of its own questions answered "yes".
 */
export function ruleFindings(rule: RedFlagRule, ctx: RedFlagContext, yesIds: readonly string[]): string[] {
  const necessary = yesIds.filter(
    (id) => !firedRules({ ...ctx, yes: (f) => f !== id && ctx.yes(f) }).some((r) => r.id === rule.id),
  );
  if (necessary.length > 0) return necessary;
  const own = rule.questions(ctx).filter((id) => ctx.yes(id) || ctx.value(id) !== undefined);
  return own.length > 0 ? own : yesIds.filter((id) => rule.questions(ctx).includes(id));
}

export function redFlagReason(a: RedFlagAssessment, findingIds: string[]): TriageReason {
  if (a.confirmed) return { kind: 'red_flag', text: a.rule.name, findingIds };
  return {
    kind: 'doubt',
    text: {
      ru: `Вы ответили «не знаю» на вопрос ${names(a.doubtFindings, 'ru')}, а это может быть признаком опасного состояния: ${a.rule.name.ru}. Поэтому мы советуем не откладывать.`,
      en: `You answered "don't know" to ${names(a.doubtFindings, 'en')}, which could be a sign of something serious: ${a.rule.name.en}. That is why we advise not to wait.`,
    },
    findingIds: a.doubtFindings,
  };
}

export function conditionReason(
  condition: Condition,
  drivers: readonly string[],
  raising: readonly string[],
): TriageReason {
  const because = (locale: keyof Localized, word: string): string =>
    drivers.length > 0 ? `${word} ${names(drivers, locale)}` : '';
  const raised = (locale: keyof Localized, word: string): string =>
    raising.length > 0 ? `; ${word} ${names(raising, locale)}` : '';
  return {
    kind: 'condition',
    text: {
      ru: `Наиболее вероятное объяснение на этом уровне срочности — ${condition.name.ru}${because('ru', ': на это указывают')}${raised('ru', 'срочнее из-за')}.`,
      en: `The most likely explanation at this level of urgency is ${condition.name.en}${because('en', ', suggested by')}${raised('en', 'more urgent because of')}.`,
    },
    findingIds: [...new Set([...drivers, ...raising])],
  };
}
