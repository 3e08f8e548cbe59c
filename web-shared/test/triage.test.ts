import { describe, expect, it } from 'vitest';
import { unsureAnswers } from '../src/server/index.js';

describe('unsureAnswers', () => {
  it('keeps the yes/no questions answered "don\'t know", in order, for the doctor to see the doubt', () => {
    const name = (en: string) => ({ ru: en, en });
    const answered = [
      { findingId: 'fever', name: name('Fever'), kind: 'boolean', value: 'yes' },
      { findingId: 'neck_stiffness', name: name('Stiff neck'), kind: 'boolean', value: 'unknown' },
      { findingId: 'cough', name: name('Cough'), kind: 'boolean', value: 'no' },
      { findingId: 'temperature', name: name('Temperature'), kind: 'numeric', value: 'unknown' },
      { findingId: 'rash', name: name('Rash'), kind: 'boolean', value: 'unknown' },
    ];
    expect(unsureAnswers(answered)).toEqual([
      { findingId: 'neck_stiffness', name: name('Stiff neck') },
      { findingId: 'rash', name: name('Rash') },
    ]);
  });
});
