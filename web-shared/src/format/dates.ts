import type { Locale } from '../i18n/locales.js';

/**
 * Appointment times are shown in one clinic time zone, so the server-rendered page and the page the browser
 * hydrates agree, and a patient and their doctor read the same clock.
 */
export const DISPLAY_TIME_ZONE = 'Europe/Moscow';

/** The Intl locale each app language formats dates and numbers with. */
export const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/** A calendar date such as a birth date ('YYYY-MM-DD'): no time zone applies, so it is read and shown as UTC. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(iso));
}

/** A day in a list, e.g. "Sun 22 November". */
export function formatShortDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(iso));
}

/** A full day heading, e.g. "Monday, 23 November 2026". */
export function formatDay(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'full',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(iso));
}

/** The calendar day ('YYYY-MM-DD') an instant falls on in the display time zone, for grouping by day. */
export function dayKey(iso: string | Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(new Date(iso));
}

/** A language code (e.g. 'ru') named in the reader's language. */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([intlLocale[locale]], { type: 'language' }).of(code) ?? code;
}
