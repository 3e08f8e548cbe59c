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

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The instant a wall-clock time in `timeZone` denotes; an invalid calendar date gives an invalid Date. */
export function fromWallClock(t: WallClock, timeZone: string): Date {
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const check = new Date(naive);
  if (
    check.getUTCFullYear() !== t.year ||
    check.getUTCMonth() !== t.month - 1 ||
    check.getUTCDate() !== t.day ||
    t.hour > 23 ||
    t.minute > 59 ||
    t.second > 59
  ) {
    return new Date(Number.NaN);
  }
  // Two passes settle the offset on either side of a DST change.
  let instant = naive - offsetAt(naive, timeZone);
  instant = naive - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The zone's current UTC offset as "+03:00", for the generic CSV reader that takes a fixed offset. */
export function currentOffset(timeZone: string, now = Date.now()) {
  const minutes = Math.round(offsetAt(now, timeZone) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
