import type { DayHours } from '../../db/schema/clinics.js';
import { zoneOffsetMs } from '../../lib/time-zone.js';

/**
 * Check-up start times: every half hour in the first hours after the clinic opens (the tests are taken
 * fasting, in the morning), a few people per time — the clinic runs them through its rooms in parallel.
 */
export const CHECKUP_STEP_MINUTES = 30;
export const CHECKUP_MORNING_HOURS = 4;
/** How many check-ups may start at one clinic at one time. */
export const CHECKUP_CAPACITY = 2;
/** How many days ahead the times are listed at once. */
export const MAX_TIMES_DAYS = 14;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Minutes east of UTC of a time zone at an instant (Russian zones keep no summer time, but ask anyway). */
const offsetMinutes = (at: Date, timeZone: string) =>
  Math.round(zoneOffsetMs(at.getTime(), timeZone) / 60_000);

/** The instant of a wall-clock `date` + `time` in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  return new Date(asUtc.getTime() - offsetMinutes(asUtc, timeZone) * 60_000);
}

/** The wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return { date: local.toISOString().slice(0, 10), time: local.toISOString().slice(11, 16) };
}

/** Monday-first index (as `clinics.hours`) of a calendar date. */
const weekdayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The check-up start times (`HH:MM`, clinic time) of a day; none when the clinic is closed. */
export function dayStartTimes(hours: DayHours | undefined): string[] {
  if (!hours) return [];
  const opens = minutesOf(hours.opens);
  const last = Math.min(opens + CHECKUP_MORNING_HOURS * 60, minutesOf(hours.closes)) - CHECKUP_STEP_MINUTES;
  const times: string[] = [];
  for (let m = opens; m <= last; m += CHECKUP_STEP_MINUTES) times.push(hhmm(m));
  return times;
}

export interface ClinicClock {
  timezone: string;
  /** Seven entries, Monday first; a clinic with no hours recorded takes no check-ups. */
  hours: DayHours[];
}

/** Every start instant on the days `from`…`to` (clinic calendar dates, inclusive). */
export function startTimes(clinic: ClinicClock, from: string, to: string): Date[] {
  const result: Date[] = [];
  for (
    let day = new Date(`${from}T00:00:00Z`);
    isoDay(day) <= to;
    day = new Date(day.getTime() + 86_400_000)
  ) {
    const date = isoDay(day);
    for (const time of dayStartTimes(clinic.hours[weekdayIndex(date)])) {
      result.push(zonedInstant(date, time, clinic.timezone));
    }
  }
  return result;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Whether an instant is one of the clinic's check-up start times. */
export function isStartTime(clinic: ClinicClock, at: Date): boolean {
  const { date, time } = wallClock(at, clinic.timezone);
  return (
    at.getUTCSeconds() === 0 &&
    at.getUTCMilliseconds() === 0 &&
    dayStartTimes(clinic.hours[weekdayIndex(date)]).includes(time)
  );
}
