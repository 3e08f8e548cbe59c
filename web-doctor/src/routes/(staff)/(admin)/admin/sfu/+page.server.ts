import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The page re-loads under this key every few seconds, as the nodes report. */
const LIVE = 'app:admin-sfu';

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const nodes = await locals.api.admin['sfu-nodes'].$get().then(unwrap);
  return { nodes, live: LIVE };
};
