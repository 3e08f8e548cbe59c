import type { LocalizedText } from '../../../db/schema/common.js';
import type { ReadingInput } from '../reading-input.js';
import { fromWallClock, type WallClock } from './local-time.js';

/** The formats the device import recognises. */
/** `csv`: the plain date,time,systolic,diastolic,pulse table (`../csv.ts`). */
export type DeviceSource = 'omron' | 'withings' | 'fhir' | 'csv';

/** One data row of an export: a reading, a row to skip (no pressure in it), or the reasons it is unreadable. */
export type DeviceRow =
  | { row: number; reading: ReadingInput }
  | { row: number; skipped: true }
  | { row: number; problems: LocalizedText[] };

export interface DeviceParse {
  source: DeviceSource;
  rows: DeviceRow[];
  /** A problem with the file as a whole (no readings at all, a wrong header); rows are then empty. */
  fileProblem?: LocalizedText;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Dates as the exports write them: 2024-03-15, 2024/03/15, 15.03.2024, "Mar 15, 2024", "15 Mar 2024" and
 * 03/15/2024 or 15/03/2024. The slash form is read month-first for English exports (the US app writes
 * M/D/YYYY) and day-first for Russian ones, unless one of the numbers is above 12 and settles it.
 */
export function parseDate(text: string, slashOrder: 'mdy' | 'dmy') {
  const ymd = (y: number, m: number, d: number) => ({ year: y, month: m, day: d });
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    const dayFirst = a > 12 || (b <= 12 && slashOrder === 'dmy');
    return dayFirst ? ymd(+m[3]!, b, a) : ymd(+m[3]!, a, b);
  }
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (m && MONTHS.includes(m[1]!.toLowerCase()))
    return ymd(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!);
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(text);
  if (m && MONTHS.includes(m[2]!.toLowerCase()))
    return ymd(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!);
  return null;
}

/** 07:32, 7:32:10, 7:32 AM, 07:32 PM. */
export function parseTime(text: string) {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text);
  if (!m) return null;
  let hour = +m[1]!;
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return { hour, minute: +m[2]!, second: m[3] ? +m[3] : 0 };
}

/** The instant of a local date and time in the patient's zone; an invalid Date when either is unreadable. */
export function localInstant(date: string, time: string, slashOrder: 'mdy' | 'dmy', timeZone: string) {
  const d = parseDate(date.trim(), slashOrder);
  const t = parseTime(time.trim());
  if (!d || !t) return new Date(Number.NaN);
  return fromWallClock({ ...d, ...t } satisfies WallClock, timeZone);
}

/** "128" → 128; "" → null; anything else NaN, which `readingProblems` then names. */
export const wholeNumber = (cell: string | undefined) => {
  const text = (cell ?? '').trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
};
