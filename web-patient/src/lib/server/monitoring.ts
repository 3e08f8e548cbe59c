import { readProblem, type ApiClient } from '@telemed/web-shared/server';
import { problemMessage } from '@telemed/web-shared/i18n';
import type { Locale } from '@telemed/web-shared/i18n';

/**
 * Whether anyone in the family is enrolled or has a proposal to decide; the layout asks on every page, so a
 * failure just hides the item.
 */
export async function isMonitored(api: ApiClient) {
  const response = await api.me.monitoring.$get().catch(() => null);
  if (response?.status !== 200) return false;
  const mine = await response.json();
  return mine.enrolledPatientIds.length > 0 || mine.proposals.length > 0;
}

/** The Moscow wall-clock time of an instant, as a `datetime-local` input shows it. */
export function moscowLocal(date = new Date()) {
  return new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Moscow time (the clinic's display zone; Russia has no daylight saving). */
export function fromMoscowLocal(value: string) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+03:00` : value;
}

/** The api's validation messages are "English / Русский"; the reader gets their language. */
export function inLocale(message: string, locale: Locale) {
  const [en, ru] = message.split(' / ');
  return (locale === 'ru' ? ru : en) ?? message;
}

export async function problemMessages(response: Parameters<typeof readProblem>[0], locale: Locale) {
  const problem = await readProblem(response);
  const errors = problem.errors.map((e) =>
    e.path.startsWith('row ')
      ? `${locale === 'ru' ? 'Строка' : 'Row'} ${e.path.slice(4)}: ${inLocale(e.message, locale)}`
      : e.path.startsWith('entry ') // a FHIR Bundle entry (device import)
        ? `${locale === 'ru' ? 'Запись' : 'Entry'} ${e.path.slice(6)}: ${inLocale(e.message, locale)}`
        : inLocale(e.message, locale),
  );
  return { message: errors.length ? null : problemMessage(problem, locale), errors };
}
