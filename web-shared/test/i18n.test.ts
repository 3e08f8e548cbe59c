import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en/index.js';
import { dayKey, formatCalendarDate } from '../src/format/index.js';
import { addressName, greetingName, localeFromAcceptLanguage, messages } from '../src/i18n/index.js';
import { ru } from '../src/i18n/ru/index.js';

/** Every leaf of a catalogue as [dotted key, value]. */
function leaves(catalogue: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('message catalogues', () => {
  it('have the same keys in Russian and English, none of them empty', () => {
    const enLeaves = leaves(en);
    const ruLeaves = leaves(ru);
    expect(ruLeaves.map(([key]) => key).sort()).toEqual(enLeaves.map(([key]) => key).sort());
    for (const [key, value] of [...enLeaves, ...ruLeaves]) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      else expect(typeof value, key).toBe('function');
    }
  });

  it('use Russian plural forms', () => {
    const age = messages('ru').common.age;
    expect([1, 2, 4, 5, 11, 21, 22, 25].map(age)).toEqual([
      '1 год',
      '2 года',
      '4 года',
      '5 лет',
      '11 лет',
      '21 год',
      '22 года',
      '25 лет',
    ]);
    expect(messages('en').common.age(1)).toBe('1 year');
    expect(messages('en').common.age(6)).toBe('6 years');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the best supported language by q-value', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8,ru;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('en;q=0.5, ru;q=0.6')).toBe('ru');
  });

  it('answers null when nothing is supported or the header is missing', () => {
    expect(localeFromAcceptLanguage('de,fr;q=0.5')).toBeNull();
    expect(localeFromAcceptLanguage('ru;q=0')).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe('addressName', () => {
  it('addresses Russians by first name and patronymic, English readers by first name', () => {
    const name = { ru: 'Петрова Анна Сергеевна', en: 'Anna Petrova' };
    expect(addressName(name, 'ru')).toBe('Анна Сергеевна');
    expect(addressName(name, 'en')).toBe('Anna');
    expect(addressName({ ru: 'Мария Тестова', en: 'Maria Testova' }, 'ru')).toBe('Мария Тестова');
  });

  it('greets a doctor by name, and an account that is no person by its whole name', () => {
    const displayName = { ru: 'Смирнова Елена Викторовна', en: 'Elena Smirnova' };
    const doctor = { account: { displayName }, patient: null, practitioner: { id: 'p' } };
    expect(greetingName(doctor, 'en')).toBe('Elena');
    expect(greetingName(doctor, 'ru')).toBe('Елена Викторовна');
    const admin = {
      account: { displayName: { ru: 'Администратор Телемед', en: 'Telemed Administrator' } },
      patient: null,
      practitioner: null,
    };
    expect(messages('en').staff.home.welcome(greetingName(admin, 'en'))).toBe(
      'Welcome, Telemed Administrator',
    );
    expect(greetingName(admin, 'ru')).toBe('Администратор Телемед');
  });
});

describe("the second step's status", () => {
  it('reads right in Russian: the date in the genitive, one full stop', () => {
    const since = (locale: 'en' | 'ru') =>
      messages(locale).secondFactor.statusOn(formatCalendarDate(dayKey('2026-12-06T09:00:00Z'), locale));
    expect(since('ru')).toBe('Включён с 6 декабря 2026 г.');
    expect(since('en')).toBe('On since 6 December 2026.');
  });
});
