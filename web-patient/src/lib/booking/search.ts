import { resolve } from '$app/paths';

/** The query string that carries the choices on to the next step ('' when there are none). */
export function bookingSearch(query: Partial<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The confirm step for one free time. The slot's own (UTC) day travels with it, so that step finds the slot
 * with a one-day search instead of scanning weeks.
 */
export function confirmHref(
  doctorId: string,
  slot: { id: string; startsAt: string },
  carried: Partial<Record<string, string | undefined>>,
): string {
  return (
    resolve('/(patient)/book/[doctorId=uuid]/[slotId=uuid]', { doctorId, slotId: slot.id }) +
    bookingSearch({ ...carried, date: slot.startsAt.slice(0, 10) })
  );
}
