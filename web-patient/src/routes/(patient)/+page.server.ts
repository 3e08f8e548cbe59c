import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [appointments, notifications] = await Promise.all([
    locals.api.me.appointments.$get().then(unwrap),
    locals.api.notifications.$get().then(unwrap),
  ]);
  // Split once on the server so the page and its hydration agree on what is still to come.
  const now = new Date().toISOString();
  const byStart = [...appointments.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return {
    upcoming: byStart.filter((item) => item.endsAt >= now),
    recent: byStart.filter((item) => item.endsAt < now).reverse(),
    unread: notifications.unread,
  };
};
