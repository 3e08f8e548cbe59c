import { describe, expect, it } from 'vitest';
import {
  ageReachedInYear,
  includesFor,
  isDueAtAge,
  packageFits,
  screeningEligibility,
} from '../src/domains/checkups/eligibility.js';

/** A person reaching `age` in 2026, born late in the year so that their birthday has not come yet in spring. */
const bornToReach = (age: number) => ({ birthDate: `${2026 - age}-11-30` });

describe('OMS preventive care eligibility (order 404n)', () => {
  it('counts the age reached in the calendar year, birthday or not', () => {
    expect(ageReachedInYear('1986-12-31', 2026)).toBe(40);
    expect(ageReachedInYear('1986-01-01', 2026)).toBe(40);
  });

  it('the preventive examination is yearly from 18: 17 no, 18 yes', () => {
    expect(screeningEligibility('preventive_exam', bornToReach(17), 2026)).toMatchObject({
      eligible: false,
      reason: 'too_young',
      nextDueYear: 2027,
    });
    expect(screeningEligibility('preventive_exam', bornToReach(18), 2026)).toMatchObject({
      eligible: true,
      reason: 'due',
      nextDueYear: 2026,
    });
    expect(isDueAtAge('preventive_exam', 65)).toBe(true);
  });

  it('the dispanserization: 17 no, 18 yes', () => {
    expect(screeningEligibility('dispanserization', bornToReach(17), 2026)).toMatchObject({
      eligible: false,
      reason: 'too_young',
      nextDueYear: 2027,
    });
    expect(screeningEligibility('dispanserization', bornToReach(18), 2026).eligible).toBe(true);
  });

  it('is every third year at 18–39: 21 yes, 22 no (next at 24), 23 no, 24 yes', () => {
    expect(screeningEligibility('dispanserization', bornToReach(21), 2026).eligible).toBe(true);
    expect(screeningEligibility('dispanserization', bornToReach(22), 2026)).toMatchObject({
      eligible: false,
      reason: 'not_this_year',
      nextDueYear: 2028,
    });
    expect(screeningEligibility('dispanserization', bornToReach(23), 2026).nextDueYear).toBe(2027);
    expect(screeningEligibility('dispanserization', bornToReach(24), 2026).eligible).toBe(true);
    expect([18, 19, 20, 21, 22, 23, 24].map((age) => isDueAtAge('dispanserization', age))).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('39 is the last three-yearly age and 40 starts the yearly ones: 38 → next at 39, 39 → next at 40', () => {
    expect(screeningEligibility('dispanserization', bornToReach(38), 2026)).toMatchObject({
      eligible: false,
      nextDueYear: 2027,
    });
    expect(screeningEligibility('dispanserization', bornToReach(39), 2026).eligible).toBe(true);
    expect(screeningEligibility('dispanserization', bornToReach(39), 2026, 2026)).toMatchObject({
      eligible: false,
      reason: 'done_this_year',
      nextDueYear: 2027,
    });
    expect(screeningEligibility('dispanserization', bornToReach(40), 2026).eligible).toBe(true);
    expect([40, 41, 42, 43, 70].every((age) => isDueAtAge('dispanserization', age))).toBe(true);
  });

  it('already done this year: due again next year from 40, at the next third year below', () => {
    expect(screeningEligibility('dispanserization', bornToReach(40), 2026, 2026)).toMatchObject({
      eligible: false,
      reason: 'done_this_year',
      nextDueYear: 2027,
    });
    expect(screeningEligibility('dispanserization', bornToReach(21), 2026, 2026)).toMatchObject({
      eligible: false,
      reason: 'done_this_year',
      nextDueYear: 2029,
    });
    expect(screeningEligibility('preventive_exam', bornToReach(30), 2026, 2026).nextDueYear).toBe(2027);
    // Done in an earlier year does not count against this one.
    expect(screeningEligibility('dispanserization', bornToReach(41), 2026, 2025).eligible).toBe(true);
  });

  it('the reproductive-health dispanserization is for 18–49: 17 no, 18 yes, 49 yes, 50 never again', () => {
    expect(screeningEligibility('reproductive_dispanserization', bornToReach(17), 2026)).toMatchObject({
      eligible: false,
      nextDueYear: 2027,
    });
    expect(screeningEligibility('reproductive_dispanserization', bornToReach(18), 2026).eligible).toBe(true);
    expect(screeningEligibility('reproductive_dispanserization', bornToReach(49), 2026).eligible).toBe(true);
    expect(screeningEligibility('reproductive_dispanserization', bornToReach(49), 2026, 2026)).toMatchObject({
      reason: 'done_this_year',
      nextDueYear: null,
    });
    expect(screeningEligibility('reproductive_dispanserization', bornToReach(50), 2026)).toMatchObject({
      eligible: false,
      reason: 'too_old',
      nextDueYear: null,
    });
  });

  it('lists what is included by age and sex', () => {
    const woman40 = includesFor('dispanserization', 'female', 40).map((i) => i.en);
    expect(woman40.some((i) => i.startsWith('Mammography'))).toBe(true);
    expect(woman40.some((i) => i.startsWith('PSA'))).toBe(false);
    const man30 = includesFor('dispanserization', 'male', 30).map((i) => i.en);
    expect(man30.some((i) => i.startsWith('Mammography') || i.startsWith('ECG'))).toBe(false);
    expect(includesFor('dispanserization', 'male', 45).some((i) => i.en.startsWith('PSA'))).toBe(true);
    expect(includesFor('reproductive_dispanserization', 'male', 30).map((i) => i.en)).toContain(
      'Urologist’s (andrologist’s) appointment',
    );
  });

  it('fits commercial packages by sex and age', () => {
    const womens = { sex: 'female' as const, minAgeYears: 30, maxAgeYears: null };
    expect(packageFits(womens, { sex: 'female', age: 30 })).toBe(true);
    expect(packageFits(womens, { sex: 'female', age: 29 })).toBe(false);
    expect(packageFits(womens, { sex: 'male', age: 40 })).toBe(false);
    expect(packageFits({ sex: null, minAgeYears: 18, maxAgeYears: 64 }, { sex: 'male', age: 65 })).toBe(
      false,
    );
  });
});
