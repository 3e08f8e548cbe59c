import type { ApiClient } from '@telemed/web-shared/server';
import { unwrap } from './api';

/** The day of a visit in Moscow, where the network's days are counted (the temporary franchise depends on it). */
export const visitDay = (startsAt: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(startsAt));

/** The price of an in-person visit to a specialty and the member's (franchise) share of it on a day. */
export function inPersonPrice(api: ApiClient, patientId: string, specialty: string, date?: string) {
  return api.patients[':id'].coverage
    .$get({
      param: { id: patientId },
      query: { service: 'in_person', specialty, ...(date ? { date } : {}) },
    })
    .then(unwrap);
}

export type InPersonPrice = Awaited<ReturnType<typeof inPersonPrice>>;
