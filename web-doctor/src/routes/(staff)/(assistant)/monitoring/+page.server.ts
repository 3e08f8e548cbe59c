import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The worklist re-loads under this key every few seconds: new alerts must show up without a reload. */
const LIVE = 'app:monitoring';
/** Rows a worklist page shows (the api's default); `?page=` counts from 1, urgent patients on page 1. */
const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, depends, url }) => {
  depends(LIVE);
  const asked = Number(url.searchParams.get('page'));
  const page = Number.isInteger(asked) && asked > 0 ? asked : 1;
  const [{ items, total }, proposals] = await Promise.all([
    locals.api.monitoring.worklist
      .$get({ query: { limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) } })
      .then(unwrap),
    locals.api.monitoring.proposals.$get().then(unwrap),
  ]);
  return {
    items,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
    proposals: proposals.items,
    // Back from the proposal page (monitoring/propose) with the proposal sent.
    proposed: url.searchParams.has('proposed'),
    now: new Date().toISOString(),
    live: LIVE,
  };
};
