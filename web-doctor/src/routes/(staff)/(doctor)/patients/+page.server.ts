import { unwrap } from '$lib/server/api';
import { findPatients, searchValues } from '$lib/server/patient-search';
import type { PageServerLoad } from './$types';

/**
 * The doctor's patients, filtered by part of a name (`?q=`); with a birth date, policy number or phone the
 * staff search finds them (also those who asked the doctor). Plain GET forms, so they work without scripts.
 * Above them, assistants' monitoring proposals waiting for this doctor's (or the patient's) decision.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const values = searchValues(url, 'q');
  const q = values.name;
  const byIdentifier = Boolean(values.birthDate || values.policyNumber || values.phone);
  const [{ items }, proposals, found] = await Promise.all([
    byIdentifier ? { items: [] } : locals.api.me.patients.$get({ query: q ? { q } : {} }).then(unwrap),
    locals.api.monitoring.proposals.$get().then(unwrap),
    byIdentifier ? findPatients(locals.api, values) : null,
  ]);
  return { q, values, patients: items, found, proposals: proposals.items };
};
