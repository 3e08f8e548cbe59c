/** Time-zone arithmetic on Intl's zone data (Node's ICU), shared by the domains that read wall clocks. */

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (10,000-row imports). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The platform's clock: the web apps show every appointment time in it (`DISPLAY_TIME_ZONE`), and say so. */
export const PLATFORM_TIME_ZONE = 'Europe/Moscow';

/** 'HH:MM' of `at` on the platform's clock, for texts the api writes (notifications). */
export const platformClockTime = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: PLATFORM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
