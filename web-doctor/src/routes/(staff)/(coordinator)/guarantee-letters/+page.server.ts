import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const tabs = ['all', 'submitted', 'approved', 'declined'] as const;
type Tab = (typeof tabs)[number];

/** The coordinator's letters: open ones first (oldest first), then the decided ones. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = url.searchParams.get('tab');
  const tab: Tab = tabs.find((t) => t === asked) ?? 'all';
  const { items } = await locals.api.coordinator['guarantee-letters']
    .$get({ query: tab === 'all' ? {} : { status: tab } })
    .then(unwrap);
  return { tab, items };
};
