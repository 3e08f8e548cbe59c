import type { Locale } from '../i18n/locales.js';
import { formatNumber } from './numbers.js';

/**
 * UCUM codes (what labs send and the api stores) as people read them. Covers every unit of the lab catalogue
 * (api/src/domains/catalogue/lab-tests.ts), the demo lab and home monitoring; `formatUnit` falls back to a
 * cleaned-up UCUM spelling for anything else. Dimensionless codes ("1", "[pH]", "{INR}", "{presence}") show
 * no unit.
 */
export const unitNames: Readonly<Record<string, { ru: string; en: string }>> = {
  'g/L': { ru: 'г/л', en: 'g/L' },
  'g/dL': { ru: 'г/дл', en: 'g/dL' },
  'mg/L': { ru: 'мг/л', en: 'mg/L' },
  'mg/dL': { ru: 'мг/дл', en: 'mg/dL' },
  'µg/L': { ru: 'мкг/л', en: 'µg/L' },
  'ug/L': { ru: 'мкг/л', en: 'µg/L' },
  'ng/mL': { ru: 'нг/мл', en: 'ng/mL' },
  pg: { ru: 'пг', en: 'pg' },
  fL: { ru: 'фл', en: 'fL' },
  'mmol/L': { ru: 'ммоль/л', en: 'mmol/L' },
  'µmol/L': { ru: 'мкмоль/л', en: 'µmol/L' },
  'umol/L': { ru: 'мкмоль/л', en: 'µmol/L' },
  'pmol/L': { ru: 'пмоль/л', en: 'pmol/L' },
  'nmol/L': { ru: 'нмоль/л', en: 'nmol/L' },
  'U/L': { ru: 'Ед/л', en: 'U/L' },
  'mIU/L': { ru: 'мМЕ/л', en: 'mIU/L' },
  'm[IU]/L': { ru: 'мМЕ/л', en: 'mIU/L' },
  '[IU]/mL': { ru: 'МЕ/мл', en: 'IU/mL' },
  '[IU]/L': { ru: 'МЕ/л', en: 'IU/L' },
  'IU/L': { ru: 'МЕ/л', en: 'IU/L' },
  'µg/g': { ru: 'мкг/г', en: 'µg/g' },
  '10*9/L': { ru: '×10⁹/л', en: '×10⁹/L' },
  '10*12/L': { ru: '×10¹²/л', en: '×10¹²/L' },
  '/[HPF]': { ru: 'в п/зр', en: '/HPF' },
  'mm/h': { ru: 'мм/ч', en: 'mm/h' },
  '%': { ru: '%', en: '%' },
  'mm[Hg]': { ru: 'мм рт. ст.', en: 'mmHg' },
  '/min': { ru: 'уд/мин', en: 'bpm' },
  Cel: { ru: '°C', en: '°C' },
  kg: { ru: 'кг', en: 'kg' },
  cm: { ru: 'см', en: 'cm' },
  '1': { ru: '', en: '' },
  '[pH]': { ru: '', en: '' },
  '{INR}': { ru: '', en: '' },
  '{presence}': { ru: '', en: '' },
};

const superscripts: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** A unit in the reader's language: "г/л", "×10⁹/л", "мм рт. ст." for ru; "g/L", "×10⁹/L", "mmHg" for en. */
export function formatUnit(ucum: string, locale: Locale): string {
  const known = unitNames[ucum];
  if (known) return known[locale];
  // Unknown codes: powers of ten as superscripts, UCUM's [brackets] and {annotations} dropped.
  return ucum
    .replace(/10\*(-?\d+)/g, (_, power: string) => `×10${[...power].map((d) => superscripts[d]).join('')}`)
    .replace(/\{[^}]*\}/g, '')
    .replace(/[[\]]/g, '')
    .trim();
}

/** Qualitative findings (swabs, cultures, occult blood) come as `{presence}`: 1 detected, 0 not detected. */
const PRESENCE = '{presence}';
const presenceWords = {
  ru: { detected: 'обнаружено', absent: 'не обнаружено' },
  en: { detected: 'detected', absent: 'not detected' },
};

/** A value with its unit, e.g. "5,4 ммоль/л" / "5.4 mmol/L"; a dimensionless value has no unit after it. */
export function formatQuantity(value: number, ucum: string, locale: Locale): string {
  if (ucum === PRESENCE) return presenceWords[locale][value > 0 ? 'detected' : 'absent'];
  const unit = formatUnit(ucum, locale);
  return unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
}

/** A reference range as people read it: "3,9–5,5 ммоль/л", "< 5,2 ммоль/л", "> 1,0 mmol/L", or "—". */
export function formatReferenceRange(
  low: number | null,
  high: number | null,
  ucum: string,
  locale: Locale,
): string {
  if (ucum === PRESENCE) return presenceWords[locale].absent;
  const unit = formatUnit(ucum, locale);
  const n = (value: number) => formatNumber(value, locale);
  const range =
    low !== null && high !== null
      ? `${n(low)}–${n(high)}`
      : high !== null
        ? `< ${n(high)}`
        : low !== null
          ? `> ${n(low)}`
          : null;
  if (range === null) return '—';
  return unit ? `${range} ${unit}` : range;
}
