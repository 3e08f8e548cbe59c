import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The worklist re-loads under this key every few seconds: new alerts must show up without a reload. */
const LIVE = 'app:monitoring';
/**
 * Rows asked for per worklist page: the offset of `?page=` (counted from 1, urgent patients on page 1) needs a
 * size before the api answers. The pager counts with the `limit` the api answers with (it caps what is asked).
 */
const ROWS_ASKED = 50;

export const load: PageServerLoad = async ({ locals, depends, url }) => {
  depends(LIVE);
  const asked = Number(url.searchParams.get('page'));
  const wanted = Number.isInteger(asked) && asked > 0 ? asked : 1;
  const worklistPage = (page: number, limit: number) =>
    locals.api.monitoring.worklist
      .$get({ query: { limit: String(limit), offset: String((page - 1) * limit) } })
      .then(unwrap);
  const pageCount = (list: { total: number; limit: number }) =>
    Math.max(1, Math.ceil(list.total / list.limit));
  const [list, proposals] = await Promise.all([
    worklistPage(wanted, ROWS_ASKED).then(async (first) => {
      // A page past the end (a stale link, patients ended since): the last page instead.
      const last = pageCount(first);
      return wanted > last
        ? { page: last, ...(await worklistPage(last, first.limit)) }
        : { page: wanted, ...first };
    }),
    locals.api.monitoring.proposals.$get().then(unwrap),
  ]);
  return {
    items: list.items,
    total: list.total,
    page: list.page,
    pages: pageCount(list),
    pageSize: list.limit,
    proposals: proposals.items,
    // Back from the proposal page (monitoring/propose) with the proposal sent.
    proposed: url.searchParams.has('proposed'),
    now: new Date().toISOString(),
    live: LIVE,
  };
};
