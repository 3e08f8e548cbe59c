import { describe, expect, it } from 'vitest';
import { answeringForThemselves } from '../src/interview/red-flag-assessment.js';
import { toldAboutSomeoneElse } from '../src/parser/respondent.js';

describe('who the complaint is about', () => {
  it('a relative, a child or a friend named in either language is someone else', () => {
    for (const text of [
      'my husband collapsed in the kitchen',
      'she has had a fever for two days',
      'у мамы с утра температура',
      'дочка жалуется на живот',
      'Сосед упал с лестницы',
      'у неё болит голова',
    ]) {
      expect([text, toldAboutSomeoneElse(text)]).toEqual([text, true]);
    }
  });

  it('"I", "у меня" and impersonal complaints are the patient’s own, whole words only', () => {
    for (const text of [
      'I feel dizzy and sick',
      'у меня болит спина',
      'болит горло, температура 38',
      'herpes on my lip',
      'теперь болит',
      'my sister has been diagnosed with osteoporosis, im 66, should i get a bone scan?',
      'Мне 71 год, у жены диабет, а у меня покалывает ступни',
      'Принимаю лизиноприл, фуросемид, метформин - их пить как обычно?',
      'I take ramipril and metformin, should I keep taking them?',
    ]) {
      expect([text, toldAboutSomeoneElse(text)]).toEqual([text, false]);
    }
  });

  it('children under 15 are always answered for; from 15 the patient answers unless told about someone else', () => {
    expect(answeringForThemselves({ ageMonths: 14 * 12, complaintText: 'I have a sore throat' })).toBe(false);
    expect(answeringForThemselves({ ageMonths: 15 * 12, complaintText: 'I have a sore throat' })).toBe(true);
    expect(answeringForThemselves({ ageMonths: 70 * 12, complaintText: 'у папы болит горло' })).toBe(false);
    expect(answeringForThemselves({ ageMonths: 40 * 12 })).toBe(true);
    // A new mother writing about her breasts and her baby's latch is answering for herself; her baby is no adult.
    const mother = 'day 4 after birth, my milk has come in, boobs rock hard, baby struggles to latch';
    expect(answeringForThemselves({ ageMonths: 28 * 12, complaintText: mother })).toBe(true);
    expect(
      answeringForThemselves({ ageMonths: 28 * 12, complaintText: 'малыш плохо берёт грудь, грудь болит' }),
    ).toBe(true);
    expect(
      answeringForThemselves({ ageMonths: 28 * 12, complaintText: 'my wife had a baby and she is confused' }),
    ).toBe(false);
    expect(toldAboutSomeoneElse('the baby has a fever')).toBe(true);
  });
});
