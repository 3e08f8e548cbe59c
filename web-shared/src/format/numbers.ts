import type { Locale } from '../i18n/locales.js';
import { intlLocale } from './dates.js';

const formats = new Map<string, Intl.NumberFormat>();

/** One cached Intl.NumberFormat per language and options (they are costly to build on every render). */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(intlLocale[locale], options)));
  return format;
}

/**
 * A number as the reader writes it: "5,4" in Russian, "5.4" in English, with at most `maxDigits` decimals (lab
 * values keep the precision they were reported with, up to three). Every number the apps show goes through
 * here or the helpers below, so the decimal separator never depends on where it is shown.
 */
export function formatNumber(value: number, locale: Locale, maxDigits = 3): string {
  return numberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** An amount of money, e.g. "1 500 ₽" / "RUB 1,500" (whole roubles unless kopecks are given). */
export function formatMoney(amount: number, locale: Locale, currency = 'RUB'): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A share such as a franchise, e.g. "30 %" / "30%" (`percent` is 0–100). */
export function formatPercent(percent: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
