import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../triage-model/src/index.js';
import { complaintList } from '../../api/src/domains/anamnesis/complaints.js';
import { labTests } from '../../api/src/domains/catalogue/lab-tests.js';
import { problemCodeList, problemCodes } from '../../api/src/http/problem-codes.js';
import {
  formatMeasurement,
  formatMoney,
  formatNumber,
  formatQuantity,
  formatReferenceRange,
  formatUnit,
  timeTicks,
  unitNames,
  valueAxis,
} from '../src/format/index.js';
import { counted } from '../src/i18n/en/plural.js';
import { fieldProblemMessage, messages, problemMessage } from '../src/i18n/index.js';
import { plural } from '../src/i18n/ru/plural.js';

describe('units', () => {
  it('name every UCUM unit of the lab catalogue and of home blood pressure in both languages', () => {
    const used = new Set(labTests.flatMap((test) => test.analytes.map((a) => a.unit)));
    for (const ucum of [...used, 'mm[Hg]', '/min']) expect(unitNames, ucum).toHaveProperty([ucum]);
  });

  it('read as people write them, per language', () => {
    expect(['g/L', '10*9/L', 'mmol/L', 'mm[Hg]'].map((u) => formatUnit(u, 'ru'))).toEqual([
      'г/л',
      '×10⁹/л',
      'ммоль/л',
      'мм рт. ст.',
    ]);
    expect(['g/L', '10*9/L', 'mmol/L', 'mm[Hg]'].map((u) => formatUnit(u, 'en'))).toEqual([
      'g/L',
      '×10⁹/L',
      'mmol/L',
      'mmHg',
    ]);
  });

  it('fall back to a readable spelling of an unknown UCUM code', () => {
    expect(formatUnit('10*6/uL', 'ru')).toBe('×10⁶/uL');
    expect(formatUnit('mg{creat}/g', 'en')).toBe('mg/g');
    expect(formatUnit("[arb'U]", 'en')).toBe("arb'U");
  });
});

describe('symptom checker', () => {
  it('names every group of the complaint pick-list in both languages', () => {
    const groups = new Set(complaintList().map((c) => c.group));
    for (const locale of ['ru', 'en'] as const) {
      for (const group of groups) expect(messages(locale).triage.start.groups, group).toHaveProperty([group]);
    }
  });

  it('promises as many questions as the interview asks before it checks only danger signs', () => {
    for (const locale of ['ru', 'en'] as const) {
      expect(messages(locale).triage.question.progressHint).toContain(` ${DEFAULT_LIMITS.maxQuestions} `);
    }
  });
});

describe('numbers', () => {
  it('use the reader’s decimal separator', () => {
    expect(formatNumber(5.4, 'ru')).toBe('5,4');
    expect(formatNumber(5.4, 'en')).toBe('5.4');
    expect(formatNumber(0.125, 'ru')).toBe('0,125');
    expect(formatNumber(1.5, 'ru', 0)).toBe('2');
  });

  it('put values and ranges together with their units', () => {
    expect(formatQuantity(5.4, 'mmol/L', 'ru')).toBe('5,4 ммоль/л');
    expect(formatQuantity(5.4, 'mmol/L', 'en')).toBe('5.4 mmol/L');
    expect(formatQuantity(1.02, '1', 'ru')).toBe('1,02');
    expect(formatReferenceRange(3.9, 5.5, 'mmol/L', 'ru')).toBe('3,9–5,5 ммоль/л');
    expect(formatReferenceRange(null, 3.4, 'mmol/L', 'en')).toBe('< 3.4 mmol/L');
    expect(formatReferenceRange(1.2, null, 'g/L', 'ru')).toBe('> 1,2 г/л');
    expect(formatReferenceRange(null, null, 'g/L', 'ru')).toBe('—');
  });

  it('write money the reader’s way', () => {
    expect(formatMoney(1500, 'ru').replace(/\s/g, ' ')).toBe('1 500 ₽');
    expect(formatMoney(1500.5, 'en').replace(/\s/g, ' ')).toBe('RUB 1,500.50');
  });
});

