import { dayKey } from '@telemed/web-shared/format';
import type { Slot } from '@telemed/web-shared/types';

export interface SlotDay {
  /** The day in Moscow time ('YYYY-MM-DD'). */
  key: string;
  slots: Slot[];
}

/** Slots grouped by the Moscow calendar day they start on, in order. */
export function slotsByDay(slots: Slot[]): SlotDay[] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = dayKey(slot.startsAt);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return [...days].map(([key, daySlots]) => ({ key, slots: daySlots }));
}
