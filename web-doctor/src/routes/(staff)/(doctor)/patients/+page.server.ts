import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * The doctor's patients, filtered by part of a name (`?q=`): a plain GET form, so it works without scripts.
 * Above them, assistants' monitoring proposals waiting for this doctor's (or the patient's) decision.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const [{ items }, proposals] = await Promise.all([
    locals.api.me.patients.$get({ query: q ? { q } : {} }).then(unwrap),
    locals.api.monitoring.proposals.$get().then(unwrap),
  ]);
  return { q, patients: items, proposals: proposals.items };
};
