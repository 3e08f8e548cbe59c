import { readProblem, type Problem } from '@telemed/web-shared/server';

/** What staff typed into the patient search; a GET form, so it works without scripts. */
export interface SearchValues {
  name: string;
  birthDate: string;
  policyNumber: string;
  phone: string;
}

const text = (url: URL, key: string) => (url.searchParams.get(key) ?? '').trim().slice(0, 100);

/** The search fields from the address; the doctors' list calls its name field `q`. */
export function searchValues(url: URL, nameKey = 'name'): SearchValues {
  return {
    name: text(url, nameKey),
    birthDate: text(url, 'birthDate'),
    policyNumber: text(url, 'policyNumber'),
    phone: text(url, 'phone'),
  };
}

/**
 * Asks the api's staff search (it decides whom the caller may find, and audits the search). A refused query
 * (too short, malformed) comes back as the problem to show beside the form, not as an error page.
 */
export async function findPatients(api: App.Locals['api'], values: SearchValues) {
  const query = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const response = await api.staff['patient-search'].$get({ query });
  if (response.status === 200) return { items: (await response.json()).items, problem: null };
  return { items: [], problem: (await readProblem(response)) satisfies Problem };
}

export type FoundPatient = Awaited<ReturnType<typeof findPatients>>['items'][number];
