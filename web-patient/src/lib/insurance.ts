import { resolve } from '$app/paths';
import { bookingSearch } from '$lib/booking/search';

/** The policies page for this person, returning to `returnTo` (a path on this app) once one is added. */
export const addPolicyHref = (patientId: string, returnTo: string) =>
  resolve('/(patient)/insurance') + bookingSearch({ patientId, next: returnTo });
