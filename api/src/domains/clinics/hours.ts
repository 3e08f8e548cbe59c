import type { DayHours } from '../../db/schema/clinics.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The weekday (0 = Monday) and minutes since midnight of `at` on the wall clock of `timezone`. */
export function localClock(at: Date, timezone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS.indexOf(part('weekday') as (typeof WEEKDAYS)[number]);
  return { weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** 'HH:MM' to minutes since midnight ('24:00' is the end of the day). */
export const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/**
 * Whether a clinic is open at `at` on its own wall clock: from `opens` up to, not including, `closes`
 * (a clinic closing at 20:00 is closed at 20:00 sharp). Hours are seven entries, Monday first.
 */
export function isOpenAt(hours: readonly DayHours[], timezone: string, at: Date) {
  const { weekday, minutes } = localClock(at, timezone);
  const day = hours[weekday];
  if (!day) return false;
  return minutes >= toMinutes(day.opens) && minutes < toMinutes(day.closes);
}

/** Open at some time on Sunday (the seventh entry). */
export const opensOnSunday = (hours: readonly DayHours[]) => Boolean(hours[6]);

const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)

/** Great-circle distance in km by the haversine formula. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
