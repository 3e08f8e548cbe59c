const rules = new Intl.PluralRules('en');

/** English nouns after a number: 1 reading, 2 readings (Intl.PluralRules, as the Russian catalogue does). */
export function plural(count: number, forms: { one: string; other: string }): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** A count with its noun, e.g. "1 reading", "5 readings". */
export const counted = (count: number, one: string, other: string) =>
  `${count} ${plural(count, { one, other })}`;
