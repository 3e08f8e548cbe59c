import { dayKey } from '@telemed/web-shared/format';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const { items } = await locals.api.me.appointments.$get().then(unwrap);
  // "Today" is decided once, on the server, so the page and its hydration agree even around midnight.
  const now = new Date().toISOString();
  const today = dayKey(now);
  const byStart = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return {
    now,
    today: byStart.filter((item) => dayKey(item.startsAt) === today),
    upcoming: byStart.filter((item) => dayKey(item.startsAt) > today),
  };
};
