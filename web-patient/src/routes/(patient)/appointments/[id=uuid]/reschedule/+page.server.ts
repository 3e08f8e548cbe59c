import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { isUuid, readProblem } from '@telemed/web-shared/server';
import {
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from '$lib/server/idempotency-key';
import { readBookingQuery } from '$lib/server/booking-forms';
import { bookingSearch } from '$lib/booking/search';
import { slotsByDay } from '$lib/booking/slots';
import { unwrap } from '$lib/server/api';
import { addDays, loadSlots, todayUtc } from '$lib/server/booking';
import { attachDocuments } from '$lib/server/files';
import type { Actions, PageServerLoad } from './$types';

const WEEK = 7;

async function loadPlanned(api: App.Locals['api'], id: string) {
  const appointment = await api.appointments[':id'].$get({ param: { id } }).then(unwrap);
  // Only a booked planned consultation moves; anything else goes back to its page, which says why.
  if (appointment.urgency !== 'planned' || appointment.status !== 'booked' || !appointment.practitioner) {
    redirect(303, `/appointments/${appointment.id}`);
  }
  return { ...appointment, practitioner: appointment.practitioner };
}

/** Another free time with the same doctor, in the same format, a week at a time. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const appointment = await loadPlanned(locals.api, params.id);
  const today = todayUtc();
  const query = readBookingQuery(url.searchParams);
  const from = query.date && query.date > today ? query.date : today;
  const slots = await loadSlots(locals.api, appointment.practitioner.id, {
    from,
    days: WEEK,
    format: appointment.format,
  });
  return {
    appointment,
    from,
    to: addDays(from, WEEK - 1),
    days: slotsByDay(slots.filter((slot) => slot.startsAt !== appointment.startsAt)),
    earlierSearch: from > today ? bookingSearch({ date: addDays(from, -WEEK) }) : null,
    laterSearch: bookingSearch({ date: addDays(from, WEEK) }),
    idempotencyKey: newIdempotencyKey(),
  };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const text = messages(locals.locale).booking;
    const appointment = await loadPlanned(locals.api, params.id);
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const slotId = data.get('slotId');
    if (typeof slotId !== 'string' || !isUuid(slotId))
      return fail(400, { message: text.reschedule.chooseSlot, idempotencyKey: key });

    // A repeat of this form gets the first move back rather than moving the moved consultation again.
    const response = await sendIdempotent(() =>
      locals.api.appointments[':id'].reschedule.$post({
        param: { id: appointment.id },
        json: { slotId },
        header: idempotencyHeader(key, 'reschedule'),
      }),
    );
    if (isStillProcessing(response)) {
      return fail(409, { message: messages(locals.locale).errors.stillProcessing, idempotencyKey: key });
    }
    const status: number = response.status;
    if (status !== 201) {
      const problem = await readProblem(response);
      const tooLate = new Date(appointment.startsAt).getTime() - Date.now() < 60 * 60_000;
      const message =
        status === 409
          ? tooLate
            ? text.appointment.changeTooLate
            : text.confirm.slotGone
          : problemMessage(problem, locals.locale);
      return fail(status, { message, idempotencyKey: newIdempotencyKey() });
    }
    const moved = await response.json();
    // The api books the new time as a new consultation; the documents go with it.
    const { items } = await locals.api.appointments[':id'].attachments
      .$get({ param: { id: appointment.id } })
      .then(unwrap);
    const attached = await attachDocuments(
      locals.api,
      moved.id,
      items.map((file) => file.id),
      key,
    );
    redirect(303, `/appointments/${moved.id}?moved${attached.ok ? '' : '&attachFailed'}`);
  },
};
