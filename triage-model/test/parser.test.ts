import { describe, expect, it } from 'vitest';
import { parseComplaint } from '../src/parser/parse-complaint.js';

const parsed = (text: string): Record<string, string | number> =>
  Object.fromEntries(parseComplaint(text).map((f) => [f.findingId, f.value]));

describe('free-text complaint parser', () => {
  it('Russian: sore throat, temperature with a comma decimal and "третий день"', () => {
    expect(parsed('болит горло и температура 38,5 третий день')).toEqual({
      sore_throat: 'yes',
      temperature_c: 38.5,
      duration_days: 3,
    });
  });

  it('English: negation does not cross "but"', () => {
    expect(parsed('no fever but bad cough')).toEqual({ fever: 'no', cough: 'yes' });
  });

  it('Russian negation carries over "и" lists and stops at a comma', () => {
    expect(parsed('нет температуры и кашля, болит живот справа внизу')).toEqual({
      fever: 'no',
      cough: 'no',
      abdominal_pain: 'yes',
      right_lower_pain: 'yes',
    });
  });

  it('Russian postposed negation: "температуры нет", "сыпи не было"', () => {
    expect(parsed('температуры нет, сыпи не было, насморк 3 дня')).toEqual({
      fever: 'no',
      rash: 'no',
      runny_nose: 'yes',
      duration_days: 3,
    });
  });

  it('English negation with contractions and "or" lists', () => {
    expect(parsed("I don't have a cough or runny nose, but my chest hurts and I'm short of breath")).toEqual({
      cough: 'no',
      runny_nose: 'no',
      chest_pain: 'yes',
      breathlessness: 'yes',
    });
    expect(parsed("haven't had a fever for 2 days")).toMatchObject({ fever: 'no', duration_days: 2 });
  });

  it('a new statement with its own verb is not negated ("не кашляю и болит горло")', () => {
    expect(parsed('не кашляю и болит горло')).toEqual({ cough: 'no', sore_throat: 'yes' });
  });

  it('blood pressure "185/110" and "180 на 100"', () => {
    expect(parsed('давление 185/110, болит голова')).toEqual({
      bp_systolic: 185,
      bp_diastolic: 110,
      headache: 'yes',
    });
    expect(parsed('давление 180 на 100')).toMatchObject({ bp_systolic: 180, bp_diastolic: 100 });
    expect(parsed('BP 150/95 this morning')).toMatchObject({ bp_systolic: 150, bp_diastolic: 95 });
  });

  it('temperatures in both languages, with dot or comma, and out-of-range numbers ignored', () => {
    expect(parsed('fever of 39.2 since yesterday')).toEqual({ temperature_c: 39.2, duration_days: 1 });
    expect(parsed('t 37,9')).toEqual({ temperature_c: 37.9 });
    expect(parsed('температура до 40 градусов')).toEqual({ temperature_c: 40 });
    expect(parsed('temperature 98')).toEqual({ fever: 'yes' });
  });

  it('durations: "for 3 days", "a week", "две недели", "вторую неделю"; ages are not durations', () => {
    expect(parsed('cough for 3 days')).toEqual({ cough: 'yes', duration_days: 3 });
    expect(parsed('cough for a week')).toEqual({ cough: 'yes', duration_days: 7 });
    expect(parsed('кашель две недели')).toEqual({ cough: 'yes', duration_days: 14 });
    expect(parsed('кашляю вторую неделю')).toEqual({ cough: 'yes', duration_days: 8 });
    expect(parsed('ребенку 2 месяца, температура 37,9')).toEqual({ temperature_c: 37.9 });
    expect(parsed('my 2 months old has a fever')).toEqual({ fever: 'yes' });
  });

  it('specific findings imply their general form, and the span points at the words', () => {
    const findings = parseComplaint('Сухой кашель по ночам');
    expect(findings.map((f) => [f.findingId, f.value])).toEqual(
      expect.arrayContaining([
        ['dry_cough', 'yes'],
        ['cough', 'yes'],
      ]),
    );
    const dry = findings.find((f) => f.findingId === 'dry_cough')!;
    expect('Сухой кашель по ночам'.slice(dry.start, dry.end)).toBe(dry.text);
    expect(dry.text).toBe('Сухой кашель');
  });

  it('"ё" and capital letters do not matter', () => {
    expect(parsed('Жжёт в груди')).toEqual({ chest_pain_burning: 'yes' });
  });
});
