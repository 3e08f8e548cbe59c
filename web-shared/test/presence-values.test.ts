import { describe, expect, it } from 'vitest';
import { formatQuantity, formatReferenceRange } from '../src/format/units.js';

// Swabs, cultures and occult blood come from the labs as 1 (detected) or 0 (not detected), unit {presence}.
describe('qualitative lab findings', () => {
  it('read as words in both languages, not as 0 and 1', () => {
    expect(formatQuantity(0, '{presence}', 'ru')).toBe('не обнаружено');
    expect(formatQuantity(1, '{presence}', 'ru')).toBe('обнаружено');
    expect(formatQuantity(0, '{presence}', 'en')).toBe('not detected');
    expect(formatQuantity(1, '{presence}', 'en')).toBe('detected');
  });

  it('have "not detected" as their reference', () => {
    expect(formatReferenceRange(null, 0, '{presence}', 'en')).toBe('not detected');
    expect(formatReferenceRange(null, 0, '{presence}', 'ru')).toBe('не обнаружено');
  });
});