describe('plurals', () => {
  it('follow Intl.PluralRules in Russian: 1 измерение, 2 измерения, 5 измерений', () => {
    const forms = { one: 'измерение', few: 'измерения', many: 'измерений' };
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => `${n} ${plural(n, forms)}`)).toEqual([
      '1 измерение',
      '2 измерения',
      '5 измерений',
      '11 измерений',
      '21 измерение',
      '22 измерения',
      '25 измерений',
      '111 измерений',
    ]);
    expect(messages('ru').monitoring.chart.summary(1, 21)).toBe('1 измерение за последние 21 день');
    expect(messages('ru').monitoring.average(135, 85, 3)).toBe('135/85 мм рт. ст. (3 измерения)');
    expect(messages('ru').medcard.card.valuesCount(21)).toBe('21 значение');
    expect(messages('ru').secondFactor.recoveryLeft(1)).toBe('Остался 1 резервный код.');
    // A fraction (a median of an even count) takes the genitive singular: 2,5 дня.
    expect(plural(2.5, { one: 'день', few: 'дня', many: 'дней' })).toBe('дня');
    expect(messages('ru').population.timeToControlValue(21, 3)).toBe('медиана 21 день (пациентов: 3)');
    expect(messages('ru').population.timeToControlValue(208.5, 2)).toBe('медиана 208.5 дня (пациентов: 2)');
  });

  it('count the symptom checker’s measurements: 1 day, 2 дня, 5 дней', () => {
    const days = { ru: 'дней', en: 'days' };
    expect([1, 2, 5, 21].map((n) => formatMeasurement(n, days, 'ru'))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
    ]);
    expect([1, 2].map((n) => formatMeasurement(n, days, 'en'))).toEqual(['1 day', '2 days']);
    expect(formatMeasurement(38.5, { ru: '°C', en: '°C' }, 'ru')).toBe('38,5 °C');
    // Every unit of the published vocabulary that is a counted noun takes a plural form.
    const vocabulary = JSON.parse(
      readFileSync(new URL('../../triage-model/artifacts/vocabulary.json', import.meta.url), 'utf8'),
    ) as { findings: { unit?: { ru: string; en: string } }[] };
    for (const { unit } of vocabulary.findings) {
      if (unit && /^[a-z]+$/.test(unit.en))
        expect(formatMeasurement(1, unit, 'en'), unit.en).not.toBe(`1 ${unit.en}`);
    }
  });

  it('and in English', () => {
    expect(counted(1, 'reading', 'readings')).toBe('1 reading');
    expect(counted(0, 'reading', 'readings')).toBe('0 readings');
    expect(messages('en').monitoring.average(135, 85, 1)).toBe('135/85 mmHg (1 reading)');
    expect(messages('en').population.total(1)).toBe('1 enrolled patient');
    expect(messages('en').population.timeToControlValue(1, 2)).toBe('median 1 day (2 patients)');
    expect(messages('en').population.timeToControlValue(208.5, 1)).toBe('median 208.5 days (1 patient)');
  });
});

describe('chart axes', () => {
  it('never go below zero for a quantity that cannot be negative', () => {
    // The demo LDL series: low values near the bottom of a "< 3.0" range used to give an axis from −1.
    const ldl = valueAxis([0.4, 2.6, 3.4, 4.1], { include: [3.0], nonNegative: true });
    expect(ldl.min).toBe(0);
    expect(ldl.ticks.every((t) => t >= 0)).toBe(true);
    expect(ldl.max).toBeGreaterThanOrEqual(4.1);
    expect(valueAxis([-2, 3]).min).toBeLessThan(-2);
  });

  it('label dates without overlap at any width, fewer on a narrow chart', () => {
    const start = Date.UTC(2026, 2, 3);
    const end = Date.UTC(2026, 10, 28);
    const charWidth = 7;
    const at = (width: number, locale: 'ru' | 'en') =>
      timeTicks({ start, end, left: 56, right: width - 24, width, locale, charWidth });
    for (const width of [280, 358, 640, 1000]) {
      for (const locale of ['ru', 'en'] as const) {
        const ticks = at(width, locale);
        expect(ticks.length, `${width} ${locale}`).toBeGreaterThan(0);
        ticks.forEach((tick, i) => {
          const next = ticks[i + 1];
          expect(tick.x - (tick.label.length * charWidth) / 2).toBeGreaterThanOrEqual(0);
          if (next)
            expect(next.x - tick.x).toBeGreaterThanOrEqual(
              ((tick.label.length + next.label.length) * charWidth) / 2,
            );
        });
      }
    }
    expect(at(358, 'ru').length).toBeLessThan(at(1000, 'ru').length);
    expect(at(1000, 'ru').map((t) => t.label)).toContain('апр.');
    expect(
      timeTicks({ start, end: start + 9 * 86_400_000, left: 40, right: 600, width: 640, locale: 'en' })[0]
        ?.label,
    ).toBe('3 Mar');
  });
});

describe('api problem codes', () => {
  it('each have a Russian and an English text, with their parameters filled in', () => {
    for (const code of problemCodeList) {
      const params = Object.fromEntries(problemCodes[code].map((name) => [name, 7]));
      const ru = fieldProblemMessage({ code, params }, 'ru');
      const en = fieldProblemMessage({ code, params }, 'en');
      expect(ru, code).toMatch(/[а-яё]/i);
      expect(en, code).toMatch(/[a-z]/i);
      expect(`${ru} ${en}`, code).not.toMatch(/undefined|\[object/);
    }
  });

  it('are worded in the reader’s language, never in the api’s English detail', () => {
    const tooLong = { status: 400, code: 'validation.too_long', params: { field: 'complaints', max: 200 } };
    expect(problemMessage(tooLong, 'ru')).toBe('Слишком длинный текст: не больше 200 символов.');
    expect(problemMessage(tooLong, 'en')).toBe('Too long: at most 200 characters.');
    expect(problemMessage({ status: 400, code: 'file.empty' }, 'ru')).toBe('Файл пустой.');
    // An unknown code, or one whose parameters are missing, falls back to the text for the status.
    expect(problemMessage({ status: 409, code: 'something.new' }, 'ru')).toBe(
      messages('ru').problems['http.conflict'],
    );
    expect(problemMessage({ status: 400, code: 'validation.too_long' }, 'ru')).toBe(
      messages('ru').problems['http.bad_request'],
    );
    expect(problemMessage({ status: 502, code: null }, 'en')).toBe(
      messages('en').problems['http.server_error'],
    );
  });
});
