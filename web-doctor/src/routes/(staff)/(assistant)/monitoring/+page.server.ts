import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The worklist re-loads under this key every few seconds: new alerts must show up without a reload. */
const LIVE = 'app:monitoring';

export const load: PageServerLoad = async ({ locals, depends, url }) => {
  depends(LIVE);
  const [{ items }, proposals] = await Promise.all([
    locals.api.monitoring.worklist.$get().then(unwrap),
    locals.api.monitoring.proposals.$get().then(unwrap),
  ]);
  return {
    items,
    proposals: proposals.items,
    // Back from the proposal page (monitoring/propose) with the proposal sent.
    proposed: url.searchParams.has('proposed'),
    now: new Date().toISOString(),
    live: LIVE,
  };
};
