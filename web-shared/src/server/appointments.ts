/**
 * Whether an appointment belongs in an "upcoming" list at `now` (ISO): not over yet, and not cancelled — a
 * cancelled appointment is no longer coming, and stays in the history (the patient's recent appointments).
 */
export const isUpcoming = (item: { status: string; endsAt: string }, now: string) =>
  item.status !== 'cancelled' && item.endsAt >= now;
