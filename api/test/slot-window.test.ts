import { describe, expect, it } from 'vitest';
import { slotWindowJson } from '../src/domains/booking/slot-window.js';

const parsed = (json: Uint8Array) => JSON.parse(new TextDecoder().decode(json)) as { items: unknown[] };

const T0 = Date.parse('2026-12-07T08:00:00Z');
const slot = (minutes: number) => ({
  id: `slot-${minutes}`,
  startsAt: new Date(T0 + minutes * 60_000).toISOString(),
  endsAt: new Date(T0 + (minutes + 20) * 60_000).toISOString(),
  formats: ['video' as const],
  clinic: null,
});

describe("a window's JSON cut from a doctor's cached slots", () => {
  const all = [slot(10), slot(30), slot(50)];
  const cutAfter = (now: number) => () => all.filter((s) => Date.parse(s.startsAt) > now);

  it('is reused for a second, then cut again', () => {
    let cuts = 0;
    const counted = (now: number) => () => (cuts++, cutAfter(now)());
    const first = slotWindowJson(all, 'w', T0, counted(T0));
    expect(parsed(first)).toEqual({ items: all });
    expect(slotWindowJson(all, 'w', T0 + 999, counted(T0 + 999))).toBe(first);
    expect(cuts).toBe(1);
    slotWindowJson(all, 'w', T0 + 1000, counted(T0 + 1000));
    expect(cuts).toBe(2);
  });

  it('is never kept past the start of its first slot', () => {
    const justBefore = T0 + 10 * 60_000 - 300;
    expect(parsed(slotWindowJson(all, 'v', justBefore, cutAfter(justBefore))).items).toHaveLength(3);
    const started = T0 + 10 * 60_000;
    expect(parsed(slotWindowJson(all, 'v', started, cutAfter(started))).items).toHaveLength(2);
  });

  it('starts afresh for a new list (after a booking) and per window', () => {
    const booked = all.slice(1);
    expect(parsed(slotWindowJson(booked, 'w', T0, () => booked)).items).toHaveLength(2);
    expect(parsed(slotWindowJson(all, 'other', T0, () => all.slice(0, 1))).items).toHaveLength(1);
  });
});
