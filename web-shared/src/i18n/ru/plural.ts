const rules = new Intl.PluralRules('ru');

/** Russian nouns take three forms after a number: 1 год, 2 года, 5 лет; a fraction takes the second: 1,5 года. */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const category = rules.select(count);
  return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
}

export const years = (count: number) => `${count} ${plural(count, { one: 'год', few: 'года', many: 'лет' })}`;
export const days = (count: number) => `${count} ${plural(count, { one: 'день', few: 'дня', many: 'дней' })}`;
export const readings = (count: number) =>
  `${count} ${plural(count, { one: 'измерение', few: 'измерения', many: 'измерений' })}`;
