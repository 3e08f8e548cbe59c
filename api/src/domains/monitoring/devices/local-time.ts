import { zoneOffsetMs } from '../../../lib/time-zone.js';

/**
 * Device exports write the monitor's wall-clock time without an offset. We read it in the patient's time
 * zone: the caller may name one (IANA, e.g. "Asia/Yekaterinburg"); otherwise Europe/Moscow, the service's
 * home zone and the zone every demo clinic uses. The IANA database (via Intl) handles DST for other zones.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * True for a real calendar date and time: `new Date` and `Date.UTC` roll 30 February over to March and
 * 24:00 to the next day; this refuses them.
 */
export function isWallClock(t: WallClock) {
  const check = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  return (
    check.getUTCFullYear() === t.year &&
    check.getUTCMonth() === t.month - 1 &&
    check.getUTCDate() === t.day &&
    t.hour <= 23 &&
    t.minute <= 59 &&
    t.second <= 59
  );
}

/** The instant a wall-clock time in `timeZone` denotes; an invalid calendar date gives an invalid Date. */
export function fromWallClock(t: WallClock, timeZone: string): Date {
  if (!isWallClock(t)) return new Date(Number.NaN);
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  // Two passes settle the offset on either side of a DST change.
  let instant = naive - zoneOffsetMs(naive, timeZone);
  instant = naive - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The zone's current UTC offset as "+03:00", for the generic CSV reader that takes a fixed offset. */
export function currentOffset(timeZone: string, now = Date.now()) {
  const minutes = Math.round(zoneOffsetMs(now, timeZone) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
