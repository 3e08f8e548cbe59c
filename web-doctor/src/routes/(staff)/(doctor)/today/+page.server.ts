import { fail, redirect } from '@sveltejs/kit';
import { dayKey } from '@telemed/web-shared/format';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { isUpcoming, readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** The page re-runs its load under this key every few seconds, so the queue and statuses stay current. */
const LIVE = 'app:today';

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const [{ items }, queue] = await Promise.all([
    locals.api.me.appointments.$get().then(unwrap),
    locals.api['urgent-queue'].$get().then(unwrap),
  ]);
  // "Today" is decided once, on the server, so the page and its hydration agree even around midnight.
  const now = new Date().toISOString();
  const today = dayKey(now);
  const byStart = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return {
    now,
    live: LIVE,
    queue: queue.items.map((item) => ({
      ...item,
      waitedMinutes: Math.max(0, Math.floor((Date.parse(now) - Date.parse(item.waitingSince)) / 60_000)),
    })),
    today: byStart.filter((item) => dayKey(item.startsAt) === today),
    upcoming: byStart.filter((item) => dayKey(item.startsAt) > today && isUpcoming(item, now)),
  };
};

export const actions: Actions = {
  /** The first free doctor takes the longest-waiting urgent patient of their specialty, straight to the visit. */
  takeNext: async ({ locals }) => {
    const response = await locals.api['urgent-queue']['take-next'].$post();
    if (response.status === 200) {
      const { appointment } = await response.json();
      redirect(303, `/appointments/${appointment.id}`);
    }
    // Widened on purpose: problems come on top of the declared 200 and 204.
    const status: number = response.status;
    if (status === 204) return { nobodyWaiting: messages(locals.locale).booking.takeNext.nobodyWaiting };
    return fail(status, { message: problemMessage(await readProblem(response), locals.locale) });
  },
};
