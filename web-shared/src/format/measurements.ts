import type { Locale } from '../i18n/locales.js';
import { plural as enPlural } from '../i18n/en/plural.js';
import { plural as ruPlural } from '../i18n/ru/plural.js';
import { formatNumber } from './numbers.js';

/**
 * The symptom checker's units that are counted nouns (the vocabulary names each unit in one form, e.g.
 * "дней" / "days"), keyed by that English name, with their plural forms: 1 день, 2 дня, 5 дней; 1 day, 2 days.
 */
const countedUnits: Record<
  string,
  { ru: { one: string; few: string; many: string }; en: { one: string; other: string } }
> = {
  days: { ru: { one: 'день', few: 'дня', many: 'дней' }, en: { one: 'day', other: 'days' } },
  palms: { ru: { one: 'ладонь', few: 'ладони', many: 'ладоней' }, en: { one: 'palm', other: 'palms' } },
};

/** A symptom-checker measurement with its unit, e.g. "38,5 °C", "1 day", "2 дня". */
export function formatMeasurement(
  value: number,
  unit: { ru: string; en: string } | undefined,
  locale: Locale,
): string {
  const number = formatNumber(value, locale);
  if (!unit) return number;
  const counted = countedUnits[unit.en];
  if (!counted) return `${number} ${unit[locale]}`;
  return `${number} ${locale === 'ru' ? ruPlural(value, counted.ru) : enPlural(value, counted.en)}`;
}
