import { isUpcoming } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const selfId = locals.user?.patient?.id;
  const [appointments, notifications, checkups] = await Promise.all([
    locals.api.me.appointments.$get().then(unwrap),
    locals.api.notifications.$get().then(unwrap),
    // The free dispanserization, when the member is due and has not booked it (a notice, never a failure).
    selfId
      ? locals.api.patients[':id'].checkups
          .$get({ param: { id: selfId } })
          .then((r) => (r.ok ? r.json() : null))
          .catch(() => null)
      : null,
  ]);
  const screening = checkups?.screenings.find((s) => s.kind === 'dispanserization');
  // Split once on the server so the page and its hydration agree on what is still to come.
  const now = new Date().toISOString();
  const byStart = [...appointments.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return {
    upcoming: byStart.filter((item) => isUpcoming(item, now)),
    recent: byStart.filter((item) => !isUpcoming(item, now)).reverse(),
    unread: notifications.unread,
    screeningDue: Boolean(screening?.eligible && screening.covered && !screening.booking),
  };
};
