import { describe, expect, it } from 'vitest';
import { OMS_NO_EXPIRY } from '../../api/src/domains/policies/no-expiry.js';
import { dayKey, formatCalendarDate, formatTime, languageName, policyEndDate } from '../src/format/index.js';
import { messages } from '../src/i18n/index.js';

describe('date formatting', () => {
  it('shows a birth date as the same calendar day whatever the time zone', () => {
    expect(formatCalendarDate('2015-10-13', 'en')).toBe('13 October 2015');
    expect(formatCalendarDate('2015-10-13', 'ru')).toBe('13 октября 2015 г.');
    expect(formatCalendarDate('1990-01-01', 'en')).toBe('1 January 1990');
  });

  it('shows times and days in Moscow time', () => {
    // 21:30 UTC is 00:30 the next day in Moscow (UTC+3).
    expect(formatTime('2026-11-22T21:30:00Z', 'ru')).toBe('00:30');
    expect(dayKey('2026-11-22T21:30:00Z')).toBe('2026-11-23');
    expect(dayKey('2026-11-22T20:59:00Z')).toBe('2026-11-22');
    // The day of an instant (a plan's next check, a consent's date) is Moscow's, not the UTC prefix of the string.
    expect(formatCalendarDate(dayKey('2026-11-22T21:30:00Z'), 'en')).toBe('23 November 2026');
  });

  it('shows no end date for a policy that does not expire (the OMS sentinel), to patients and staff alike', () => {
    expect(policyEndDate(OMS_NO_EXPIRY, 'en')).toBeNull();
    expect(policyEndDate('2027-12-31', 'en')).toBe('31 December 2027');
    const doctorSees = (locale: 'en' | 'ru') =>
      messages(locale).workspace.summary.policy(
        '7700000000000008',
        'СОГАЗ-Мед',
        policyEndDate(OMS_NO_EXPIRY, locale),
      );
    expect(doctorSees('en')).toBe('Policy 7700000000000008, СОГАЗ-Мед, does not expire');
    expect(doctorSees('ru')).toBe('Полис 7700000000000008, СОГАЗ-Мед, бессрочный');
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('en', 'ru')).toBe('английский');
    expect(languageName('ru', 'en')).toBe('Russian');
  });
});
