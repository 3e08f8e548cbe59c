import { resolve } from '$app/paths';
import { bookingSearch } from '$lib/booking/search';

/** The end date the api stores for an OMS policy, which does not expire (api: policies/service.ts). */
export const OMS_NO_EXPIRY = '2100-12-31';

/** The policies page for this person, returning to `returnTo` (a path on this app) once one is added. */
export const addPolicyHref = (patientId: string, returnTo: string) =>
  resolve('/(patient)/insurance') + bookingSearch({ patientId, next: returnTo });
