import type { Locale } from '../i18n/locales.js';
import { DISPLAY_TIME_ZONE, intlLocale } from './dates.js';

/** About `count` round tick values covering [min, max] (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? power * 10;
  // From the step at or below `min` to the one at or above `max`, so every value lies within the axis.
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(10)));
  return ticks;
}

/**
 * The value axis of a chart: round ticks around the values (and anything else that must show, such as a
 * reference range), with a tenth of the span as margin. A quantity that cannot be negative (a concentration,
 * a pressure) never gets an axis below zero: the margin stops at 0.
 */
export function valueAxis(values: number[], options: { include?: number[]; nonNegative?: boolean } = {}) {
  const all = [...values, ...(options.include ?? [])];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const margin = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const lower = options.nonNegative ? Math.max(0, lo - margin) : lo - margin;
  const ticks = niceTicks(lower, hi + margin).filter((t) => !options.nonNegative || t >= 0);
  return { ticks, min: ticks[0]!, max: ticks.at(-1)! };
}

const DAY = 86_400_000;
/** Steps the time axis may use, shortest first; months are calendar months. */
const steps = [
  { days: 1 },
  { days: 2 },
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 2 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
] as const;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function shortDate(locale: Locale, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: DISPLAY_TIME_ZONE });
    dateFormats.set(key, format);
  }
  return format;
}

function tickTimes(start: number, end: number, step: (typeof steps)[number]): number[] {
  const times: number[] = [];
  if ('days' in step) {
    const first = Math.ceil(start / DAY) * DAY;
    for (let t = first; t <= end; t += step.days * DAY) times.push(t);
    return times;
  }
  const from = new Date(start);
  let year = from.getUTCFullYear();
  let month = Math.ceil(from.getUTCMonth() / step.months) * step.months;
  for (;;) {
    const t = Date.UTC(year + Math.floor(month / 12), month % 12, 1);
    if (t > end) return times;
    if (t >= start) times.push(t);
    month += step.months;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
}

export interface TimeTick {
  time: number;
  x: number;
  label: string;
}

/**
 * Date ticks for a time axis drawn `left`–`right` pixels wide: the shortest step (a day … a year) whose labels,
 * at about `charWidth` pixels a character, fit side by side with a gap, so they never overlap however narrow
 * the chart is. Labels are short dates in the reader's language ("5 мар." / "5 Mar", or "мар. 26" by month).
 * Ticks whose label would stick out past `0`…`width` are left out.
 */
export function timeTicks(input: {
  start: number;
  end: number;
  left: number;
  right: number;
  width: number;
  locale: Locale;
  charWidth?: number;
}): TimeTick[] {
  const { start, end, left, right, width, locale, charWidth = 7 } = input;
  const span = Math.max(end - start, 1);
  const x = (t: number) => left + ((t - start) / span) * (right - left);
  const crossesYears = new Date(start).getUTCFullYear() !== new Date(end).getUTCFullYear();
  let ticks: TimeTick[] = [];
  for (const step of steps) {
    const format =
      'days' in step
        ? shortDate(locale, { day: 'numeric', month: 'short' })
        : shortDate(locale, crossesYears ? { month: 'short', year: '2-digit' } : { month: 'short' });
    ticks = tickTimes(start, end, step)
      .map((time) => ({ time, x: x(time), label: format.format(new Date(time)) }))
      .filter((tick) => {
        const half = (tick.label.length * charWidth) / 2;
        return tick.x - half >= 0 && tick.x + half <= width;
      });
    const fits = ticks.every((tick, i) => {
      const next = ticks[i + 1];
      return !next || next.x - tick.x >= ((tick.label.length + next.label.length) * charWidth) / 2 + 12;
    });
    if (fits) return ticks;
  }
  // Even a year apart the labels do not fit (a chart a few dozen pixels wide): the first one only.
  return ticks.slice(0, 1);
}
