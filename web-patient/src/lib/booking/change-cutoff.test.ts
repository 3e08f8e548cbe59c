import { describe, expect, it } from 'vitest';
import { minutesInsideCutoff } from './change-cutoff.js';

const now = Date.parse('2026-12-07T09:00:00Z');
const startingIn = (ms: number) => new Date(now + ms).toISOString();

describe('a slot inside the hour before its start (booked, it could no longer be changed online)', () => {
  it('counts the whole minutes left', () => {
    expect(minutesInsideCutoff(startingIn(11 * 60_000), now)).toBe(11);
    expect(minutesInsideCutoff(startingIn(10 * 60_000 + 1), now)).toBe(11);
    expect(minutesInsideCutoff(startingIn(59 * 60_000 + 59_999), now)).toBe(60);
    expect(minutesInsideCutoff(startingIn(5_000), now)).toBe(1);
  });

  it('is null from an hour before the start on, as the api still lets it be moved or cancelled', () => {
    expect(minutesInsideCutoff(startingIn(60 * 60_000), now)).toBeNull();
    expect(minutesInsideCutoff(startingIn(3 * 86_400_000), now)).toBeNull();
  });
});
