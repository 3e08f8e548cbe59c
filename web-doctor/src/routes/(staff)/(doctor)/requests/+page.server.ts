import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const inboxTabs = ['new', 'in_review', 'answered'] as const;
type Tab = (typeof inboxTabs)[number];

/** The inbox, one tab at a time: new for me or my specialty, mine in review, answered by me. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = url.searchParams.get('tab');
  const tab: Tab = inboxTabs.find((t) => t === asked) ?? 'new';
  const { items } = await locals.api.inbox.requests.$get({ query: { status: tab } }).then(unwrap);
  return { tab, items, practitionerId: locals.user?.practitioner?.id ?? null };
};
