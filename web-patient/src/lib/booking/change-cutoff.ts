/**
 * The api's rule (booking service, CHANGE_CUTOFF_MINUTES): a planned consultation is moved or cancelled online up
 * to an hour before its start; later, only through support.
 */
export const CHANGE_CUTOFF_MINUTES = 60;

/** Whole minutes until `startsAt` when that is inside the cut-off, so the booking could not be changed; else null. */
export function minutesInsideCutoff(startsAt: string, now: number): number | null {
  const left = new Date(startsAt).getTime() - now;
  return left < CHANGE_CUTOFF_MINUTES * 60_000 ? Math.max(1, Math.ceil(left / 60_000)) : null;
}
